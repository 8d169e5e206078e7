package io.github.collabkit.match;

import io.github.collabkit.model.GeographicScope;
import io.github.collabkit.model.InfrastructureKind;
import io.github.collabkit.model.InvalidValueException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a researcher or organization is looking for in a research infrastructure: capabilities
 * and services, themes, kinds, reach, place and coverage, each a must-have or a nice-to-have, and
 * who is asking.
 *
 * <p>How the must-haves ({@link Importance#REQUIRED}) combine, per facet:
 * <ul>
 *   <li>capabilities and coverage terms: the infrastructure must offer <em>every</em> required one
 *       (asking for HPC and secure data storage means both);</li>
 *   <li>themes, kinds, scopes and places: it must have <em>at least one</em> of the required ones
 *       (a biobank or a cohort will do).</li>
 * </ul>
 * Nice-to-haves ({@link Importance#PREFERRED}) never exclude; each one met adds one to the score.
 * Codes are the landscape's concept codes ({@code capability} and {@code theme} schemes); a place
 * is a city, region or ISO country code of an organization behind the infrastructure; a coverage
 * term is a word or phrase looked for, as a word start, in the infrastructure's coverage and
 * description. A later criterion for the same value replaces an earlier one.
 *
 * <pre>{@code
 * ResearchNeed need = ResearchNeed.builder()
 *     .capability("human-challenge-trials", Importance.REQUIRED)
 *     .theme("infectious-diseases", Importance.PREFERRED)
 *     .requester(Requester.organization(OrganizationRef.of("janssen")))
 *     .build();
 * }</pre>
 */
public final class ResearchNeed {
  private final Map<String, Importance> capabilities;
  private final Map<String, Importance> themes;
  private final Map<InfrastructureKind, Importance> kinds;
  private final Map<GeographicScope, Importance> scopes;
  private final Map<String, Importance> places;
  private final Map<String, Importance> coverage;
  private final Requester requester;
  private final boolean includeUnusable;

  private ResearchNeed(Builder b) {
    capabilities = Collections.unmodifiableMap(new LinkedHashMap<>(b.capabilities));
    themes = Collections.unmodifiableMap(new LinkedHashMap<>(b.themes));
    kinds = Collections.unmodifiableMap(new EnumMap<>(b.kinds));
    scopes = Collections.unmodifiableMap(new EnumMap<>(b.scopes));
    places = Collections.unmodifiableMap(new LinkedHashMap<>(b.places));
    coverage = Collections.unmodifiableMap(new LinkedHashMap<>(b.coverage));
    requester = b.requester;
    includeUnusable = b.includeUnusable;
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the capability and service codes wanted, with their importance.
   *
   * @return capability code to importance, in the order given
   */
  public Map<String, Importance> capabilities() {
    return capabilities;
  }

  /**
   * Returns the theme codes wanted, with their importance.
   *
   * @return theme code to importance, in the order given
   */
  public Map<String, Importance> themes() {
    return themes;
  }

  /**
   * Returns the kinds of infrastructure wanted, with their importance.
   *
   * @return kind to importance
   */
  public Map<InfrastructureKind, Importance> kinds() {
    return kinds;
  }

  /**
   * Returns the reaches wanted, with their importance.
   *
   * @return scope to importance
   */
  public Map<GeographicScope, Importance> scopes() {
    return scopes;
  }

  /**
   * Returns the places wanted (city, region or country code), with their importance.
   *
   * @return place to importance, in the order given
   */
  public Map<String, Importance> places() {
    return places;
  }

  /**
   * Returns the coverage terms wanted, with their importance.
   *
   * @return term to importance, in the order given
   */
  public Map<String, Importance> coverage() {
    return coverage;
  }

  /**
   * Returns who is asking.
   *
   * @return the requester
   */
  public Requester requester() {
    return requester;
  }

  /**
   * Tells whether infrastructures the requester may not use are listed too, after all others and
   * marked {@link Usability#NOT_USABLE}. Off by default: they are left out.
   *
   * @return {@code true} to list them
   */
  public boolean includeUnusable() {
    return includeUnusable;
  }

  /** Builds a {@link ResearchNeed}; a requester is required. */
  public static final class Builder {
    private final Map<String, Importance> capabilities = new LinkedHashMap<>();
    private final Map<String, Importance> themes = new LinkedHashMap<>();
    private final Map<InfrastructureKind, Importance> kinds = new EnumMap<>(InfrastructureKind.class);
    private final Map<GeographicScope, Importance> scopes = new EnumMap<>(GeographicScope.class);
    private final Map<String, Importance> places = new LinkedHashMap<>();
    private final Map<String, Importance> coverage = new LinkedHashMap<>();
    private Requester requester;
    private boolean includeUnusable;

    private Builder() {}

    /**
     * Asks for a capability or service.
     *
     * @param code a code of the landscape's {@code capability} scheme, such as {@code hpc}
     * @param importance must-have or nice-to-have
     * @return this builder
     */
    public Builder capability(String code, Importance importance) {
      capabilities.put(notBlank("capabilities", code), notNull("capabilities", importance));
      return this;
    }

    /**
     * Asks for a theme.
     *
     * @param code a code of the landscape's {@code theme} scheme, such as {@code infectious-diseases}
     * @param importance must-have or nice-to-have
     * @return this builder
     */
    public Builder theme(String code, Importance importance) {
      themes.put(notBlank("themes", code), notNull("themes", importance));
      return this;
    }

    /**
     * Asks for a kind of infrastructure.
     *
     * @param kind the kind, such as {@link InfrastructureKind#BIOBANK}
     * @param importance must-have or nice-to-have
     * @return this builder
     */
    public Builder kind(InfrastructureKind kind, Importance importance) {
      kinds.put(notNull("kinds", kind), notNull("kinds", importance));
      return this;
    }

    /**
     * Asks for a reach.
     *
     * @param scope the scope, such as {@link GeographicScope#NATIONAL}
     * @param importance must-have or nice-to-have
     * @return this builder
     */
    public Builder scope(GeographicScope scope, Importance importance) {
      scopes.put(notNull("scopes", scope), notNull("scopes", importance));
      return this;
    }

    /**
     * Asks for an infrastructure with an organization behind it in a place.
     *
     * @param place a city ({@code Leiden}), region ({@code Zuid-Holland}) or ISO country code ({@code NL})
     * @param importance must-have or nice-to-have
     * @return this builder
     */
    public Builder place(String place, Importance importance) {
      places.put(notBlank("places", place), notNull("places", importance));
      return this;
    }

    /**
     * Asks for an infrastructure whose coverage or description mentions a term.
     *
     * @param term a word or phrase, such as {@code ouderen} or {@code elderly}
     * @param importance must-have or nice-to-have
     * @return this builder
     */
    public Builder coverage(String term, Importance importance) {
      coverage.put(notBlank("coverage", term), notNull("coverage", importance));
      return this;
    }

    /**
     * Sets who is asking. Required.
     *
     * @param requester the requester
     * @return this builder
     */
    public Builder requester(Requester requester) {
      this.requester = notNull("requester", requester);
      return this;
    }

    /**
     * Lists infrastructures the requester may not use too, after the others.
     *
     * @param include {@code true} to list them; default {@code false}
     * @return this builder
     */
    public Builder includeUnusable(boolean include) {
      this.includeUnusable = include;
      return this;
    }

    /**
     * Returns the need.
     *
     * @return the need
     * @throws InvalidValueException when no requester was set
     */
    public ResearchNeed build() {
      if (requester == null) {
        throw new InvalidValueException("research need", null, "requester",
            "is required: say who asks, with Requester.organization(...) or Requester.of(types, sector)");
      }
      return new ResearchNeed(this);
    }

    private static <T> T notNull(String field, T value) {
      if (value == null) {
        throw new InvalidValueException("research need", null, field, "is required, got null");
      }
      return value;
    }

    private static String notBlank(String field, String value) {
      if (notNull(field, value).isBlank()) {
        throw new InvalidValueException("research need", null, field, "must not be blank");
      }
      return value;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResearchNeed n && capabilities.equals(n.capabilities) && themes.equals(n.themes)
        && kinds.equals(n.kinds) && scopes.equals(n.scopes) && places.equals(n.places)
        && coverage.equals(n.coverage) && requester.equals(n.requester) && includeUnusable == n.includeUnusable;
  }

  @Override
  public int hashCode() {
    return Objects.hash(capabilities, themes, kinds, scopes, places, coverage, requester, includeUnusable);
  }

  @Override
  public String toString() {
    return "ResearchNeed{capabilities=" + capabilities + ", themes=" + themes + ", kinds=" + kinds
        + ", scopes=" + scopes + ", places=" + places + ", coverage=" + coverage + ", requester=" + requester
        + ", includeUnusable=" + includeUnusable + "}";
  }
}

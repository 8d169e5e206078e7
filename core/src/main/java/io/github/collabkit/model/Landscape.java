package io.github.collabkit.model;

import io.github.collabkit.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A whole collaboration dataset: organizations, people, partnerships, infrastructures, strategies,
 * sources and concept schemes, with fast access by key.
 *
 * <p>Lookups by key run in constant time on maps built once, on first use, and shared between
 * threads. A landscape may hold problems that only show across entities (dangling references,
 * duplicate keys); {@link io.github.collabkit.validate.LandscapeValidator} reports them all. Where
 * keys are duplicated, lookups return the first entity with the key.
 *
 * <pre>{@code
 * Landscape landscape = Landscape.builder().name("example")
 *     .addOrganization(lumc).addOrganization(leidenUniversity)
 *     .addPartnership(agreement)
 *     .build();
 * landscape.organization(OrganizationRef.of("lumc")).orElseThrow().displayName("nl");
 * }</pre>
 */
@Value.Immutable
@CollabkitStyle
public abstract class Landscape implements WithLandscape {
  /** An SPDX short identifier, or an expression of them, such as {@code CC-BY-4.0 OR MIT}. */
  private static final Pattern SPDX_ID =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+-]*(?: (?:AND|OR|WITH) [A-Za-z0-9][A-Za-z0-9.+-]*)*");

  /** Subclassed only by the implementation Immutables generates in this package. */
  Landscape() {}

  /**
   * Returns the name of the dataset. Required, not blank.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns what the dataset holds, in its publisher's words.
   *
   * @return the text, empty when not given
   */
  @Value.Default
  public LocalizedText description() {
    return LocalizedText.empty();
  }

  /**
   * Returns the licence the dataset is published under: an SPDX licence identifier such as {@code
   * CC-BY-4.0} or {@code Apache-2.0}, or the web address of the licence text.
   *
   * @return the licence, if stated
   */
  public abstract Optional<String> license();

  /**
   * Returns the web page of the dataset, an {@code http} or {@code https} address.
   *
   * @return the address, if it has one
   */
  public abstract Optional<String> url();

  /**
   * Returns the organizations that made the dataset, by name, such as {@code The collabkit
   * developers}. Zero or more, not blank, no name twice.
   *
   * @return the names
   */
  public abstract List<String> creators();

  /**
   * Returns the organizations and their units. Zero or more.
   *
   * @return the organizations
   */
  public abstract List<Organization> organizations();

  /**
   * Returns the people. Zero or more.
   *
   * @return the people
   */
  public abstract List<Person> people();

  /**
   * Returns the partnerships. Zero or more.
   *
   * @return the partnerships
   */
  public abstract List<Partnership> partnerships();

  /**
   * Returns the research infrastructures. Zero or more.
   *
   * @return the infrastructures
   */
  public abstract List<Infrastructure> infrastructures();

  /**
   * Returns the strategies with their action lines. Zero or more.
   *
   * @return the strategies
   */
  public abstract List<Strategy> strategies();

  /**
   * Returns the sources the data comes from. Zero or more.
   *
   * @return the sources
   */
  public abstract List<Source> sources();

  /**
   * Returns the events at which agreements were signed, each shared by the partnerships that refer
   * to it with {@link Partnership#signedAt()}. Zero or more.
   *
   * @return the events
   */
  public abstract List<Event> events();

  /**
   * Returns the concepts of the data-defined schemes ({@code theme}, {@code capability}, {@code
   * unit}). Zero or more.
   *
   * @return the concepts
   */
  public abstract List<Concept> concepts();

  @Value.Lazy
  LandscapeIndex index() {
    return new LandscapeIndex(this);
  }

  /**
   * Returns the organization with a key.
   *
   * @param ref the key
   * @return the organization, or empty when the landscape has none with that key
   */
  public Optional<Organization> organization(OrganizationRef ref) {
    return Optional.ofNullable(index().organizations.get(ref));
  }

  /**
   * Returns the person with a key.
   *
   * @param ref the key
   * @return the person, or empty when the landscape has none with that key
   */
  public Optional<Person> person(PersonRef ref) {
    return Optional.ofNullable(index().people.get(ref));
  }

  /**
   * Returns the partnership with a key.
   *
   * @param ref the key
   * @return the partnership, or empty when the landscape has none with that key
   */
  public Optional<Partnership> partnership(PartnershipRef ref) {
    return Optional.ofNullable(index().partnerships.get(ref));
  }

  /**
   * Returns the infrastructure with a key.
   *
   * @param ref the key
   * @return the infrastructure, or empty when the landscape has none with that key
   */
  public Optional<Infrastructure> infrastructure(InfrastructureRef ref) {
    return Optional.ofNullable(index().infrastructures.get(ref));
  }

  /**
   * Returns the strategy with a key.
   *
   * @param ref the key
   * @return the strategy, or empty when the landscape has none with that key
   */
  public Optional<Strategy> strategy(StrategyRef ref) {
    return Optional.ofNullable(index().strategies.get(ref));
  }

  /**
   * Returns the action line with a key, from any strategy.
   *
   * @param ref the key
   * @return the action line, or empty when no strategy has one with that key
   */
  public Optional<ActionLine> actionLine(ActionLineRef ref) {
    return Optional.ofNullable(index().actionLines.get(ref));
  }

  /**
   * Returns the source with a key.
   *
   * @param ref the key
   * @return the source, or empty when the landscape has none with that key
   */
  public Optional<Source> source(SourceRef ref) {
    return Optional.ofNullable(index().sources.get(ref));
  }

  /**
   * Returns the event with a key.
   *
   * @param ref the key
   * @return the event, or empty when the landscape has none with that key
   */
  public Optional<Event> event(EventRef ref) {
    return Optional.ofNullable(index().events.get(ref));
  }

  /**
   * Returns the partnerships signed at an event, in landscape order, such as the agreements signed
   * at the French residence on 2 July 2025.
   *
   * @param event the event
   * @return the partnerships whose {@link Partnership#signedAt()} is the event
   */
  public List<Partnership> partnershipsSignedAt(EventRef event) {
    return index().partnershipsByEvent.getOrDefault(event, List.of());
  }

  /**
   * Returns how a partnership was signed, whether the signing is embedded in it or it was signed at
   * an {@link Event} of this landscape ({@link Event#asSigning()}).
   *
   * @param partnership the partnership
   * @return the signing; empty when the partnership records none, or refers to an event this
   *     landscape does not hold (the validator reports that as {@code reference.dangling})
   * @throws NullValueException when the partnership is null
   */
  public Optional<SigningEvent> signingOf(Partnership partnership) {
    Checks.argument("partnership", partnership);
    if (partnership.signing().isPresent()) {
      return partnership.signing();
    }
    return partnership.signedAt().flatMap(this::event).map(Event::asSigning);
  }

  /**
   * Returns a concept of a scheme by code.
   *
   * @param scheme the scheme, such as {@code theme}
   * @param code the code
   * @return the concept, or empty when not defined
   */
  public Optional<Concept> concept(String scheme, String code) {
    return Optional.ofNullable(index().concepts.get(scheme + "\u0000" + code));
  }

  /**
   * Returns the partnerships an organization is a party to, in landscape order: current or former,
   * not prospective (a party foreseen to join is not yet one).
   *
   * @param organization the organization
   * @return the partnerships
   */
  public List<Partnership> partnershipsOf(OrganizationRef organization) {
    return index().partnershipsByOrganization.getOrDefault(organization, List.of());
  }

  /**
   * Returns the infrastructures an organization has a role in, in landscape order: current or
   * former, not prospective.
   *
   * @param organization the organization
   * @return the infrastructures
   */
  public List<Infrastructure> infrastructuresOf(OrganizationRef organization) {
    return index().infrastructuresByOrganization.getOrDefault(organization, List.of());
  }

  /**
   * Returns the units whose parent is an organization, such as LUMC's departments.
   *
   * @param organization the parent
   * @return the direct units, in landscape order
   */
  public List<Organization> unitsOf(OrganizationRef organization) {
    return index().units.getOrDefault(organization, List.of());
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Landscape}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableLandscape.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank("landscape", null, "name", name());
    license().ifPresent(l -> {
      if (!SPDX_ID.matcher(l).matches() && IdentifierScheme.WEBSITE.problem(l).isPresent()) {
        throw new InvalidValueException("landscape", null, "license",
            "must be an SPDX licence identifier such as 'CC-BY-4.0' or an http(s) address of the licence, got '"
                + l + "'");
      }
    });
    url().ifPresent(u -> IdentifierScheme.WEBSITE.problem(u).ifPresent(p -> {
      throw new InvalidValueException("landscape", null, "url", p);
    }));
    Set<String> seen = new HashSet<>();
    for (String creator : creators()) {
      Checks.notBlank("landscape", null, "creators", creator);
      if (!seen.add(creator)) {
        throw new InvalidValueException("landscape", null, "creators", "must not name '" + creator + "' twice");
      }
    }
  }
}

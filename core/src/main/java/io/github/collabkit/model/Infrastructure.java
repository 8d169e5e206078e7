package io.github.collabkit.model;

import io.github.collabkit.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A research infrastructure: a biobank, cohort, imaging facility, data platform, HPC system,
 * technology centre, AI lab or national infrastructure, with the organizations behind it, what it
 * offers, who may use it and its figures.
 *
 * <pre>{@code
 * Infrastructure ncc = Infrastructure.builder()
 *     .ref(InfrastructureRef.of("ncc"))
 *     .addName(Name.of("Netherlands Cohort Consortium", "en", NameKind.DISPLAY))
 *     .addName(Name.acronym("NCC"))
 *     .addKind(InfrastructureKind.COHORT_CONSORTIUM)
 *     .addOrganization(InfrastructureParticipation.of(OrganizationRef.of("mumc"), InfrastructureRole.INITIATOR))
 *     .addFigure(Quantity.of(QuantityQualifier.EXACT, 11, "studies"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@CollabkitStyle
public abstract class Infrastructure implements WithInfrastructure, Entity<InfrastructureRef> {

  /** Subclassed only by the implementation Immutables generates in this package. */
  Infrastructure() {}

  /**
   * Returns the typed reference to this infrastructure. Its {@linkplain InfrastructureRef#key() key} (such as
   * {@code infect-nl}) is unique in the landscape and is the {@code key} field in JSON. Required.
   *
   * @return the typed reference
   */
  @Override
  public abstract InfrastructureRef ref();

  /**
   * Returns every name: display names, labels, aliases and acronyms. At least one.
   *
   * @return the names
   */
  public abstract List<Name> names();

  /**
   * Returns the kinds of infrastructure this is. At least one; binds {@link InfrastructureKind}.
   *
   * @return the kinds
   */
  public abstract Set<InfrastructureKind> kinds();

  /**
   * Returns what the infrastructure is and does, in collabkit's own words.
   *
   * @return the text, empty when not given
   */
  @Value.Default
  public LocalizedText description() {
    return LocalizedText.empty();
  }

  /**
   * Returns the organizations behind the infrastructure with their roles. The validator warns
   * when there are none.
   *
   * @return the organizations
   */
  public abstract List<InfrastructureParticipation> organizations();

  /**
   * Returns capability and service codes, defined as concepts of scheme {@code capability} in the
   * landscape, such as {@code hpc} or {@code human-challenge-trials}.
   *
   * @return the capability codes
   */
  public abstract Set<String> capabilities();

  /**
   * Returns theme codes, defined as concepts of scheme {@code theme} in the landscape.
   *
   * @return the theme codes
   */
  public abstract Set<String> themes();

  /**
   * Returns who may use it and on what terms. Empty when not stated.
   *
   * @return the access terms
   */
  public abstract List<AccessTerm> access();

  /**
   * Tells whether {@link #access()} names every audience that may use the infrastructure. Defaults
   * to {@code true}, the meaning of every format 1.0 document; {@code false} when the source gives
   * its audiences as examples ("from general practitioners to hospitals"), so an audience it does
   * not name is not stated rather than excluded.
   *
   * @return {@code true} when the listed audiences are all the audiences
   */
  @Value.Default
  public boolean accessExhaustive() {
    return true;
  }

  /**
   * Returns figures such as numbers of studies or years of data. Zero or more. The participants of
   * a cohort or biobank are in {@link #collection()}.
   *
   * @return the figures
   */
  public abstract List<Quantity> figures();

  /**
   * Returns how ready the infrastructure's capabilities are, or the infrastructure as a whole (a
   * {@link Readiness} without capability): technology readiness level and/or life-cycle stage. At
   * most one per capability and one for the whole; each capability is one of {@link
   * #capabilities()}.
   *
   * @return the readiness statements
   */
  public abstract List<Readiness> readiness();

  /**
   * Returns the MIABIS basics of a cohort or biobank: participants, ages, data categories, material
   * types and use conditions.
   *
   * @return the profile, if the infrastructure is a cohort or biobank that states any
   */
  public abstract Optional<CollectionProfile> collection();

  /**
   * Returns the geographic reach. Binds {@link GeographicScope}.
   *
   * @return the scope, if known
   */
  public abstract Optional<GeographicScope> scope();

  /**
   * Returns what the infrastructure covers (population, region, data), when stated.
   *
   * @return the text, empty when not given
   */
  @Value.Default
  public LocalizedText coverage() {
    return LocalizedText.empty();
  }

  /**
   * Returns the infrastructure this one is part of, such as INFECT-NL for INFECTA.
   *
   * @return the parent infrastructure, if any
   */
  public abstract Optional<InfrastructureRef> partOf();

  /**
   * Returns where the infrastructure stands. Binds {@link InfrastructureStatus}; defaults to
   * {@link InfrastructureStatus#OPERATIONAL}.
   *
   * @return the status
   */
  @Value.Default
  public InfrastructureStatus status() {
    return InfrastructureStatus.OPERATIONAL;
  }

  /**
   * Returns the date at which the source gives the {@linkplain #status() status}, when it gives the
   * status of an earlier moment, such as a supercomputer agreed in 2018 to be built: planned as of
   * 2018.
   *
   * @return the date, if the status is one of an earlier moment
   */
  public abstract Optional<PartialDate> statusAsOf();

  /**
   * Returns when the infrastructure runs or ran, when known.
   *
   * @return the period
   */
  public abstract Optional<Period> period();

  /**
   * Returns the strategy action lines the infrastructure is recorded under. Zero or more.
   *
   * @return the action lines
   */
  public abstract List<ActionLineRef> actionLines();

  /**
   * Returns the sources this entity's facts come from. Binds {@link Source} keys of the
   * landscape; empty when not recorded.
   *
   * @return the source references
   */
  @Override
  public abstract List<SourceRef> sources();

  /**
   * Returns how the dataset knows particular statements about this entity: stated by a source,
   * inferred, taken from a registry or an editorial rule. Zero or more; a statement not listed is
   * covered by {@link #sources()} as a whole.
   *
   * @return the statements
   */
  public abstract List<Statement> statements();

  /**
   * Returns the name to show: the first display name or label in a language (matched by primary
   * language, so {@code NL} and {@code nl-BE} find a Dutch name), else the first display name, else
   * the first name.
   *
   * @param language a BCP 47 language tag such as {@code nl}; {@code null} for no preference
   * @return the name to show
   */
  public String displayName(String language) {
    return Names.display(names(), language);
  }

  /**
   * Returns how ready a capability is: its own readiness, else that of the infrastructure as a
   * whole.
   *
   * @param capability the capability code, such as {@code microvascular-imaging}
   * @return the readiness, or empty when neither is stated
   * @throws NullValueException when the capability is null
   */
  public Optional<Readiness> readinessOf(String capability) {
    Checks.argument("capability", capability);
    Optional<Readiness> own = readiness().stream()
        .filter(r -> r.capability().filter(capability::equals).isPresent()).findFirst();
    return own.isPresent() ? own : readiness().stream().filter(r -> r.capability().isEmpty()).findFirst();
  }

  /**
   * Tells whether an audience may use this infrastructure.
   *
   * @param audience the audience
   * @return {@code true} if an access term names it or the infrastructure is open
   */
  public boolean isOpenTo(AccessAudience audience) {
    return access().stream().anyMatch(a -> a.audience() == audience || a.audience() == AccessAudience.OPEN);
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Infrastructure}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableInfrastructure.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    String key = key();
    Checks.atLeast("infrastructure", key, "names", names(), 1);
    Checks.atLeast("infrastructure", key, "kinds", kinds(), 1);
    if (partOf().filter(ref()::equals).isPresent()) {
      throw new InvalidValueException("infrastructure", key, "partOf", "must not be the infrastructure itself");
    }
    capabilities().forEach(c -> Checks.code("infrastructure", key, "capabilities", c));
    themes().forEach(t -> Checks.code("infrastructure", key, "themes", t));
  }

  @Value.Check
  void checkReadiness() {
    Set<Optional<String>> seen = new HashSet<>();
    for (Readiness r : readiness()) {
      if (!seen.add(r.capability())) {
        throw new InvalidValueException("infrastructure", key(), "readiness",
            r.capability().map(c -> "capability '" + c + "' has").orElse("the infrastructure as a whole has")
                + " more than one readiness; give one");
      }
      r.capability().filter(c -> !capabilities().contains(c)).ifPresent(c -> {
        throw new InvalidValueException("infrastructure", key(), "readiness",
            "capability '" + c + "' is not one of the infrastructure's capabilities " + capabilities());
      });
    }
  }

  @Value.Check
  void checkAccessExhaustive() {
    if (!accessExhaustive() && access().isEmpty()) {
      throw new InvalidValueException("infrastructure", key(), "accessExhaustive",
          "false says the access terms give examples, but there are none; leave it out or add terms");
    }
  }
}

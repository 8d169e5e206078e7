package io.github.collabkit.benchmarks.peer.beans;

import io.github.collabkit.model.Identifier;
import io.github.collabkit.model.Infrastructure;
import io.github.collabkit.model.InfrastructureParticipation;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.Participation;
import io.github.collabkit.model.Partnership;
import io.github.collabkit.model.SourceRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A landscape as annotated beans: the equivalent of collabkit's model for Hibernate Validator.
 *
 * @param name the dataset name
 * @param organizations the organizations
 * @param partnerships the partnerships
 * @param infrastructures the infrastructures
 * @param concepts the defined concepts as {@code scheme:code}
 * @param sources the source keys
 */
@ConsistentReferences
public record LandscapeBean(
    @NotBlank String name,
    @NotNull List<@Valid @NotNull OrganizationBean> organizations,
    @NotNull List<@Valid @NotNull PartnershipBean> partnerships,
    @NotNull List<@Valid @NotNull InfrastructureBean> infrastructures,
    @NotNull Set<String> concepts,
    @NotNull List<@Pattern(regexp = CODE) String> sources) {

  /** A key or code: lower-case letters and digits joined by '-', '_' or '.'. */
  public static final String CODE = "[a-z0-9]+(?:[-_.][a-z0-9]+)*";
  /** A BCP 47 language tag. */
  public static final String LANGUAGE = "[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*";

  /**
   * An organization.
   *
   * @param key the key
   * @param names the names
   * @param types the type codes
   * @param identifiers the identifiers
   * @param parent the parent key, or {@code null}
   * @param sources the source keys
   */
  public record OrganizationBean(
      @NotNull @Pattern(regexp = CODE) @Size(max = 128) String key,
      @NotEmpty List<@Valid @NotNull NameBean> names,
      @NotEmpty Set<@NotNull String> types,
      @NotNull List<@Valid @NotNull IdentifierBean> identifiers,
      @Pattern(regexp = CODE) String parent,
      @NotNull List<@Pattern(regexp = CODE) String> sources) {}

  /**
   * A name.
   *
   * @param value the text
   * @param language the language tag, or {@code null}
   * @param kind the kind code
   */
  public record NameBean(@NotBlank String value, @Pattern(regexp = LANGUAGE) String language,
      @NotNull String kind) {}

  /**
   * An identifier, valid for its scheme.
   *
   * @param scheme the scheme code
   * @param value the canonical value
   */
  @ValidIdentifier
  public record IdentifierBean(@NotNull String scheme, @NotBlank String value) {}

  /**
   * A partnership.
   *
   * @param key the key
   * @param title the title by language
   * @param parties the party organization keys
   * @param period the period, or {@code null}
   * @param themes the theme codes
   * @param sources the source keys
   */
  public record PartnershipBean(
      @NotNull @Pattern(regexp = CODE) String key,
      @NotEmpty Map<@Pattern(regexp = LANGUAGE) String, @NotBlank String> title,
      @DistinctParties List<@NotNull @Pattern(regexp = CODE) String> parties,
      @Valid PeriodBean period,
      @NotNull Set<@Pattern(regexp = CODE) String> themes,
      @NotNull List<@Pattern(regexp = CODE) String> sources) {}

  /**
   * A period whose end is not before its start.
   *
   * @param start the start as an ISO partial date, or {@code null}
   * @param end the end, or {@code null}
   */
  @EndNotBeforeStart
  public record PeriodBean(@Pattern(regexp = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?") String start,
      @Pattern(regexp = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?") String end) {}

  /**
   * An infrastructure.
   *
   * @param key the key
   * @param names the names
   * @param kinds the kind codes
   * @param organizations the organization keys
   * @param partOf the key of the infrastructure it is part of, or {@code null}
   * @param themes the theme codes
   * @param capabilities the capability codes
   * @param sources the source keys
   */
  public record InfrastructureBean(
      @NotNull @Pattern(regexp = CODE) String key,
      @NotEmpty List<@Valid @NotNull NameBean> names,
      @NotEmpty Set<@NotNull String> kinds,
      @NotNull List<@Pattern(regexp = CODE) String> organizations,
      @Pattern(regexp = CODE) String partOf,
      @NotNull Set<@Pattern(regexp = CODE) String> themes,
      @NotNull Set<@Pattern(regexp = CODE) String> capabilities,
      @NotNull List<@Pattern(regexp = CODE) String> sources) {}

  /**
   * Converts a collabkit landscape to beans.
   *
   * @param landscape the landscape
   * @return the equivalent beans
   */
  public static LandscapeBean of(Landscape landscape) {
    return new LandscapeBean(landscape.name(),
        landscape.organizations().stream().map(LandscapeBean::organization).collect(Collectors.toList()),
        landscape.partnerships().stream().map(LandscapeBean::partnership).collect(Collectors.toList()),
        landscape.infrastructures().stream().map(LandscapeBean::infrastructure).collect(Collectors.toList()),
        landscape.concepts().stream().map(c -> c.scheme() + ":" + c.code()).collect(Collectors.toSet()),
        landscape.sources().stream().map(s -> s.key()).collect(Collectors.toList()));
  }

  private static OrganizationBean organization(Organization o) {
    return new OrganizationBean(o.key(), names(o.names()),
        o.types().stream().map(t -> t.code()).collect(Collectors.toSet()),
        o.identifiers().stream().map(LandscapeBean::identifier).collect(Collectors.toList()),
        o.parent().map(OrganizationRef::key).orElse(null), sources(o.sources()));
  }

  private static IdentifierBean identifier(Identifier id) {
    return new IdentifierBean(id.scheme().code(), id.value());
  }

  private static List<NameBean> names(List<Name> names) {
    return names.stream().map(n -> new NameBean(n.value(), n.language().orElse(null), n.kind().code()))
        .collect(Collectors.toList());
  }

  private static List<String> sources(List<SourceRef> sources) {
    return sources.stream().map(SourceRef::key).collect(Collectors.toList());
  }

  private static PartnershipBean partnership(Partnership p) {
    return new PartnershipBean(p.key(), p.title().asMap(),
        p.parties().stream().map(Participation::organization).map(OrganizationRef::key).collect(Collectors.toList()),
        p.period().map(period -> new PeriodBean(period.start().map(Object::toString).orElse(null),
            period.end().map(Object::toString).orElse(null))).orElse(null),
        p.themes(), sources(p.sources()));
  }

  private static InfrastructureBean infrastructure(Infrastructure i) {
    return new InfrastructureBean(i.key(), names(i.names()),
        i.kinds().stream().map(k -> k.code()).collect(Collectors.toSet()),
        i.organizations().stream().map(InfrastructureParticipation::organization).map(OrganizationRef::key)
            .collect(Collectors.toList()),
        i.partOf().map(r -> r.key()).orElse(null), i.themes(), i.capabilities(), sources(i.sources()));
  }
}

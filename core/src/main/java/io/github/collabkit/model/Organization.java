package io.github.collabkit.model;

import io.github.collabkit.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An organization or a unit of one: a umc, university, company, care organization, or a department
 * such as LUMC's Department of Parasitology (a unit has a {@linkplain #parent() parent}).
 *
 * <pre>{@code
 * Organization lumc = Organization.builder()
 *     .ref(OrganizationRef.of("lumc"))
 *     .addName(Name.of("Leiden University Medical Center", "en", NameKind.DISPLAY))
 *     .addName(Name.of("Leids Universitair Medisch Centrum", "nl", NameKind.LABEL))
 *     .addName(Name.acronym("LUMC"))
 *     .addType(OrganizationType.UMC)
 *     .sector(Sector.PUBLIC)
 *     .location(Location.of("NL", "Leiden"))
 *     .addIdentifier(Identifier.of(IdentifierScheme.ROR, "05xvt9f17"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@CollabkitStyle
public abstract class Organization implements WithOrganization, Entity<OrganizationRef> {

  /** Subclassed only by the implementation Immutables generates in this package. */
  Organization() {}

  /**
   * Returns the typed reference to this organization. Its {@linkplain OrganizationRef#key() key} (such as
   * {@code lumc}) is unique in the landscape and is the {@code key} field in JSON. Required.
   *
   * @return the typed reference
   */
  @Override
  public abstract OrganizationRef ref();

  /**
   * Returns every name of the organization: display names, labels in other languages, aliases
   * and acronyms. At least one; the first {@link NameKind#DISPLAY} name is the one shown.
   *
   * @return the names in order
   */
  public abstract List<Name> names();

  /**
   * Returns the kinds of organization this is. At least one; binds {@link OrganizationType}.
   *
   * @return the types
   */
  public abstract Set<OrganizationType> types();

  /**
   * Returns whether the organization is public or private. Binds {@link Sector}.
   *
   * @return the sector, if known
   */
  public abstract Optional<Sector> sector();

  /**
   * Returns where the organization is.
   *
   * @return the location, if known
   */
  public abstract Optional<Location> location();

  /**
   * Returns the organization's identifiers in registries (ROR, ISNI, Wikidata, GRID, KvK) and its
   * website; each is valid for its scheme. Zero or more.
   *
   * @return the identifiers
   */
  public abstract List<Identifier> identifiers();

  /**
   * Returns the organization this one is a unit of, such as LUMC for its Parasitology
   * department.
   *
   * @return the parent, if this is a unit
   */
  public abstract Optional<OrganizationRef> parent();

  /**
   * Returns links to related organizations, predecessors, successors and affiliates. Zero or
   * more.
   *
   * @return the relations
   */
  public abstract List<OrganizationRelation> relations();

  /**
   * Returns whether the organization is active. Binds {@link OrganizationStatus}; defaults to
   * {@link OrganizationStatus#ACTIVE}.
   *
   * @return the status
   */
  @Value.Default
  public OrganizationStatus status() {
    return OrganizationStatus.ACTIVE;
  }

  /**
   * Returns when the organization was established.
   *
   * @return the date, if known
   */
  public abstract Optional<PartialDate> established();

  /**
   * Returns the organization's internet domains, such as {@code lumc.nl}, as the Research
   * Organization Registry lists them: host names in lower case, without scheme or path. Zero or
   * more; a website with its scheme is an {@link IdentifierScheme#WEBSITE} identifier instead.
   *
   * @return the domains, empty when not known
   */
  public abstract List<String> domains();

  /**
   * Returns a short description in collabkit's own words.
   *
   * @return the text, empty when not given
   */
  @Value.Default
  public LocalizedText description() {
    return LocalizedText.empty();
  }

  /**
   * Returns figures the source states about the organization, such as the nine leading researchers
   * of the Inserm Abroad Network. Zero or more; each unit binds a concept of scheme {@code unit} in
   * the landscape.
   *
   * @return the figures
   */
  public abstract List<Quantity> figures();

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
   * Returns the name to show in English, or the first display name.
   *
   * @return the name to show
   */
  public String displayName() {
    return displayName("en");
  }

  /**
   * Returns the identifier of a scheme, if the organization has one.
   *
   * @param scheme the scheme
   * @return the first identifier of that scheme
   */
  public Optional<Identifier> identifier(IdentifierScheme scheme) {
    return identifiers().stream().filter(id -> id.scheme() == scheme).findFirst();
  }

  /**
   * Tells whether this organization has a type.
   *
   * @param type the type
   * @return {@code true} if {@link #types()} contains it
   */
  public boolean is(OrganizationType type) {
    return types().contains(type);
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Organization}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableOrganization.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.atLeast("organization", key(), "names", names(), 1);
    Checks.atLeast("organization", key(), "types", types(), 1);
    if (parent().filter(ref()::equals).isPresent()) {
      throw new InvalidValueException("organization", key(), "parent",
          "must not be the organization itself");
    }
    for (String domain : domains()) {
      if (!DOMAIN.matcher(domain).matches()) {
        throw new InvalidValueException("organization", key(), "domains",
            "must be a domain name in lower case, such as lumc.nl, got '" + domain + "'");
      }
    }
  }

  /** A host name: dot-separated labels of lower-case letters, digits and inner hyphens. */
  private static final java.util.regex.Pattern DOMAIN =
      java.util.regex.Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+");
}

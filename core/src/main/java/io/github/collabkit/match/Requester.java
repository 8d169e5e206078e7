package io.github.collabkit.match;

import io.github.collabkit.internal.Checks;
import io.github.collabkit.model.AccessAudience;
import io.github.collabkit.model.InvalidValueException;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.Sector;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who asks for an infrastructure: an organization of the landscape, such as Janssen, or only the
 * types and sector of one, such as "a company".
 *
 * <p>The {@link AccessAudience}s a requester belongs to follow from its types and sector (a unit
 * counts with those of its parent organizations):
 * <ul>
 *   <li>{@code commercial-partners} when its sector is private for-profit, or when no sector is
 *       known and it is a company or contract research organization; a commercial requester belongs
 *       to no other audience;</li>
 *   <li>otherwise {@code academic-partners} when it is a umc, university or research institute, and
 *       {@code public-partners} when its sector is public or private non-profit, or it is a umc,
 *       university, university of applied sciences, vocational school, hospital, care organization,
 *       general practice, public health service, government body, foundation or funder;</li>
 *   <li>an organization of the landscape also counts as {@code internal} for infrastructures that it
 *       or an organization above it owns, hosts, operates or initiated, and as {@code members} for
 *       those it or an organization above it takes part in in any role;</li>
 *   <li>everyone may use what is {@code open}.</li>
 * </ul>
 */
public final class Requester {
  private static final Set<OrganizationType> COMMERCIAL =
      EnumSet.of(OrganizationType.COMPANY, OrganizationType.CONTRACT_RESEARCH_ORGANIZATION);
  private static final Set<OrganizationType> ACADEMIC =
      EnumSet.of(OrganizationType.UMC, OrganizationType.UNIVERSITY, OrganizationType.RESEARCH_INSTITUTE);
  private static final Set<OrganizationType> PUBLIC = EnumSet.of(OrganizationType.UMC,
      OrganizationType.UNIVERSITY, OrganizationType.UNIVERSITY_OF_APPLIED_SCIENCES,
      OrganizationType.VOCATIONAL_SCHOOL, OrganizationType.HOSPITAL, OrganizationType.CARE_ORGANIZATION,
      OrganizationType.GENERAL_PRACTICE, OrganizationType.PUBLIC_HEALTH_SERVICE,
      OrganizationType.GOVERNMENT_BODY, OrganizationType.FOUNDATION, OrganizationType.FUNDER);

  private final OrganizationRef organization;
  private final Set<OrganizationType> types;
  private final Sector sector;

  private Requester(OrganizationRef organization, Set<OrganizationType> types, Sector sector) {
    this.organization = organization;
    this.types = types;
    this.sector = sector;
  }

  /**
   * Returns a requester that is an organization of the landscape; the matcher looks up its types
   * and sector, and whether it runs or takes part in an infrastructure.
   *
   * @param organization the organization, such as {@code janssen}
   * @return the requester
   */
  public static Requester organization(OrganizationRef organization) {
    return new Requester(Checks.argument("organization", organization), Set.of(), null);
  }

  /**
   * Returns a requester known only by its types and sector, such as a company in the private
   * for-profit sector.
   *
   * @param types the organization types, at least one
   * @param sector the sector, or {@code null} when not known
   * @return the requester
   * @throws InvalidValueException when no type is given
   */
  public static Requester of(Set<OrganizationType> types, Sector sector) {
    Checks.argument("types", types);
    if (types.isEmpty()) {
      throw new InvalidValueException("requester", null, "types", "needs at least 1 organization type, got 0");
    }
    return new Requester(null, Set.copyOf(types), sector);
  }

  /**
   * Returns the organization, when the requester is one of the landscape.
   *
   * @return the organization, or empty for a requester known by types and sector
   */
  public Optional<OrganizationRef> organization() {
    return Optional.ofNullable(organization);
  }

  /**
   * Returns the types given for a requester known by types and sector.
   *
   * @return the types, empty for a requester that is an organization
   */
  public Set<OrganizationType> types() {
    return types;
  }

  /**
   * Returns the sector given for a requester known by types and sector.
   *
   * @return the sector, if given
   */
  public Optional<Sector> sector() {
    return Optional.ofNullable(sector);
  }

  /**
   * Returns the audiences an organization of some types and sector belongs to, by the table in
   * the class description, without {@code internal} and {@code members}, which depend on the
   * infrastructure.
   *
   * @param types the types
   * @param sector the sector, or {@code null} when not known
   * @return the audiences, always including {@link AccessAudience#OPEN}
   */
  public static Set<AccessAudience> audiences(Set<OrganizationType> types, Sector sector) {
    EnumSet<AccessAudience> audiences = EnumSet.of(AccessAudience.OPEN);
    boolean commercial = sector == Sector.PRIVATE_FOR_PROFIT
        || (sector == null && types.stream().anyMatch(COMMERCIAL::contains));
    if (commercial) {
      audiences.add(AccessAudience.COMMERCIAL_PARTNERS);
      return audiences;
    }
    if (types.stream().anyMatch(ACADEMIC::contains)) {
      audiences.add(AccessAudience.ACADEMIC_PARTNERS);
    }
    if (sector == Sector.PUBLIC || sector == Sector.PRIVATE_NON_PROFIT || types.stream().anyMatch(PUBLIC::contains)) {
      audiences.add(AccessAudience.PUBLIC_PARTNERS);
    }
    return audiences;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Requester r && Objects.equals(organization, r.organization) && types.equals(r.types)
        && sector == r.sector;
  }

  @Override
  public int hashCode() {
    return Objects.hash(organization, types, sector);
  }

  @Override
  public String toString() {
    return organization != null ? "Requester[" + organization + "]" : "Requester[" + types + ", " + sector + "]";
  }
}

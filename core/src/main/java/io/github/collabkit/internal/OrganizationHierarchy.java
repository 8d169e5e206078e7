package io.github.collabkit.internal;

import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Location;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.Sector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The unit-to-parent structure of a landscape's organizations, resolved once: for every
 * organization its top-level ancestor, and the types, sector and location it has once units
 * inherit what they lack from their parents. Immutable and safe to share between threads.
 *
 * <p>A parent chain that loops or leaves the landscape stops where it does; the last organization
 * reached is then the top. Organizations not in the landscape are their own top.
 */
public final class OrganizationHierarchy {
  private final Landscape landscape;
  private final Map<OrganizationRef, OrganizationRef> tops;
  private final Map<OrganizationRef, List<Organization>> chains;

  private OrganizationHierarchy(Landscape landscape) {
    this.landscape = landscape;
    Map<OrganizationRef, OrganizationRef> top = new HashMap<>();
    Map<OrganizationRef, List<Organization>> chain = new HashMap<>();
    for (Organization o : landscape.organizations()) {
      List<Organization> up = new ArrayList<>();
      Set<OrganizationRef> seen = new HashSet<>();
      Organization at = o;
      while (at != null && seen.add(at.key())) {
        up.add(at);
        at = at.parent().flatMap(landscape::organization).orElse(null);
      }
      top.putIfAbsent(o.key(), up.get(up.size() - 1).key());
      chain.putIfAbsent(o.key(), List.copyOf(up));
    }
    this.tops = Collections.unmodifiableMap(top);
    this.chains = Collections.unmodifiableMap(chain);
  }

  /**
   * Resolves the hierarchy of a landscape; costs O(organizations x depth).
   *
   * @param landscape the landscape
   * @return the hierarchy
   */
  public static OrganizationHierarchy of(Landscape landscape) {
    return new OrganizationHierarchy(landscape);
  }

  /**
   * Returns the top-level ancestor of an organization, such as LUMC for its Parasitology
   * department.
   *
   * @param organization the organization
   * @return its top ancestor, or itself when it has no parent or is not in the landscape
   */
  public OrganizationRef top(OrganizationRef organization) {
    return tops.getOrDefault(organization, organization);
  }

  /**
   * Returns an organization followed by its ancestors, nearest first.
   *
   * @param organization the organization
   * @return the chain, empty when the organization is not in the landscape
   */
  public List<Organization> chain(OrganizationRef organization) {
    return chains.getOrDefault(organization, List.of());
  }

  /**
   * Returns the types of an organization together with those of its ancestors, without {@link
   * OrganizationType#DEPARTMENT}, so that a department of a company counts as a company.
   *
   * @param organization the organization
   * @return the types, empty when the organization is not in the landscape
   */
  public Set<OrganizationType> effectiveTypes(OrganizationRef organization) {
    EnumSet<OrganizationType> types = EnumSet.noneOf(OrganizationType.class);
    for (Organization o : chain(organization)) {
      types.addAll(o.types());
    }
    types.remove(OrganizationType.DEPARTMENT);
    return types;
  }

  /**
   * Returns the sector of an organization, or of its nearest ancestor that states one.
   *
   * @param organization the organization
   * @return the sector, if any in the chain states it
   */
  public Optional<Sector> effectiveSector(OrganizationRef organization) {
    for (Organization o : chain(organization)) {
      if (o.sector().isPresent()) {
        return o.sector();
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the location of an organization, or of its nearest ancestor that states one.
   *
   * @param organization the organization
   * @return the location, if any in the chain states it
   */
  public Optional<Location> effectiveLocation(OrganizationRef organization) {
    for (Organization o : chain(organization)) {
      if (o.location().isPresent()) {
        return o.location();
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the landscape this hierarchy was resolved from.
   *
   * @return the landscape
   */
  public Landscape landscape() {
    return landscape;
  }
}

package io.github.collabkit.internal;

import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Location;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.Sector;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The unit-to-parent structure of a landscape's organizations, resolved once: for every
 * organization its top-level ancestor, whether it lies on a cycle of parents, and the types, sector
 * and location it has once units inherit what they lack from their parents. Immutable and safe to
 * share between threads.
 *
 * <p>A parent chain that loops or leaves the landscape stops where it does; the last organization
 * reached is then the top. Organizations not in the landscape are their own top. Where a key is
 * used twice, the first organization with it counts, as in {@link Landscape#organization}.
 *
 * <p>Building costs time and memory linear in the number of organizations, whatever the depth of
 * the chains (no chain is stored; each organization keeps a few numbers), and uses no recursion.
 * {@link #top}, {@link #isWithin}, {@link #inCycle} and the effective values are constant time;
 * {@link #chain} walks the chain and costs its length.
 */
public final class OrganizationHierarchy {
  private static final OrganizationType[] TYPES = OrganizationType.values();

  private final Landscape landscape;
  private final Organization[] organizations;
  private final Map<OrganizationRef, Integer> index;
  private final Forest forest;
  private final long[] types;
  private final int[] sectorFrom;
  private final int[] locationFrom;

  private OrganizationHierarchy(Landscape landscape) {
    this.landscape = landscape;
    List<Organization> all = landscape.organizations();
    Map<OrganizationRef, Integer> idx = new HashMap<>(all.size() * 2);
    List<Organization> distinct = new ArrayList<>(all.size());
    for (Organization o : all) {
      if (idx.putIfAbsent(o.ref(), distinct.size()) == null) {
        distinct.add(o);
      }
    }
    this.organizations = distinct.toArray(new Organization[0]);
    this.index = idx;
    int n = organizations.length;
    int[] parents = new int[n];
    for (int v = 0; v < n; v++) {
      parents[v] = organizations[v].parent().map(p -> idx.getOrDefault(p, -1)).orElse(-1);
    }
    this.forest = Forest.of(parents);
    this.types = new long[n];
    for (int v = 0; v < n; v++) {
      for (OrganizationType t : organizations[v].types()) {
        types[v] |= 1L << t.ordinal();
      }
    }
    this.sectorFrom = new int[n];
    this.locationFrom = new int[n];
    for (int[] cycle : forest.cycles()) {
      long union = 0;
      for (int m : cycle) {
        union |= types[m];
      }
      for (int m : cycle) {
        types[m] = union;
      }
      nearestOnCycle(cycle, sectorFrom, v -> organizations[v].sector().isPresent());
      nearestOnCycle(cycle, locationFrom, v -> organizations[v].location().isPresent());
    }
    for (int v : forest.topDown()) {
      if (forest.inCycle(v)) {
        continue;
      }
      int p = forest.parent(v);
      types[v] |= p < 0 ? 0 : types[p];
      sectorFrom[v] = organizations[v].sector().isPresent() ? v : p < 0 ? -1 : sectorFrom[p];
      locationFrom[v] = organizations[v].location().isPresent() ? v : p < 0 ? -1 : locationFrom[p];
    }
  }

  /**
   * Sets, for each member of a cycle, the nearest member on its chain (itself first) that has a
   * value, or -1 when none has.
   */
  private static void nearestOnCycle(int[] cycle, int[] from, IntPredicate has) {
    int l = cycle.length;
    int start = -1;
    for (int k = 0; k < l && start < 0; k++) {
      if (has.test(cycle[k])) {
        start = k;
      }
    }
    if (start < 0) {
      for (int m : cycle) {
        from[m] = -1;
      }
      return;
    }
    from[cycle[start]] = cycle[start];
    // Walk against parent order, so each member's parent (the next member) is already resolved.
    for (int step = 1; step < l; step++) {
      int k = Math.floorMod(start - step, l);
      int m = cycle[k];
      from[m] = has.test(m) ? m : from[cycle[(k + 1) % l]];
    }
  }

  /**
   * Resolves the hierarchy of a landscape, in time and memory linear in its organizations.
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
    Integer v = index.get(organization);
    return v == null ? organization : organizations[forest.top(v)].ref();
  }

  /**
   * Tells whether following parents from an organization leads back to it.
   *
   * @param organization the organization
   * @return true when it lies on a cycle of parents; false when it is not in the landscape
   */
  public boolean inCycle(OrganizationRef organization) {
    Integer v = index.get(organization);
    return v != null && forest.inCycle(v);
  }

  /**
   * Tells whether a unit is an organization or lies below it, such as LUMC's Parasitology
   * department within LUMC. A parent the landscape does not hold still counts for the unit that
   * names it.
   *
   * @param unit the unit
   * @param organization the organization
   * @return true when {@code organization} is on the unit's chain of parents (the unit included)
   */
  public boolean isWithin(OrganizationRef unit, OrganizationRef organization) {
    if (unit.equals(organization)) {
      return true;
    }
    Integer u = index.get(unit);
    if (u == null) {
      return false;
    }
    Integer o = index.get(organization);
    if (o != null) {
      return forest.onChain(o, u);
    }
    int top = forest.top(u);
    return !forest.inCycle(top) && organizations[top].parent().filter(organization::equals).isPresent();
  }

  /**
   * Returns an organization followed by its ancestors, nearest first; costs the length of the
   * chain.
   *
   * @param organization the organization
   * @return the chain, empty when the organization is not in the landscape
   */
  public List<Organization> chain(OrganizationRef organization) {
    Integer start = index.get(organization);
    if (start == null) {
      return List.of();
    }
    List<Organization> chain = new ArrayList<>();
    int top = forest.top(start);
    for (int v = start; ; v = forest.parent(v)) {
      chain.add(organizations[v]);
      if (v == top) {
        return List.copyOf(chain);
      }
    }
  }

  /**
   * Returns the types of an organization together with those of its ancestors, without {@link
   * OrganizationType#DEPARTMENT}, so that a department of a company counts as a company.
   *
   * @param organization the organization
   * @return the types, empty when the organization is not in the landscape
   */
  public Set<OrganizationType> effectiveTypes(OrganizationRef organization) {
    EnumSet<OrganizationType> set = EnumSet.noneOf(OrganizationType.class);
    Integer v = index.get(organization);
    if (v != null) {
      long mask = types[v];
      for (OrganizationType t : TYPES) {
        if ((mask & (1L << t.ordinal())) != 0) {
          set.add(t);
        }
      }
    }
    set.remove(OrganizationType.DEPARTMENT);
    return set;
  }

  /**
   * Returns the sector of an organization, or of its nearest ancestor that states one.
   *
   * @param organization the organization
   * @return the sector, if any in the chain states it
   */
  public Optional<Sector> effectiveSector(OrganizationRef organization) {
    Integer v = index.get(organization);
    return v == null || sectorFrom[v] < 0 ? Optional.empty() : organizations[sectorFrom[v]].sector();
  }

  /**
   * Returns the location of an organization, or of its nearest ancestor that states one.
   *
   * @param organization the organization
   * @return the location, if any in the chain states it
   */
  public Optional<Location> effectiveLocation(OrganizationRef organization) {
    Integer v = index.get(organization);
    return v == null || locationFrom[v] < 0 ? Optional.empty() : organizations[locationFrom[v]].location();
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

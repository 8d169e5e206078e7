package io.github.collabkit.graph;

import io.github.collabkit.internal.Checks;
import io.github.collabkit.internal.OrganizationHierarchy;
import io.github.collabkit.model.Infrastructure;
import io.github.collabkit.model.InfrastructureKind;
import io.github.collabkit.model.InfrastructureParticipation;
import io.github.collabkit.model.InfrastructureRole;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.OrganizationRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Finds pairs of infrastructures that share a kind and at least one capability and are run by
 * different organizations: what the umc strategy calls candidates for bundling, such as two HPC
 * systems in Leiden.
 *
 * <pre>{@code
 * List<Overlap> candidates = InfrastructureOverlaps.find(landscape);
 * }</pre>
 *
 * <p>A pair where one is part of the other (such as INFECTA of INFECT-NL) is left out; so is a pair
 * run by exactly the same organizations. The organizations that run an infrastructure are its
 * owners, hosts, operators and initiators, or every organization behind it when none has such a
 * role; with {@link NetworkOptions#rollUpUnits()} (the default) a unit counts as its top-level
 * organization, as in the {@link CollaborationNetwork}. The search never needs the network itself:
 * only infrastructures that share a kind and a capability are paired, so a search costs about the
 * overlaps it finds (which, in a landscape with many infrastructures of one kind and capability,
 * can be far more than the infrastructures), plus building the organization hierarchy, linear in
 * the organizations.
 */
public final class InfrastructureOverlaps {
  private static final Set<InfrastructureRole> RUNNING_ROLES = EnumSet.of(
      InfrastructureRole.OWNER, InfrastructureRole.HOST, InfrastructureRole.OPERATOR, InfrastructureRole.INITIATOR);

  private final List<Infrastructure> infras;
  private final OrganizationHierarchy hierarchy;
  private final boolean rollUpUnits;
  /** The organizations that run infrastructure {@code n}, after rolling up units, sorted. */
  private final List<List<OrganizationRef>> at;

  private InfrastructureOverlaps(Landscape landscape, NetworkOptions options) {
    this.infras = landscape.infrastructures();
    this.hierarchy = OrganizationHierarchy.of(landscape);
    this.rollUpUnits = options.rollUpUnits();
    this.at = new ArrayList<>(infras.size());
  }

  /**
   * Finds the overlaps of a landscape's infrastructures, counting units as their top-level
   * organization.
   *
   * @param landscape the landscape
   * @return the overlaps, most shared capabilities first, then by similarity, then by keys
   * @throws io.github.collabkit.model.NullValueException when the landscape is null
   */
  public static List<Overlap> find(Landscape landscape) {
    return find(landscape, NetworkOptions.defaults());
  }

  /**
   * Finds the overlaps of a landscape's infrastructures with options; only {@link
   * NetworkOptions#rollUpUnits()} matters here.
   *
   * @param landscape the landscape
   * @param options whether units count as their top-level organization
   * @return the overlaps, most shared capabilities first, then by similarity, then by keys
   * @throws io.github.collabkit.model.NullValueException when an argument is null
   */
  public static List<Overlap> find(Landscape landscape, NetworkOptions options) {
    Checks.argument("landscape", landscape);
    Checks.argument("options", options);
    return List.copyOf(new InfrastructureOverlaps(landscape, options).search());
  }

  private List<Overlap> search() {
    // Candidates share a kind and a capability: pairs within each (kind, capability) bucket only.
    Map<InfrastructureKind, Map<String, List<Integer>>> buckets = new EnumMap<>(InfrastructureKind.class);
    for (int n = 0; n < infras.size(); n++) {
      Infrastructure infra = infras.get(n);
      for (InfrastructureKind k : infra.kinds()) {
        Map<String, List<Integer>> byCapability = buckets.computeIfAbsent(k, x -> new HashMap<>());
        for (String capability : infra.capabilities()) {
          byCapability.computeIfAbsent(capability, x -> new ArrayList<>()).add(n);
        }
      }
      // A prospective participant does not run the infrastructure yet.
      List<InfrastructureParticipation> joined = infra.organizations().stream()
          .filter(InfrastructureParticipation::isJoined).collect(Collectors.toList());
      List<InfrastructureParticipation> running = joined.stream()
          .filter(p -> RUNNING_ROLES.contains(p.role())).collect(Collectors.toList());
      at.add(runners(running.isEmpty() ? joined : running));
    }
    Set<Long> seen = new HashSet<>();
    List<Overlap> found = new ArrayList<>();
    for (Map<String, List<Integer>> byCapability : buckets.values()) {
      for (List<Integer> bucket : byCapability.values()) {
        // Infrastructures run by the same organizations never overlap: pair only across those
        // classes, so thousands of copies of one infrastructure cost their number, not its square.
        Map<List<OrganizationRef>, List<Integer>> byRunners = new LinkedHashMap<>();
        for (int i : bucket) {
          byRunners.computeIfAbsent(at.get(i), x -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> classes = new ArrayList<>(byRunners.values());
        for (int x = 0; x < classes.size(); x++) {
          for (int y = x + 1; y < classes.size(); y++) {
            for (int i : classes.get(x)) {
              for (int j : classes.get(y)) {
                if (seen.add(key(i, j))) {
                  overlap(i, j).ifPresent(found::add);
                }
              }
            }
          }
        }
      }
    }
    found.sort(Comparator.comparingInt((Overlap o) -> -o.capabilities().size())
        .thenComparing(Comparator.comparingDouble(Overlap::similarity).reversed())
        .thenComparing(o -> o.first().key()).thenComparing(o -> o.second().key()));
    return found;
  }

  /** The overlap of two infrastructures sharing a kind and a capability, unless one is part of the other. */
  private Optional<Overlap> overlap(int i, int j) {
    Infrastructure a = infras.get(i);
    Infrastructure b = infras.get(j);
    if (a.ref().equals(b.ref()) || a.partOf().filter(b.ref()::equals).isPresent()
        || b.partOf().filter(a.ref()::equals).isPresent() || at.get(i).equals(at.get(j))) {
      return Optional.empty();
    }
    TreeSet<String> shared = new TreeSet<>(a.capabilities());
    shared.retainAll(b.capabilities());
    if (shared.isEmpty()) {
      return Optional.empty();
    }
    Set<InfrastructureKind> kinds = EnumSet.copyOf(a.kinds());
    kinds.retainAll(b.kinds());
    Set<String> union = new HashSet<>(a.capabilities());
    union.addAll(b.capabilities());
    boolean aFirst = a.key().compareTo(b.key()) < 0;
    return Optional.of(new Overlap(aFirst ? a.ref() : b.ref(), aFirst ? b.ref() : a.ref(), kinds,
        new ArrayList<>(shared), aFirst ? at.get(i) : at.get(j), aFirst ? at.get(j) : at.get(i),
        (double) shared.size() / union.size()));
  }

  /** The organizations behind participations, units rolled up when asked, sorted and distinct. */
  private List<OrganizationRef> runners(List<InfrastructureParticipation> participations) {
    TreeSet<OrganizationRef> refs = new TreeSet<>();
    for (InfrastructureParticipation p : participations) {
      refs.add(rollUpUnits ? hierarchy.top(p.organization()) : p.organization());
    }
    return new ArrayList<>(refs);
  }

  /** The key of an unordered pair of infrastructure indexes, for the set of pairs already seen. */
  private static long key(int i, int j) {
    int a = Math.min(i, j);
    int b = Math.max(i, j);
    return ((long) a << 32) | (b & 0xffffffffL);
  }
}

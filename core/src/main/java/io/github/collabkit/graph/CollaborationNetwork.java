package io.github.collabkit.graph;

import io.github.collabkit.internal.Checks;
import io.github.collabkit.UnknownKeyException;
import io.github.collabkit.internal.OrganizationHierarchy;
import io.github.collabkit.model.Infrastructure;
import io.github.collabkit.model.InfrastructureKind;
import io.github.collabkit.model.InfrastructureParticipation;
import io.github.collabkit.model.InfrastructureRole;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.LocalizedText;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.Partnership;
import io.github.collabkit.model.Period;
import io.github.collabkit.model.WorkArea;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The collaboration network of a landscape: organizations linked by the partnerships they are
 * party to together and the infrastructures they share, each {@link Link} saying what links them
 * and when.
 *
 * <p>Questions it answers: who LUMC works with ({@link #partners}, optionally during a period or
 * on a theme), the shortest chain of collaboration from Janssen to the University of Twente
 * ({@link #shortestChain}), which organizations form connected groups ({@link
 * #connectedGroups}), the hubs ({@link #hubs}), and which infrastructures of the same kind offer
 * the same capabilities at different organizations, candidates for bundling ({@link #overlaps}).
 * Units such as departments count as their top-level organization unless {@link NetworkOptions}
 * say otherwise; a query that names a unit then means its organization.
 *
 * <p>Immutable and thread-safe; build it once per landscape. Building costs O(organizations x
 * depth + sum over partnerships and infrastructures of parties squared + sum over kinds of
 * infrastructures of that kind squared) and holds organizations in key order with sorted
 * neighbour arrays. Per query, with V organizations and E linked pairs: {@link #partners} O(d x
 * links + d log d) for an organization with d partners; {@link #shortestChain} a breadth-first
 * search, O(V + E) in the worst case (plus the filter on each link); {@link #connectedGroups} O(V
 * + E); {@link #hubs} by degree O(V log V); by betweenness the first call runs Brandes' algorithm
 * per connected group, O(sum of Vc x Ec), and caches the result. {@link #overlaps} is computed
 * while building.
 *
 * <pre>{@code
 * CollaborationNetwork network = CollaborationNetwork.of(landscape);
 * network.partners(OrganizationRef.of("lumc"));                  // Inserm, Janssen, Leiden University, ...
 * network.shortestChain(OrganizationRef.of("janssen"), OrganizationRef.of("utwente")); // via lumc, ...
 * }</pre>
 */
public final class CollaborationNetwork {
  private static final Set<InfrastructureRole> RUNNING_ROLES = EnumSet.of(
      InfrastructureRole.OWNER, InfrastructureRole.HOST, InfrastructureRole.OPERATOR, InfrastructureRole.INITIATOR);
  private static final Comparator<Link> LINK_ORDER =
      Comparator.comparing(Link::kind).thenComparing(l -> l.via().key());

  private final NetworkOptions options;
  private final OrganizationHierarchy hierarchy;
  private final OrganizationRef[] nodes;
  private final Map<OrganizationRef, Integer> index;
  private final int[][] adjacency;
  private final Map<Long, Link[]> edges;
  private final int[] weighted;
  private final List<Overlap> overlaps;
  private volatile double[] betweenness;

  private CollaborationNetwork(Landscape landscape, NetworkOptions options) {
    this.options = options;
    this.hierarchy = OrganizationHierarchy.of(landscape);
    TreeSet<OrganizationRef> all = new TreeSet<>();
    for (Organization o : landscape.organizations()) {
      all.add(node(o.key()));
    }
    Map<Long, List<Link>> pairs = new HashMap<>();
    List<List<OrganizationRef>> groups = new ArrayList<>();
    List<Link> groupLinks = new ArrayList<>();
    for (Partnership p : landscape.partnerships()) {
      groups.add(mapped(p.organizations(), Function.identity()));
      groupLinks.add(link(p));
    }
    if (options.includeInfrastructures()) {
      for (Infrastructure i : landscape.infrastructures()) {
        groups.add(mapped(i.organizations(), InfrastructureParticipation::organization));
        groupLinks.add(new Link(Link.Kind.INFRASTRUCTURE, i.key(),
            LocalizedText.enNl(i.displayName("en"), i.displayName("nl")), i.period(), i.themes()));
      }
    }
    groups.forEach(all::addAll);
    this.nodes = all.toArray(new OrganizationRef[0]);
    Map<OrganizationRef, Integer> idx = new HashMap<>(nodes.length * 2);
    for (int n = 0; n < nodes.length; n++) {
      idx.put(nodes[n], n);
    }
    this.index = idx;
    List<Set<Integer>> neighbours = new ArrayList<>(nodes.length);
    for (int n = 0; n < nodes.length; n++) {
      neighbours.add(new TreeSet<>());
    }
    for (int g = 0; g < groups.size(); g++) {
      List<OrganizationRef> orgs = groups.get(g);
      for (int a = 0; a < orgs.size(); a++) {
        for (int b = a + 1; b < orgs.size(); b++) {
          int i = idx.get(orgs.get(a));
          int j = idx.get(orgs.get(b));
          neighbours.get(i).add(j);
          neighbours.get(j).add(i);
          pairs.computeIfAbsent(key(i, j), k -> new ArrayList<>()).add(groupLinks.get(g));
        }
      }
    }
    this.adjacency = new int[nodes.length][];
    this.weighted = new int[nodes.length];
    for (int n = 0; n < nodes.length; n++) {
      adjacency[n] = neighbours.get(n).stream().mapToInt(Integer::intValue).toArray();
    }
    Map<Long, Link[]> frozen = new HashMap<>(pairs.size() * 2);
    pairs.forEach((k, links) -> {
      links.sort(LINK_ORDER);
      frozen.put(k, links.toArray(new Link[0]));
      weighted[(int) (k >>> 32)] += links.size();
      weighted[(int) (long) k] += links.size();
    });
    this.edges = frozen;
    this.overlaps = List.copyOf(findOverlaps(landscape));
  }

  /**
   * Builds the network of a landscape with the {@linkplain NetworkOptions#defaults() default
   * options}: units rolled up, infrastructures included.
   *
   * @param landscape the landscape
   * @return the network
   */
  public static CollaborationNetwork of(Landscape landscape) {
    return of(landscape, NetworkOptions.defaults());
  }

  /**
   * Builds the network of a landscape.
   *
   * @param landscape the landscape
   * @param options how units and infrastructures count
   * @return the network
   */
  public static CollaborationNetwork of(Landscape landscape, NetworkOptions options) {
    return new CollaborationNetwork(Checks.argument("landscape", landscape),
        Checks.argument("options", options));
  }

  /**
   * Returns the options the network was built with.
   *
   * @return the options
   */
  public NetworkOptions options() {
    return options;
  }

  /**
   * Returns every organization of the network: those of the landscape (units rolled up when so
   * chosen) and any that partnerships or infrastructures name without the landscape holding them.
   *
   * @return the organizations in key order
   */
  public List<OrganizationRef> organizations() {
    return List.of(nodes);
  }

  /**
   * Returns what links two organizations.
   *
   * @param a one organization
   * @param b the other
   * @return the links, partnerships before infrastructures, each by key; empty when not linked
   * @throws UnknownKeyException when either organization is not in the network
   */
  public List<Link> links(OrganizationRef a, OrganizationRef b) {
    Link[] links = edges.get(key(indexOf(a), indexOf(b)));
    return links == null ? List.of() : List.of(links);
  }

  /**
   * Returns an organization's partners through any link.
   *
   * @param organization the organization; a unit means its organization when units are rolled up
   * @return the partners, most links first, then by key
   * @throws UnknownKeyException when the organization is not in the network
   */
  public List<Partner> partners(OrganizationRef organization) {
    return partners(organization, LinkFilter.all());
  }

  /**
   * Returns an organization's partners through links that pass a filter, such as those that may
   * hold in 2025-2030.
   *
   * @param organization the organization; a unit means its organization when units are rolled up
   * @param filter which links count
   * @return the partners with the links that passed, most links first, then by key
   * @throws UnknownKeyException when the organization is not in the network
   */
  public List<Partner> partners(OrganizationRef organization, LinkFilter filter) {
    Checks.argument("filter", filter);
    int i = indexOf(organization);
    List<Partner> partners = new ArrayList<>(adjacency[i].length);
    for (int j : adjacency[i]) {
      Link[] links = edges.get(key(i, j));
      List<Link> passed = new ArrayList<>(links.length);
      for (Link l : links) {
        if (filter.test(l)) {
          passed.add(l);
        }
      }
      if (!passed.isEmpty()) {
        partners.add(new Partner(nodes[j], passed));
      }
    }
    partners.sort(Comparator.comparingInt((Partner p) -> -p.links().size())
        .thenComparing(Partner::organization));
    return partners;
  }

  /**
   * Returns a shortest chain of collaboration between two organizations through any link.
   *
   * @param from where the chain starts
   * @param to where it ends
   * @return the chain, or empty when no chain joins them
   * @throws UnknownKeyException when either organization is not in the network
   */
  public Optional<Chain> shortestChain(OrganizationRef from, OrganizationRef to) {
    return shortestChain(from, to, LinkFilter.all());
  }

  /**
   * Returns a shortest chain of collaboration between two organizations through links that pass
   * a filter. Of several equally short chains, the one found by visiting neighbours in key order
   * is returned, so the answer is always the same.
   *
   * @param from where the chain starts
   * @param to where it ends
   * @param filter which links count
   * @return the chain, or empty when no chain joins them
   * @throws UnknownKeyException when either organization is not in the network
   */
  public Optional<Chain> shortestChain(OrganizationRef from, OrganizationRef to, LinkFilter filter) {
    Checks.argument("filter", filter);
    int s = indexOf(from);
    int t = indexOf(to);
    int[] parent = new int[nodes.length];
    Arrays.fill(parent, -1);
    parent[s] = s;
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(s);
    while (!queue.isEmpty() && parent[t] < 0) {
      int u = queue.poll();
      for (int v : adjacency[u]) {
        if (parent[v] < 0 && firstPassing(u, v, filter) != null) {
          parent[v] = u;
          queue.add(v);
        }
      }
    }
    if (parent[t] < 0) {
      return Optional.empty();
    }
    List<OrganizationRef> path = new ArrayList<>();
    for (int v = t; v != s; v = parent[v]) {
      path.add(nodes[v]);
    }
    path.add(nodes[s]);
    java.util.Collections.reverse(path);
    List<Link> steps = new ArrayList<>();
    for (int k = 0; k + 1 < path.size(); k++) {
      steps.add(firstPassing(index.get(path.get(k)), index.get(path.get(k + 1)), filter));
    }
    return Optional.of(new Chain(path, steps));
  }

  /**
   * Returns the connected groups: sets of organizations each joined to the others by some chain.
   * An organization without links is a group of its own.
   *
   * @return the groups, largest first, then by their first key; each in key order
   */
  public List<List<OrganizationRef>> connectedGroups() {
    int[] group = new int[nodes.length];
    Arrays.fill(group, -1);
    List<List<OrganizationRef>> groups = new ArrayList<>();
    for (int s = 0; s < nodes.length; s++) {
      if (group[s] >= 0) {
        continue;
      }
      List<Integer> members = component(s, group, groups.size());
      members.sort(null);
      List<OrganizationRef> refs = new ArrayList<>(members.size());
      members.forEach(m -> refs.add(nodes[m]));
      groups.add(List.copyOf(refs));
    }
    groups.sort(Comparator.comparingInt((List<OrganizationRef> g) -> -g.size()).thenComparing(g -> g.get(0)));
    return List.copyOf(groups);
  }

  /**
   * Returns the most central organizations.
   *
   * @param measure what to rank by
   * @param limit how many to return at most
   * @return the hubs, most central first; ties by the other measures, then by key
   */
  public List<Hub> hubs(Hub.Measure measure, int limit) {
    Checks.argument("measure", measure);
    if (limit < 0) {
      throw new io.github.collabkit.model.InvalidValueException("hubs", null, "limit", "must be 0 or more, got " + limit);
    }
    double[] between = betweenness();
    List<Hub> hubs = new ArrayList<>(nodes.length);
    for (int n = 0; n < nodes.length; n++) {
      hubs.add(new Hub(nodes[n], adjacency[n].length, weighted[n], between[n]));
    }
    Comparator<Hub> byDegree = Comparator.comparingInt(Hub::degree).reversed();
    Comparator<Hub> byWeighted = Comparator.comparingInt(Hub::weightedDegree).reversed();
    Comparator<Hub> byBetween = Comparator.comparingDouble(Hub::betweenness).reversed();
    Comparator<Hub> order;
    switch (measure) {
      case DEGREE:
        order = byDegree.thenComparing(byWeighted).thenComparing(byBetween);
        break;
      case WEIGHTED_DEGREE:
        order = byWeighted.thenComparing(byDegree).thenComparing(byBetween);
        break;
      default:
        order = byBetween.thenComparing(byDegree).thenComparing(byWeighted);
        break;
    }
    hubs.sort(order.thenComparing(Hub::organization));
    return List.copyOf(hubs.subList(0, Math.min(limit, hubs.size())));
  }

  /**
   * Returns pairs of infrastructures that share a kind and at least one capability and are run by
   * different organizations, candidates for bundling. A pair where one is part of the other (such
   * as INFECTA of INFECT-NL) is left out; so is a pair run by exactly the same organizations.
   *
   * @return the overlaps, most shared capabilities first, then by similarity, then by keys
   */
  public List<Overlap> overlaps() {
    return overlaps;
  }

  private double[] betweenness() {
    double[] result = betweenness;
    if (result == null) {
      result = computeBetweenness();
      betweenness = result;
    }
    return result;
  }

  /** Brandes (2001), unweighted; per source only the nodes it reaches are touched. */
  private double[] computeBetweenness() {
    int n = nodes.length;
    double[] cb = new double[n];
    int[] dist = new int[n];
    double[] sigma = new double[n];
    double[] delta = new double[n];
    Arrays.fill(dist, -1);
    int[] stack = new int[n];
    int[] queue = new int[n];
    for (int s = 0; s < n; s++) {
      if (adjacency[s].length == 0) {
        continue;
      }
      int top = 0;
      int head = 0;
      int tail = 0;
      dist[s] = 0;
      sigma[s] = 1;
      queue[tail++] = s;
      while (head < tail) {
        int v = queue[head++];
        stack[top++] = v;
        for (int w : adjacency[v]) {
          if (dist[w] < 0) {
            dist[w] = dist[v] + 1;
            queue[tail++] = w;
          }
          if (dist[w] == dist[v] + 1) {
            sigma[w] += sigma[v];
          }
        }
      }
      for (int k = top - 1; k >= 0; k--) {
        int w = stack[k];
        for (int v : adjacency[w]) {
          if (dist[v] == dist[w] - 1) {
            delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
          }
        }
        if (w != s) {
          cb[w] += delta[w];
        }
      }
      for (int k = 0; k < top; k++) {
        int v = stack[k];
        dist[v] = -1;
        sigma[v] = 0;
        delta[v] = 0;
      }
    }
    for (int v = 0; v < n; v++) {
      cb[v] /= 2;
    }
    return cb;
  }

  private List<Integer> component(int start, int[] group, int id) {
    List<Integer> members = new ArrayList<>();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    group[start] = id;
    queue.add(start);
    while (!queue.isEmpty()) {
      int u = queue.poll();
      members.add(u);
      for (int v : adjacency[u]) {
        if (group[v] < 0) {
          group[v] = id;
          queue.add(v);
        }
      }
    }
    return members;
  }

  private Link firstPassing(int u, int v, LinkFilter filter) {
    Link[] links = edges.get(key(u, v));
    if (links == null) {
      return null;
    }
    for (Link l : links) {
      if (filter.test(l)) {
        return l;
      }
    }
    return null;
  }

  private int indexOf(OrganizationRef organization) {
    Checks.argument("organization", organization);
    Integer i = index.get(node(organization));
    if (i == null) {
      throw new UnknownKeyException("collaboration network", "organization", organization.key());
    }
    return i;
  }

  private OrganizationRef node(OrganizationRef ref) {
    return options.rollUpUnits() ? hierarchy.top(ref) : ref;
  }

  private <T> List<OrganizationRef> mapped(List<T> items, Function<T, OrganizationRef> org) {
    TreeSet<OrganizationRef> refs = new TreeSet<>();
    for (T item : items) {
      refs.add(node(org.apply(item)));
    }
    return new ArrayList<>(refs);
  }

  private static Link link(Partnership p) {
    Set<String> themes = new HashSet<>(p.themes());
    for (WorkArea area : p.workAreas()) {
      themes.addAll(area.themes());
    }
    Optional<Period> period = p.period().isPresent()
        ? p.period()
        : p.signing().map(s -> Period.from(s.date()));
    return new Link(Link.Kind.PARTNERSHIP, p.key(), p.title(), period, themes);
  }

  private static long key(int i, int j) {
    int a = Math.min(i, j);
    int b = Math.max(i, j);
    return ((long) a << 32) | (b & 0xffffffffL);
  }

  private List<Overlap> findOverlaps(Landscape landscape) {
    List<Infrastructure> infras = landscape.infrastructures();
    Map<InfrastructureKind, List<Integer>> byKind = new EnumMap<>(InfrastructureKind.class);
    List<List<OrganizationRef>> at = new ArrayList<>(infras.size());
    for (int n = 0; n < infras.size(); n++) {
      Infrastructure infra = infras.get(n);
      for (InfrastructureKind k : infra.kinds()) {
        byKind.computeIfAbsent(k, x -> new ArrayList<>()).add(n);
      }
      List<InfrastructureParticipation> running = infra.organizations().stream()
          .filter(p -> RUNNING_ROLES.contains(p.role())).collect(java.util.stream.Collectors.toList());
      at.add(mapped(running.isEmpty() ? infra.organizations() : running, InfrastructureParticipation::organization));
    }
    Set<Long> seen = new HashSet<>();
    List<Overlap> found = new ArrayList<>();
    for (List<Integer> bucket : byKind.values()) {
      for (int x = 0; x < bucket.size(); x++) {
        for (int y = x + 1; y < bucket.size(); y++) {
          int i = bucket.get(x);
          int j = bucket.get(y);
          if (!seen.add(key(i, j))) {
            continue;
          }
          Infrastructure a = infras.get(i);
          Infrastructure b = infras.get(j);
          if (a.key().equals(b.key()) || a.partOf().filter(b.key()::equals).isPresent()
              || b.partOf().filter(a.key()::equals).isPresent() || at.get(i).equals(at.get(j))) {
            continue;
          }
          TreeSet<String> shared = new TreeSet<>(a.capabilities());
          shared.retainAll(b.capabilities());
          if (shared.isEmpty()) {
            continue;
          }
          Set<InfrastructureKind> kinds = EnumSet.copyOf(a.kinds());
          kinds.retainAll(b.kinds());
          Set<String> union = new HashSet<>(a.capabilities());
          union.addAll(b.capabilities());
          boolean aFirst = a.key().key().compareTo(b.key().key()) < 0;
          found.add(new Overlap(aFirst ? a.key() : b.key(), aFirst ? b.key() : a.key(), kinds,
              new ArrayList<>(shared), aFirst ? at.get(i) : at.get(j), aFirst ? at.get(j) : at.get(i),
              (double) shared.size() / union.size()));
        }
      }
    }
    found.sort(Comparator.comparingInt((Overlap o) -> -o.capabilities().size())
        .thenComparing(Comparator.comparingDouble(Overlap::similarity).reversed())
        .thenComparing(o -> o.first().key()).thenComparing(o -> o.second().key()));
    return found;
  }

  /**
   * Returns a short description: the numbers of organizations and linked pairs.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "CollaborationNetwork[" + nodes.length + " organizations, " + edges.size() + " linked pairs, "
        + options + "]";
  }
}

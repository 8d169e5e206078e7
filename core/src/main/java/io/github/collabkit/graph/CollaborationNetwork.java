package io.github.collabkit.graph;

import io.github.collabkit.internal.Checks;
import io.github.collabkit.UnknownKeyException;
import io.github.collabkit.internal.OrganizationHierarchy;
import io.github.collabkit.model.Infrastructure;
import io.github.collabkit.model.InfrastructureParticipation;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.LocalizedText;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationRelation;
import io.github.collabkit.model.Partnership;
import io.github.collabkit.model.Period;
import io.github.collabkit.model.RelationKind;
import io.github.collabkit.model.WorkArea;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The collaboration network of a landscape: organizations linked by the partnerships they are
 * party to together, the infrastructures they share, and their membership of consortia and
 * networks (an organization's {@linkplain RelationKind#MEMBER_OF member-of} relation, such as
 * LUMC's of RegMed XB), each {@link Link} saying what links them and when.
 *
 * <p>Links are made, not foreseen: a {@linkplain io.github.collabkit.model.ParticipationStatus#PROSPECTIVE
 * prospective} party, participant or membership, such as a German university that may join a
 * partnership in time, is left out of the network. Former ones stay, as the network also answers
 * for past periods. A partnership link carries the partnership's period, not each party's own: to
 * ask which parties hold on a day, use {@link Partnership#organizationsOn}.
 *
 * <p>Questions it answers: who LUMC works with ({@link #partners}, optionally during a period or
 * on a theme), the shortest chain of collaboration from Janssen to the University of Twente
 * ({@link #shortestChain}), which organizations form connected groups ({@link
 * #connectedGroups}) and the hubs ({@link #hubs}). Which infrastructures of the same kind offer
 * the same capabilities at different organizations, candidates for bundling, is not a question of
 * the network: {@link InfrastructureOverlaps} answers it.
 * Units such as departments count as their top-level organization unless {@link NetworkOptions}
 * say otherwise; a query that names a unit then means its organization.
 *
 * <p>Immutable and thread-safe; build it once per landscape. The network is held as its links,
 * each with its organizations, and each organization with its links (two arrays each way), never
 * as pairs: a partnership of 5,000 parties costs 5,000 entries, not 12.5 million pairs. Building
 * costs time and memory linear in the landscape (organizations, parties and participations; the
 * hierarchy of units without recursion), plus sorting organizations and links by key. Per query, with
 * V organizations and P the participations of all links: {@link #links} merges the two
 * organizations' link lists; {@link #partners} costs the participations of the organization's links
 * (plus sorting the partners); {@link #shortestChain} and {@link #connectedGroups} are
 * breadth-first searches that cross each link once, O(V + P); {@link #hubs}, on first use (then
 * cached), finds the partners that share more than one link (visiting the participations of the
 * links of each organization with two or more links, S such partners in all), counts distinct
 * partners from them, and runs Brandes' algorithm with each search O(V + P + S): exact while the
 * work of all searches stays within {@link #EXACT_BETWEENNESS_WORK}, otherwise an estimate from
 * {@link #BETWEENNESS_SAMPLES} sampled sources whose error {@link #betweennessError()} states.
 *
 * <pre>{@code
 * CollaborationNetwork network = CollaborationNetwork.of(landscape);
 * network.partners(OrganizationRef.of("lumc"));                  // Inserm, Janssen, Leiden University, ...
 * network.shortestChain(OrganizationRef.of("janssen"), OrganizationRef.of("utwente")); // via lumc, ...
 * }</pre>
 */
public final class CollaborationNetwork {
  private static final Comparator<Link> LINK_ORDER =
      Comparator.comparing(Link::kind).thenComparing(l -> l.via().key());

  /**
   * Above this much work (sources times the steps of one source's search, summed over connected
   * groups) betweenness is estimated from {@link #BETWEENNESS_SAMPLES} sampled sources instead of
   * computed exactly from every source: 2<sup>30</sup>, some seconds on one core.
   */
  public static final long EXACT_BETWEENNESS_WORK = 1L << 30;

  /** How many sources, drawn with a fixed seed, an estimated betweenness is computed from. */
  public static final int BETWEENNESS_SAMPLES = 256;

  private static final long SAMPLE_SEED = 0x5eed_c011abL;

  private final NetworkOptions options;
  private final OrganizationHierarchy hierarchy;
  private final OrganizationRef[] nodes;
  private final Map<OrganizationRef, Integer> index;
  /** The links of partnerships and infrastructures with two or more organizations, in link order. */
  private final Link[] links;
  /** The organizations of link {@code g}: {@code members[memberStart[g] .. memberStart[g + 1]-1]}, ascending. */
  private final int[] memberStart;
  private final int[] members;
  /** The links of organization {@code v}: {@code linksOf[linkStart[v] .. linkStart[v + 1]-1]}, ascending. */
  private final int[] linkStart;
  private final int[] linksOf;
  private final int[] weighted;
  private volatile int[] degrees;
  private volatile Shared shared;
  private volatile double[] betweenness;
  private volatile double betweennessError;

  private CollaborationNetwork(Landscape landscape, NetworkOptions options) {
    this.options = options;
    this.hierarchy = OrganizationHierarchy.of(landscape);
    TreeSet<OrganizationRef> all = new TreeSet<>();
    for (Organization o : landscape.organizations()) {
      all.add(node(o.ref()));
    }
    List<List<OrganizationRef>> groups = new ArrayList<>();
    List<Link> groupLinks = new ArrayList<>();
    for (Partnership p : landscape.partnerships()) {
      groups.add(mapped(p.organizations(), Function.identity()));
      groupLinks.add(link(landscape, p));
    }
    if (options.includeInfrastructures()) {
      for (Infrastructure i : landscape.infrastructures()) {
        groups.add(mapped(joined(i.organizations()), InfrastructureParticipation::organization));
        groupLinks.add(new Link(Link.Kind.INFRASTRUCTURE, i.ref(),
            LocalizedText.enNl(i.displayName("en"), i.displayName("nl")), i.period(), i.themes()));
      }
    }
    for (Organization o : landscape.organizations()) {
      for (OrganizationRelation r : o.relations()) {
        if (r.kind() == RelationKind.MEMBER_OF && r.isJoined()) {
          groups.add(mapped(List.of(o.ref(), r.organization()), Function.identity()));
          groupLinks.add(new Link(Link.Kind.MEMBERSHIP, r.organization(), title(landscape, r.organization()),
              r.period(), Set.of()));
        }
      }
    }
    groups.forEach(all::addAll);
    this.nodes = all.toArray(new OrganizationRef[0]);
    Map<OrganizationRef, Integer> idx = new HashMap<>(nodes.length * 2);
    for (int n = 0; n < nodes.length; n++) {
      idx.put(nodes[n], n);
    }
    this.index = idx;
    // Links in link order (a stable sort), keeping those that link two or more organizations.
    Integer[] order = new Integer[groups.size()];
    for (int g = 0; g < order.length; g++) {
      order[g] = g;
    }
    Arrays.sort(order, Comparator.comparing(groupLinks::get, LINK_ORDER));
    List<Link> kept = new ArrayList<>();
    int[] start = new int[groups.size() + 1];
    int total = 0;
    for (int g : order) {
      int size = groups.get(g).size();
      if (size >= 2) {
        total += size;
        kept.add(groupLinks.get(g));
        start[kept.size()] = total;
      }
    }
    this.links = kept.toArray(new Link[0]);
    this.memberStart = Arrays.copyOf(start, links.length + 1);
    this.members = new int[total];
    int[] perNode = new int[nodes.length + 1];
    int at = 0;
    for (int g : order) {
      List<OrganizationRef> orgs = groups.get(g);
      if (orgs.size() >= 2) {
        for (OrganizationRef o : orgs) {
          int v = idx.get(o);
          members[at++] = v; // ascending: orgs are in key order, as are the node indexes
          perNode[v + 1]++;
        }
      }
    }
    for (int v = 0; v < nodes.length; v++) {
      perNode[v + 1] += perNode[v];
    }
    this.linkStart = perNode;
    this.linksOf = new int[total];
    int[] fill = Arrays.copyOf(perNode, nodes.length);
    this.weighted = new int[nodes.length];
    for (int g = 0; g < links.length; g++) {
      int size = memberStart[g + 1] - memberStart[g];
      for (int k = memberStart[g]; k < memberStart[g + 1]; k++) {
        int v = members[k];
        linksOf[fill[v]++] = g;
        weighted[v] += size - 1;
      }
    }
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
    int i = indexOf(a);
    int j = indexOf(b);
    List<Link> shared = new ArrayList<>();
    if (i != j) {
      for (int g : sharedLinks(i, j)) {
        shared.add(links[g]);
      }
    }
    return List.copyOf(shared);
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
    Map<Integer, List<Link>> passed = new HashMap<>();
    for (int k = linkStart[i]; k < linkStart[i + 1]; k++) {
      int g = linksOf[k];
      if (filter.test(links[g])) {
        for (int m = memberStart[g]; m < memberStart[g + 1]; m++) {
          if (members[m] != i) {
            passed.computeIfAbsent(members[m], x -> new ArrayList<>()).add(links[g]);
          }
        }
      }
    }
    List<Partner> partners = new ArrayList<>(passed.size());
    passed.forEach((j, l) -> partners.add(new Partner(nodes[j], l)));
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
    BitSet expanded = new BitSet(links.length);
    int[] queue = new int[nodes.length];
    int head = 0;
    int tail = 0;
    queue[tail++] = s;
    while (head < tail && parent[t] < 0) {
      int u = queue[head++];
      int found = tail;
      for (int k = linkStart[u]; k < linkStart[u + 1]; k++) {
        int g = linksOf[k];
        if (expanded.get(g) || !filter.test(links[g])) {
          continue;
        }
        // Every organization of a link is reached when the link is first crossed.
        expanded.set(g);
        for (int m = memberStart[g]; m < memberStart[g + 1]; m++) {
          int v = members[m];
          if (parent[v] < 0) {
            parent[v] = u;
            queue[tail++] = v;
          }
        }
      }
      Arrays.sort(queue, found, tail); // neighbours in key order, as the documented tie-break says
    }
    if (parent[t] < 0) {
      return Optional.empty();
    }
    List<OrganizationRef> path = new ArrayList<>();
    List<Link> steps = new ArrayList<>();
    for (int v = t; v != s; v = parent[v]) {
      path.add(nodes[v]);
      steps.add(firstPassing(parent[v], v, filter));
    }
    path.add(nodes[s]);
    Collections.reverse(path);
    Collections.reverse(steps);
    return Optional.of(new Chain(path, steps));
  }

  /**
   * Returns the connected groups: sets of organizations each joined to the others by some chain.
   * An organization without links is a group of its own.
   *
   * @return the groups, largest first, then by their first key; each in key order
   */
  public List<List<OrganizationRef>> connectedGroups() {
    int[] group = components();
    int count = 0;
    for (int g : group) {
      count = Math.max(count, g + 1);
    }
    List<List<OrganizationRef>> byGroup = new ArrayList<>(count);
    for (int c = 0; c < count; c++) {
      byGroup.add(new ArrayList<>());
    }
    for (int v = 0; v < nodes.length; v++) {
      byGroup.get(group[v]).add(nodes[v]); // node order is key order
    }
    List<List<OrganizationRef>> groups = new ArrayList<>(count);
    byGroup.forEach(g -> groups.add(List.copyOf(g)));
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
    int[] degree = degrees();
    List<Hub> hubs = new ArrayList<>(nodes.length);
    for (int n = 0; n < nodes.length; n++) {
      hubs.add(new Hub(nodes[n], degree[n], weighted[n], between[n]));
    }
    Comparator<Hub> byDegree = Comparator.comparingInt(Hub::degree).reversed();
    Comparator<Hub> byWeighted = Comparator.comparingInt(Hub::weightedDegree).reversed();
    Comparator<Hub> byBetween = Comparator.comparingDouble(Hub::betweenness).reversed();
    Comparator<Hub> order;
    order = switch (measure) {
      case DEGREE -> byDegree.thenComparing(byWeighted).thenComparing(byBetween);
      case WEIGHTED_DEGREE -> byWeighted.thenComparing(byDegree).thenComparing(byBetween);
      case BETWEENNESS -> byBetween.thenComparing(byDegree).thenComparing(byWeighted);
    };
    hubs.sort(order.thenComparing(Hub::organization));
    return List.copyOf(hubs.subList(0, Math.min(limit, hubs.size())));
  }

  /**
   * Tells how far the betweenness in {@link #hubs} may be from the exact figure: 0 when it is
   * exact, which it is while the work of Brandes' algorithm from every organization stays within
   * {@link #EXACT_BETWEENNESS_WORK} steps. Above that, betweenness is estimated from {@link
   * #BETWEENNESS_SAMPLES} sources drawn with a fixed seed (so the answer is always the same), each
   * source's dependencies scaled by the number of organizations over the number of samples
   * (Brandes and Pich 2007); the estimate is unbiased, and by Hoeffding's inequality it lies
   * within the returned distance of the exact betweenness of each organization with probability
   * at least 95%. The distance is {@code n(n-2)/2 x sqrt(ln(40)/(2k))} for n organizations with
   * a partner and k samples: about 8.5% of the highest betweenness any organization could have.
   * Computing it runs the algorithm if no call has yet.
   *
   * @return the bound on the error of each organization's betweenness, 0 when exact
   */
  public double betweennessError() {
    betweenness();
    return betweennessError;
  }

  private double[] betweenness() {
    double[] result = betweenness;
    if (result == null) {
      synchronized (this) {
        result = betweenness;
        if (result == null) {
          result = computeBetweenness();
          betweenness = result;
        }
      }
    }
    return result;
  }

  /** The number of distinct partners of each organization, counted once on first use. */
  private int[] degrees() {
    int[] result = degrees;
    if (result == null) {
      Shared multi = shared();
      result = new int[nodes.length];
      for (int v = 0; v < nodes.length; v++) {
        result[v] = weighted[v]; // each partner once per shared link ...
        for (int k = multi.start[v]; k < multi.start[v + 1]; k++) {
          result[v] -= multi.extra[k]; // ... less the links shared beyond the first
        }
      }
      degrees = result;
    }
    return result;
  }

  /** Numbers the connected groups; each organization gets the number of its group. */
  private int[] components() {
    int[] group = new int[nodes.length];
    Arrays.fill(group, -1);
    BitSet expanded = new BitSet(links.length);
    int[] queue = new int[nodes.length];
    int count = 0;
    for (int s = 0; s < nodes.length; s++) {
      if (group[s] >= 0) {
        continue;
      }
      int head = 0;
      int tail = 0;
      group[s] = count;
      queue[tail++] = s;
      while (head < tail) {
        int u = queue[head++];
        for (int k = linkStart[u]; k < linkStart[u + 1]; k++) {
          int g = linksOf[k];
          if (expanded.get(g)) {
            continue;
          }
          expanded.set(g);
          for (int m = memberStart[g]; m < memberStart[g + 1]; m++) {
            if (group[members[m]] < 0) {
              group[members[m]] = count;
              queue[tail++] = members[m];
            }
          }
        }
      }
      count++;
    }
    return group;
  }

  /**
   * Brandes (2001), unweighted, on the network in which every two organizations of a link are
   * neighbours, without building that network: a search crosses each link once; path counts and
   * dependencies pass through per-link sums, corrected for partners that share several links.
   * Exact, or from sampled sources when the work would exceed {@link #EXACT_BETWEENNESS_WORK}.
   */
  private double[] computeBetweenness() {
    int n = nodes.length;
    int[] group = components();
    int count = 0;
    for (int g : group) {
      count = Math.max(count, g + 1);
    }
    // Work of one search from a source in a group: crossing and flushing each link (its members),
    // visiting each organization's links and its partners that share more than one link.
    Shared multi = shared();
    long[] groupSteps = new long[count];
    long[] groupSize = new long[count];
    int active = 0;
    for (int v = 0; v < n; v++) {
      if (linkStart[v + 1] > linkStart[v]) {
        active++;
        groupSize[group[v]]++;
        groupSteps[group[v]] += 4 + 2 * (linkStart[v + 1] - linkStart[v]) + 2 * (multi.start[v + 1] - multi.start[v]);
      }
    }
    long work = 0;
    for (int c = 0; c < count; c++) {
      work = saturatedAdd(work, saturatedMultiply(groupSize[c], groupSteps[c]));
    }
    if (work <= EXACT_BETWEENNESS_WORK || active <= BETWEENNESS_SAMPLES) {
      betweennessError = 0;
      return brandes(activeNodes(active), 1);
    }
    betweennessError = errorBound(active, BETWEENNESS_SAMPLES);
    return sampledBetweenness(BETWEENNESS_SAMPLES, SAMPLE_SEED);
  }

  /** The organizations with at least one partner, in key order. */
  private int[] activeNodes(int active) {
    int[] pool = new int[active];
    int k = 0;
    for (int v = 0; v < nodes.length; v++) {
      if (linkStart[v + 1] > linkStart[v]) {
        pool[k++] = v;
      }
    }
    return pool;
  }

  /**
   * Estimates betweenness from distinct sources drawn with a seed among the organizations with a
   * partner, scaling their dependencies by how many organizations each stands for.
   *
   * @param samples how many sources, at most the organizations with a partner
   * @param seed the seed of the draw
   * @return the estimate per organization
   */
  double[] sampledBetweenness(int samples, long seed) {
    int active = 0;
    for (int v = 0; v < nodes.length; v++) {
      active += linkStart[v + 1] > linkStart[v] ? 1 : 0;
    }
    int[] pool = activeNodes(active);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < samples; i++) { // partial Fisher-Yates: distinct sources
      int j = i + random.nextInt(active - i);
      int swap = pool[i];
      pool[i] = pool[j];
      pool[j] = swap;
    }
    return brandes(Arrays.copyOf(pool, samples), (double) active / samples);
  }

  /** Brandes' accumulation from the given sources, each source's dependencies times a scale. */
  private double[] brandes(int[] sources, double scale) {
    int n = nodes.length;
    Shared multi = shared();
    double[] cb = new double[n];
    int[] dist = new int[n];
    double[] sigma = new double[n];
    double[] delta = new double[n];
    Arrays.fill(dist, -1);
    int[] queue = new int[n];
    int[] linkDistance = new int[links.length];
    Arrays.fill(linkDistance, -1);
    double[] linkSigma = new double[links.length];
    double[] linkDependency = new double[links.length];
    int[] crossed = new int[links.length];
    for (int s : sources) {
      int head = 0;
      int tail = 0;
      int crossedCount = 0;
      dist[s] = 0;
      sigma[s] = 1;
      queue[tail++] = s;
      while (head < tail) {
        int v = queue[head++];
        if (v != s) {
          // Shortest paths arrive over each link crossed one step nearer, from its near members;
          // a partner sharing m such links was counted m times, so m - 1 are taken off.
          for (int k = linkStart[v]; k < linkStart[v + 1]; k++) {
            int g = linksOf[k];
            if (linkDistance[g] == dist[v] - 1) {
              sigma[v] += linkSigma[g];
            }
          }
          for (int k = multi.start[v]; k < multi.start[v + 1]; k++) {
            int u = multi.partner[k];
            if (dist[u] == dist[v] - 1) {
              sigma[v] -= multi.extra[k] * sigma[u];
            }
          }
        }
        for (int k = linkStart[v]; k < linkStart[v + 1]; k++) {
          int g = linksOf[k];
          if (linkDistance[g] < 0) {
            // First crossed from v: its organizations are v's distance or one more.
            linkDistance[g] = dist[v];
            crossed[crossedCount++] = g;
            for (int m = memberStart[g]; m < memberStart[g + 1]; m++) {
              int w = members[m];
              if (dist[w] < 0) {
                dist[w] = dist[v] + 1;
                queue[tail++] = w;
              }
            }
          }
          if (linkDistance[g] == dist[v]) {
            linkSigma[g] += sigma[v];
          }
        }
      }
      // Dependencies, farthest first (the queue is in order of distance). Each organization leaves
      // its share on every link towards the source; a link hands the sum to its near members once
      // every organization at the far distance is done; partners sharing several such links get
      // the surplus taken off directly.
      int next = crossedCount - 1;
      for (int q = tail - 1; q > 0; q--) {
        int w = queue[q];
        next = flush(crossed, next, dist[w], linkDistance, linkDependency, sigma, delta, dist);
        double share = (1 + delta[w]) / sigma[w];
        for (int k = linkStart[w]; k < linkStart[w + 1]; k++) {
          int g = linksOf[k];
          if (linkDistance[g] == dist[w] - 1) {
            linkDependency[g] += share;
          }
        }
        for (int k = multi.start[w]; k < multi.start[w + 1]; k++) {
          int v = multi.partner[k];
          if (dist[v] == dist[w] - 1) {
            delta[v] -= multi.extra[k] * sigma[v] * share;
          }
        }
        cb[w] += delta[w];
      }
      for (int q = 0; q < tail; q++) {
        int v = queue[q];
        dist[v] = -1;
        sigma[v] = 0;
        delta[v] = 0;
      }
      for (int c = 0; c < crossedCount; c++) {
        int g = crossed[c];
        linkDistance[g] = -1;
        linkSigma[g] = 0;
        linkDependency[g] = 0;
      }
    }
    for (int v = 0; v < n; v++) {
      cb[v] = cb[v] * scale / 2;
    }
    return cb;
  }

  /**
   * Hands the dependencies gathered on links whose near organizations lie at {@code distance} or
   * farther to those organizations; links are in the order they were crossed, so by distance.
   *
   * @return the index of the last link not yet handed on
   */
  private int flush(int[] crossed, int next, int distance, int[] linkDistance, double[] linkDependency,
      double[] sigma, double[] delta, int[] dist) {
    while (next >= 0 && linkDistance[crossed[next]] >= distance) {
      int g = crossed[next--];
      double dependency = linkDependency[g];
      if (dependency != 0) {
        for (int m = memberStart[g]; m < memberStart[g + 1]; m++) {
          int v = members[m];
          if (dist[v] == linkDistance[g]) {
            delta[v] += sigma[v] * dependency;
          }
        }
      }
    }
    return next;
  }

  /**
   * For each organization, the partners it shares more than one link with, and how many links
   * beyond the first: {@code partner[start[v] .. start[v + 1]-1]} and {@code extra[...]}.
   */
  private record Shared(int[] start, int[] partner, int[] extra) {}

  /**
   * Finds, once, the partners each organization shares several links with, visiting the members
   * of the links of every organization that has two or more links.
   */
  private Shared shared() {
    Shared cached = shared;
    if (cached != null) {
      return cached;
    }
    int n = nodes.length;
    int[] start = new int[n + 1];
    int[] count = new int[n];
    int[] touched = new int[n];
    List<int[]> pairs = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      start[v + 1] = start[v];
      if (linkStart[v + 1] - linkStart[v] < 2) {
        continue;
      }
      int t = 0;
      for (int k = linkStart[v]; k < linkStart[v + 1]; k++) {
        int g = linksOf[k];
        for (int m = memberStart[g]; m < memberStart[g + 1]; m++) {
          int u = members[m];
          if (u != v && count[u]++ == 0) {
            touched[t++] = u;
          }
        }
      }
      for (int i = 0; i < t; i++) {
        int u = touched[i];
        if (count[u] > 1) {
          pairs.add(new int[] {u, count[u] - 1});
          start[v + 1]++;
        }
        count[u] = 0;
      }
    }
    int[] partner = new int[pairs.size()];
    int[] extra = new int[pairs.size()];
    for (int i = 0; i < partner.length; i++) {
      partner[i] = pairs.get(i)[0];
      extra[i] = pairs.get(i)[1];
    }
    Shared result = new Shared(start, partner, extra);
    shared = result;
    return result;
  }

  /** The 95% Hoeffding bound for k sampled sources among n: n(n-2)/2 x sqrt(ln(2/0.05)/(2k)). */
  static double errorBound(int n, int k) {
    return (double) n * (n - 2) / 2 * Math.sqrt(Math.log(2 / 0.05) / (2.0 * k));
  }

  private static long saturatedAdd(long a, long b) {
    long r = a + b;
    return r < 0 ? Long.MAX_VALUE : r;
  }

  private static long saturatedMultiply(long a, long b) {
    return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
  }

  /** The links two organizations share, in link order; a merge of their sorted lists. */
  private List<Integer> sharedLinks(int i, int j) {
    List<Integer> shared = new ArrayList<>();
    int a = linkStart[i];
    int b = linkStart[j];
    while (a < linkStart[i + 1] && b < linkStart[j + 1]) {
      int ga = linksOf[a];
      int gb = linksOf[b];
      if (ga == gb) {
        shared.add(ga);
        a++;
        b++;
      } else if (ga < gb) {
        a++;
      } else {
        b++;
      }
    }
    return shared;
  }

  private Link firstPassing(int u, int v, LinkFilter filter) {
    for (int g : sharedLinks(u, v)) {
      if (filter.test(links[g])) {
        return links[g];
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

  /** Prospective participations are not links yet: the network leaves them out. */
  private static List<InfrastructureParticipation> joined(List<InfrastructureParticipation> participations) {
    List<InfrastructureParticipation> joined = new ArrayList<>(participations.size());
    for (InfrastructureParticipation p : participations) {
      if (p.isJoined()) {
        joined.add(p);
      }
    }
    return joined;
  }

  /** The consortium's or network's display names in English and Dutch, else its key. */
  private static LocalizedText title(Landscape landscape, OrganizationRef group) {
    return landscape.organization(group)
        .map(g -> LocalizedText.enNl(g.displayName("en"), g.displayName("nl")))
        .orElse(LocalizedText.enNl(group.key(), group.key()));
  }

  private static Link link(Landscape landscape, Partnership p) {
    Set<String> themes = new HashSet<>(p.themes());
    for (WorkArea area : p.workAreas()) {
      themes.addAll(area.themes());
    }
    Optional<Period> period = p.period().isPresent()
        ? p.period()
        : landscape.signingOf(p).map(s -> Period.from(s.date()));
    return new Link(Link.Kind.PARTNERSHIP, p.ref(), p.title(), period, themes);
  }

  /**
   * Returns a short description: the numbers of organizations and of links (partnerships and
   * infrastructures with two or more organizations).
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "CollaborationNetwork[" + nodes.length + " organizations, " + links.length + " links, " + options + "]";
  }
}

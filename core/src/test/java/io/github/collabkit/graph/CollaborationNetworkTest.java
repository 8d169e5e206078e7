package io.github.collabkit.graph;

import static io.github.collabkit.testing.UmcLandscapeFixture.landscape;
import static io.github.collabkit.testing.UmcLandscapeFixture.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.UnknownKeyException;
import io.github.collabkit.model.Infrastructure;
import io.github.collabkit.model.InfrastructureKind;
import io.github.collabkit.model.InfrastructureParticipation;
import io.github.collabkit.model.InfrastructureRef;
import io.github.collabkit.model.InfrastructureRole;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.LocalizedText;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationRelation;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.PartialDate;
import io.github.collabkit.model.Participation;
import io.github.collabkit.model.ParticipationStatus;
import io.github.collabkit.model.Partnership;
import io.github.collabkit.model.PartnershipKind;
import io.github.collabkit.model.PartnershipRef;
import io.github.collabkit.model.PartyRole;
import io.github.collabkit.model.Period;
import io.github.collabkit.model.RelationKind;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CollaborationNetworkTest {
  private static final CollaborationNetwork NETWORK = CollaborationNetwork.of(landscape());
  private static final Period STRATEGY_PERIOD = Period.between(PartialDate.ofYear(2025), PartialDate.ofYear(2030));

  private static List<String> partnerKeys(List<Partner> partners) {
    return partners.stream().map(p -> p.organization().key()).collect(Collectors.toList());
  }

  @Test
  void listsPartnersMostLinksFirstThenByKey() {
    List<Partner> partners = NETWORK.partners(org("lumc"));
    assertEquals(List.of("chdr", "amsterdam-umc", "inserm", "janssen", "leiden-university", "radboudumc",
        "umc-utrecht", "alrijne", "erasmus-mc", "ggd-hm", "hs-leiden", "mbo-rijnland", "mumc", "philips", "umcg"),
        partnerKeys(partners));
    assertEquals(List.of("partnership covid-vaccine-phase2", "partnership lumc-janssen-chdr", "infrastructure infect-nl"),
        partners.get(0).links().stream().map(l -> l.kind().name().toLowerCase() + " " + l.via().key()).toList());
  }

  @Test
  void linksCarryWhatAndWhen() {
    List<Link> links = NETWORK.links(org("lumc"), org("leiden-university"));
    assertEquals(List.of("partnership lumc-ul-2018 (2018/)", "partnership lumc-ul-2021 (2021-12/)"),
        links.stream().map(Link::describe).toList());
    assertEquals(Set.of("population-health"), links.get(1).themes());
    assertEquals(List.of(), NETWORK.links(org("philips"), org("umcg")));
  }

  @Test
  void filtersPartnersByPeriod() {
    List<String> during = partnerKeys(NETWORK.partners(org("lumc"), LinkFilter.all().during(STRATEGY_PERIOD)));
    assertFalse(during.contains("philips"), "LUMC-Philips ran 2020-2023");
    assertTrue(during.contains("leiden-university"), "signed 2018 and 2021 with no end: may still hold");
    assertTrue(partnerKeys(NETWORK.partners(org("lumc"), LinkFilter.all()
        .during(Period.between(PartialDate.ofYear(2021), PartialDate.ofYear(2022))))).contains("philips"));
  }

  @Test
  void filtersPartnersByTheme() {
    List<Partner> regen = NETWORK.partners(org("lumc"), LinkFilter.all().theme("regenerative-medicine"));
    assertEquals(List.of("inserm"), partnerKeys(regen));
    assertEquals(2, regen.get(0).links().size(), "the joint lab partnership and the lab it sets up");
    assertEquals(List.of(), NETWORK.partners(org("philips"), LinkFilter.all().theme("regenerative-medicine")));
  }

  @Test
  void rollsUpUnitsToTheirOrganizationByDefault() {
    assertFalse(NETWORK.organizations().contains(org("lumc-parasitology")));
    assertEquals(NETWORK.partners(org("lumc")), NETWORK.partners(org("lumc-parasitology")),
        "a unit in a query means its organization");
  }

  @Test
  void keepsUnitsAsNodesWhenAsked() {
    CollaborationNetwork units = CollaborationNetwork.of(landscape(), NetworkOptions.defaults().withRollUpUnits(false));
    assertEquals(List.of("chdr", "janssen"), partnerKeys(units.partners(org("lumc-parasitology"))));
    assertFalse(partnerKeys(units.partners(org("lumc"))).contains("inserm"),
        "the joint lab links two departments, not LUMC and Inserm");
  }

  @Test
  void findsShortestChainThroughSharedInfrastructure() {
    Chain chain = NETWORK.shortestChain(org("janssen"), org("utwente")).orElseThrow();
    assertEquals("janssen > lumc > umcg > utwente", chain.toString());
    assertEquals("janssen -[partnership covid-vaccine-phase2]- lumc -[infrastructure ncc]- umcg "
        + "-[partnership umcg-rug-ut]- utwente", chain.describe());
    assertEquals(3, chain.length());
  }

  @Test
  void findsNoChainWhenTheFilterCutsTheOnlyBridge() {
    assertTrue(NETWORK.shortestChain(org("janssen"), org("utwente"), LinkFilter.all().only(Link.Kind.PARTNERSHIP))
        .isEmpty());
    CollaborationNetwork partnershipsOnly =
        CollaborationNetwork.of(landscape(), NetworkOptions.defaults().withIncludeInfrastructures(false));
    assertTrue(partnershipsOnly.shortestChain(org("janssen"), org("utwente")).isEmpty());
  }

  @Test
  void chainFromAnOrganizationToItselfHasNoSteps() {
    Chain chain = NETWORK.shortestChain(org("lumc"), org("lumc")).orElseThrow();
    assertEquals(0, chain.length());
    assertEquals(List.of(org("lumc")), chain.organizations());
  }

  @Test
  void findsConnectedGroupsLargestFirst() {
    assertEquals(1, NETWORK.connectedGroups().size(), "the cohort consortium and INFECT-NL join everyone");
    CollaborationNetwork partnershipsOnly =
        CollaborationNetwork.of(landscape(), NetworkOptions.defaults().withIncludeInfrastructures(false));
    List<List<OrganizationRef>> groups = partnershipsOnly.connectedGroups();
    assertEquals(List.of(11, 4, 4, 1, 1, 1, 1), groups.stream().map(List::size).toList());
    assertEquals(List.of("abrona", "amarant", "erasmus-mc", "ipse-de-bruggen"),
        groups.get(1).stream().map(OrganizationRef::key).toList());
    assertEquals(List.of("rug", "ukm", "umcg", "utwente"), groups.get(2).stream().map(OrganizationRef::key).toList());
    assertEquals(List.of("amsterdam-umc", "mumc", "radboudumc", "umc-utrecht"),
        groups.subList(3, 7).stream().map(g -> g.get(0).key()).toList());
  }

  @Test
  void ranksHubs() {
    assertEquals("lumc", NETWORK.hubs(Hub.Measure.DEGREE, 1).get(0).organization().key());
    Hub top = NETWORK.hubs(Hub.Measure.BETWEENNESS, 1).get(0);
    assertEquals("lumc", top.organization().key());
    assertEquals(15, top.degree());
    Hub philips = NETWORK.hubs(Hub.Measure.DEGREE, 100).stream()
        .filter(h -> h.organization().key().equals("philips")).findFirst().orElseThrow();
    assertEquals(0.0, philips.betweenness(), "a leaf lies on no chain between others");
    assertEquals(List.of(), NETWORK.hubs(Hub.Measure.WEIGHTED_DEGREE, 0));
  }

  @Test
  void computesBetweennessExactlyOnAPath() {
    // a - b - c, and d - e alone
    Landscape small = Landscape.builder().name("path")
        .addPartnerships(pair("ab", "a", "b"), pair("bc", "b", "c"), pair("de", "d", "e")).build();
    CollaborationNetwork n = CollaborationNetwork.of(small);
    List<Hub> hubs = n.hubs(Hub.Measure.BETWEENNESS, 5);
    assertEquals(List.of("b", "a", "c", "d", "e"), hubs.stream().map(h -> h.organization().key()).toList());
    assertEquals(List.of(1.0, 0.0, 0.0, 0.0, 0.0), hubs.stream().map(Hub::betweenness).toList());
    assertEquals(List.of(2, 1, 1, 1, 1), hubs.stream().map(Hub::degree).toList());
  }

  @Test
  void countsLinksInWeightedDegree() {
    Hub ul = NETWORK.hubs(Hub.Measure.WEIGHTED_DEGREE, 100).stream()
        .filter(h -> h.organization().key().equals("leiden-university")).findFirst().orElseThrow();
    assertEquals(1, ul.degree());
    assertEquals(2, ul.weightedDegree());
  }

  @Test
  void includesOrganizationsThePartnershipsNameButTheLandscapeLacks() {
    Landscape l = Landscape.builder().name("dangling")
        .addOrganization(Organization.builder().ref(OrganizationRef.of("a")).addName(Name.of("A", "en", NameKind.DISPLAY))
            .addType(OrganizationType.UMC).build())
        .addPartnership(pair("ab", "a", "b")).build();
    assertEquals(List.of(org("a"), org("b")), CollaborationNetwork.of(l).organizations());
  }

  @Test
  void rejectsUnknownOrganization() {
    UnknownKeyException e = assertThrows(UnknownKeyException.class, () -> NETWORK.partners(org("nowhere")));
    assertEquals("collaboration network: organization 'nowhere': not in the landscape", e.getMessage());
    assertThrows(UnknownKeyException.class, () -> NETWORK.shortestChain(org("lumc"), org("nowhere")));
  }

  @Test
  void answersAreStableAcrossBuilds() {
    CollaborationNetwork again = CollaborationNetwork.of(landscape());
    assertEquals(NETWORK.partners(org("umcg")), again.partners(org("umcg")));
    assertEquals(NETWORK.hubs(Hub.Measure.BETWEENNESS, 10), again.hubs(Hub.Measure.BETWEENNESS, 10));
  }

  @Test
  void leavesProspectivePartiesOutOfTheNetwork() {
    Partnership withForeseen = pair("ab", "a", "b").withParties(
        Participation.of(OrganizationRef.of("a"), PartyRole.PARTNER),
        Participation.of(OrganizationRef.of("b"), PartyRole.PARTNER),
        Participation.builder().organization(OrganizationRef.of("c")).status(ParticipationStatus.PROSPECTIVE).build());
    CollaborationNetwork network = CollaborationNetwork.of(Landscape.builder().name("x")
        .addOrganizations(named("a"), named("b"), named("c")).addPartnership(withForeseen).build());
    assertEquals(List.of("b"), partnerKeys(network.partners(org("a"))));
    assertEquals(List.of(), network.partners(org("c")));
    assertTrue(network.shortestChain(org("a"), org("c")).isEmpty());
  }

  @Test
  void keepsFormerPartiesForQuestionsAboutThePast() {
    Partnership withFormer = pair("ab", "a", "b").withParties(
        Participation.of(OrganizationRef.of("a"), PartyRole.PARTNER),
        Participation.builder().organization(OrganizationRef.of("b")).status(ParticipationStatus.FORMER)
            .period(Period.between(PartialDate.ofYear(2019), PartialDate.ofYear(2021))).build());
    CollaborationNetwork network = CollaborationNetwork.of(Landscape.builder().name("x")
        .addOrganizations(named("a"), named("b")).addPartnership(withFormer).build());
    assertEquals(List.of("b"), partnerKeys(network.partners(org("a"))));
  }

  @Test
  void leavesProspectiveInfrastructureParticipantsOut() {
    Infrastructure shared = Infrastructure.builder().ref(InfrastructureRef.of("hpc"))
        .addName(Name.of("hpc", "en", NameKind.DISPLAY)).addKind(InfrastructureKind.COMPUTE).addOrganizations(
        InfrastructureParticipation.of(OrganizationRef.of("a"), InfrastructureRole.OWNER),
        InfrastructureParticipation.builder().organization(OrganizationRef.of("b")).role(InfrastructureRole.PARTICIPANT)
            .status(ParticipationStatus.PROSPECTIVE).build()).build();
    CollaborationNetwork network = CollaborationNetwork.of(Landscape.builder().name("x")
        .addOrganizations(named("a"), named("b")).addInfrastructure(shared).build());
    assertEquals(List.of(), network.partners(org("a")));
  }

  @Test
  void linksAMemberToItsConsortium() {
    Organization lumc = named("lumc").withRelations(OrganizationRelation.of(RelationKind.MEMBER_OF, org("regmed-xb")),
        OrganizationRelation.of(RelationKind.RELATED, org("leiden-university")));
    Organization foreseen = named("other").withRelations(OrganizationRelation.builder().kind(RelationKind.MEMBER_OF)
        .organization(org("regmed-xb")).status(ParticipationStatus.PROSPECTIVE).build());
    CollaborationNetwork network = CollaborationNetwork.of(Landscape.builder().name("x")
        .addOrganizations(lumc, foreseen, named("regmed-xb"), named("leiden-university")).build());
    assertEquals(List.of("regmed-xb"), partnerKeys(network.partners(org("lumc"))));
    assertEquals(List.of("membership regmed-xb"), network.links(org("lumc"), org("regmed-xb")).stream()
        .map(Link::describe).toList());
    assertEquals("regmed-xb", network.links(org("lumc"), org("regmed-xb")).get(0).title().text("en"));
    assertEquals(List.of(), network.partners(org("other")));
    assertEquals(List.of(), network.partners(org("lumc"), LinkFilter.all().only(Link.Kind.PARTNERSHIP)));
  }

  private static Organization named(String key) {
    return Organization.builder().ref(OrganizationRef.of(key)).addName(Name.of(key, "en", NameKind.DISPLAY))
        .addType(OrganizationType.UNIVERSITY).build();
  }

  private static Partnership pair(String key, String a, String b) {
    return Partnership.builder().ref(PartnershipRef.of(key)).title(LocalizedText.of("en", key))
        .kind(PartnershipKind.COLLABORATION_AGREEMENT)
        .addParties(Participation.of(OrganizationRef.of(a), PartyRole.PARTNER),
            Participation.of(OrganizationRef.of(b), PartyRole.PARTNER)).build();
  }

  // ---- Large and random shapes, checked against the network expanded into pairs ----

  private static Partnership party(String key, List<String> organizations) {
    Partnership.Builder b = Partnership.builder().ref(PartnershipRef.of(key)).title(LocalizedText.of("en", key))
        .kind(PartnershipKind.COLLABORATION_AGREEMENT);
    organizations.forEach(o -> b.addParty(Participation.of(OrganizationRef.of(o), PartyRole.PARTNER)));
    return b.build();
  }

  /** Partnerships and shared infrastructures over a few organizations, so that many pairs share several links. */
  private static Landscape randomLandscape(java.util.SplittableRandom random, int organizations, int links) {
    Landscape.Builder b = Landscape.builder().name("random");
    for (int g = 0; g < links; g++) {
      java.util.TreeSet<String> members = new java.util.TreeSet<>();
      int size = 2 + random.nextInt(random.nextInt(8) == 0 ? 12 : 3);
      while (members.size() < Math.min(size, organizations)) {
        members.add(String.format("o%03d", random.nextInt(organizations)));
      }
      if (random.nextInt(4) == 0) {
        Infrastructure.Builder i = Infrastructure.builder().ref(InfrastructureRef.of("i" + g))
            .addName(Name.of("i" + g, "en", NameKind.DISPLAY)).addKind(InfrastructureKind.COMPUTE);
        members.forEach(o -> i.addOrganization(InfrastructureParticipation.of(OrganizationRef.of(o), InfrastructureRole.HOST)));
        b.addInfrastructures(i.build());
      } else {
        b.addPartnerships(party(String.format("p%03d", g), List.copyOf(members)));
      }
    }
    return b.build();
  }

  /** The network as pairs: for each organization its partners and the links (kind, key) to each. */
  private static java.util.TreeMap<String, java.util.TreeMap<String, List<String>>> pairs(Landscape landscape) {
    java.util.TreeMap<String, java.util.TreeMap<String, List<String>>> pairs = new java.util.TreeMap<>();
    List<java.util.Map.Entry<String, List<String>>> groups = new java.util.ArrayList<>();
    landscape.partnerships().forEach(p -> groups.add(java.util.Map.entry("partnership " + p.key(),
        p.organizations().stream().map(OrganizationRef::key).distinct().toList())));
    landscape.infrastructures().forEach(i -> groups.add(java.util.Map.entry("infrastructure " + i.key(),
        i.organizations().stream().map(x -> x.organization().key()).distinct().toList())));
    // Link order: partnerships before infrastructures, each by key.
    groups.sort(java.util.Comparator.comparing((java.util.Map.Entry<String, List<String>> e) -> e.getKey().startsWith("infrastructure"))
        .thenComparing(java.util.Map.Entry::getKey));
    for (java.util.Map.Entry<String, List<String>> g : groups) {
      for (String a : g.getValue()) {
        pairs.computeIfAbsent(a, x -> new java.util.TreeMap<>());
        for (String b : g.getValue()) {
          if (!a.equals(b)) {
            pairs.get(a).computeIfAbsent(b, x -> new java.util.ArrayList<>()).add(g.getKey());
          }
        }
      }
    }
    return pairs;
  }

  /** Brandes (2001) on the pairs, each unordered pair of organizations counted once. */
  private static java.util.Map<String, Double> referenceBetweenness(java.util.TreeMap<String, java.util.TreeMap<String, List<String>>> pairs) {
    java.util.Map<String, Double> cb = new java.util.HashMap<>();
    pairs.keySet().forEach(v -> cb.put(v, 0.0));
    for (String s : pairs.keySet()) {
      java.util.Map<String, Integer> dist = new java.util.HashMap<>();
      java.util.Map<String, Double> sigma = new java.util.HashMap<>();
      java.util.Map<String, Double> delta = new java.util.HashMap<>();
      java.util.Deque<String> stack = new java.util.ArrayDeque<>();
      java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>();
      dist.put(s, 0);
      sigma.put(s, 1.0);
      queue.add(s);
      while (!queue.isEmpty()) {
        String v = queue.poll();
        stack.push(v);
        for (String w : pairs.get(v).keySet()) {
          if (!dist.containsKey(w)) {
            dist.put(w, dist.get(v) + 1);
            queue.add(w);
          }
          if (dist.get(w) == dist.get(v) + 1) {
            sigma.merge(w, sigma.get(v), Double::sum);
          }
        }
      }
      while (!stack.isEmpty()) {
        String w = stack.pop();
        for (String v : pairs.get(w).keySet()) {
          if (dist.get(v) == dist.get(w) - 1) {
            delta.merge(v, sigma.get(v) / sigma.get(w) * (1 + delta.getOrDefault(w, 0.0)), Double::sum);
          }
        }
        if (!w.equals(s)) {
          cb.merge(w, delta.getOrDefault(w, 0.0), Double::sum);
        }
      }
    }
    cb.replaceAll((k, v) -> v / 2);
    return cb;
  }

  private static List<String> keyed(List<Link> links) {
    return links.stream().map(l -> l.kind().name().toLowerCase() + " " + l.via().key()).toList();
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "seed {0}")
  @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void agreesWithTheNetworkExpandedIntoPairs(long seed) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    Landscape landscape = randomLandscape(random, 10 + random.nextInt(40), 5 + random.nextInt(60));
    CollaborationNetwork network = CollaborationNetwork.of(landscape);
    java.util.TreeMap<String, java.util.TreeMap<String, List<String>>> pairs = pairs(landscape);
    java.util.Map<String, Double> between = referenceBetweenness(pairs);
    String at = "seed " + seed;
    assertEquals(0.0, network.betweennessError(), at);
    for (Hub hub : network.hubs(Hub.Measure.DEGREE, Integer.MAX_VALUE)) {
      String o = hub.organization().key();
      java.util.TreeMap<String, List<String>> partners = pairs.get(o);
      assertEquals(partners.size(), hub.degree(), at + ": degree of " + o);
      assertEquals(partners.values().stream().mapToInt(List::size).sum(), hub.weightedDegree(), at + ": weighted degree of " + o);
      assertEquals(between.get(o), hub.betweenness(), 1e-9, at + ": betweenness of " + o);
      java.util.Map<String, List<String>> got = new java.util.TreeMap<>();
      network.partners(hub.organization()).forEach(p -> got.put(p.organization().key(), keyed(p.links())));
      assertEquals(partners, got, at + ": partners of " + o);
      for (String other : pairs.keySet()) {
        assertEquals(partners.getOrDefault(other, List.of()), keyed(network.links(hub.organization(), OrganizationRef.of(other))),
            at + ": links of " + o + " and " + other);
      }
    }
    // Shortest chains: the breadth-first search over pairs, neighbours in key order.
    for (String from : pairs.keySet()) {
      java.util.Map<String, String> parent = new java.util.HashMap<>();
      parent.put(from, from);
      java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(List.of(from));
      while (!queue.isEmpty()) {
        String u = queue.poll();
        for (String v : pairs.get(u).keySet()) {
          if (parent.putIfAbsent(v, u) == null) {
            queue.add(v);
          }
        }
      }
      for (String to : pairs.keySet()) {
        java.util.Optional<Chain> chain = network.shortestChain(OrganizationRef.of(from), OrganizationRef.of(to));
        assertEquals(parent.containsKey(to), chain.isPresent(), at + ": " + from + " to " + to);
        if (chain.isPresent()) {
          List<String> expected = new java.util.ArrayList<>();
          for (String v = to; !v.equals(from); v = parent.get(v)) {
            expected.add(0, v);
          }
          expected.add(0, from);
          assertEquals(expected, chain.get().organizations().stream().map(OrganizationRef::key).toList(), at);
          for (int k = 0; k + 1 < expected.size(); k++) {
            assertEquals(pairs.get(expected.get(k)).get(expected.get(k + 1)).get(0), keyed(List.of(chain.get().steps().get(k))).get(0), at);
          }
        }
      }
    }
    int grouped = network.connectedGroups().stream().mapToInt(List::size).sum();
    assertEquals(network.organizations().size(), grouped, at);
  }

  @Test
  void sampledBetweennessWithEverySourceIsExact() {
    Landscape landscape = randomLandscape(new java.util.SplittableRandom(42), 40, 50);
    CollaborationNetwork network = CollaborationNetwork.of(landscape);
    int active = (int) network.hubs(Hub.Measure.DEGREE, Integer.MAX_VALUE).stream().filter(h -> h.degree() > 0).count();
    double[] sampled = network.sampledBetweenness(active, 7);
    java.util.Map<String, Double> exact = referenceBetweenness(pairs(landscape));
    List<OrganizationRef> orgs = network.organizations();
    for (int v = 0; v < orgs.size(); v++) {
      assertEquals(exact.getOrDefault(orgs.get(v).key(), 0.0), sampled[v], 1e-9, orgs.get(v).key());
    }
  }

  @Test
  void linksAPartnershipOfFiveThousandPartiesWithoutExpandingPairs() {
    int n = 5_000;
    List<String> parties = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      parties.add(String.format("o%04d", i));
    }
    CollaborationNetwork network = CollaborationNetwork.of(Landscape.builder().name("big")
        .addPartnerships(party("big", parties), pair("side", "o0000", "x")).build());
    assertEquals(n, network.partners(OrganizationRef.of("o0000")).size());
    assertEquals(n - 1, network.partners(OrganizationRef.of("o0001")).size());
    assertEquals(List.of("partnership big"), keyed(network.links(OrganizationRef.of("o0001"), OrganizationRef.of("o4999"))));
    assertEquals(List.of("x", "o0000", "o4999"), network.shortestChain(OrganizationRef.of("x"), OrganizationRef.of("o4999"))
        .orElseThrow().organizations().stream().map(OrganizationRef::key).toList());
    List<Hub> hubs = network.hubs(Hub.Measure.BETWEENNESS, 2);
    assertEquals("o0000", hubs.get(0).organization().key());
    assertEquals(n - 1, hubs.get(0).betweenness(), 1e-9, "every chain from x to the other parties");
    assertEquals(n, hubs.get(0).degree());
    assertEquals(0.0, hubs.get(1).betweenness(), 1e-9);
    assertEquals(0.0, network.betweennessError(), "exact: one search costs the parties, not their pairs");
    assertEquals(1, network.connectedGroups().size());
  }

  @Test
  void estimatesBetweennessOnAPathTooLongForTheExactAlgorithm() {
    int n = 15_000;
    Landscape.Builder b = Landscape.builder().name("path");
    for (int i = 0; i + 1 < n; i++) {
      b.addPartnerships(pair("p" + i, String.format("o%05d", i), String.format("o%05d", i + 1)));
    }
    CollaborationNetwork network = CollaborationNetwork.of(b.build());
    double error = network.betweennessError();
    assertEquals(CollaborationNetwork.errorBound(n, CollaborationNetwork.BETWEENNESS_SAMPLES), error, 1e-6);
    List<Hub> hubs = network.hubs(Hub.Measure.DEGREE, n);
    for (Hub hub : hubs) {
      int i = Integer.parseInt(hub.organization().key().substring(1));
      double exact = (double) i * (n - 1 - i);
      assertEquals(exact, hub.betweenness(), error, hub.organization().key());
    }
    double middle = hubs.stream().filter(h -> h.organization().key().equals(String.format("o%05d", n / 2)))
        .findFirst().orElseThrow().betweenness();
    assertTrue(Math.abs(middle - (double) (n / 2) * (n - 1 - n / 2)) < 0.1 * (n / 2) * (n - 1 - n / 2),
        "the middle of the path within 10% of its exact betweenness, got " + middle);
  }
}

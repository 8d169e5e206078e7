package io.github.collabkit.graph;

import static io.github.collabkit.fixture.UmcLandscapeFixture.landscape;
import static io.github.collabkit.fixture.UmcLandscapeFixture.org;
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
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.PartialDate;
import io.github.collabkit.model.Participation;
import io.github.collabkit.model.Partnership;
import io.github.collabkit.model.PartnershipKind;
import io.github.collabkit.model.PartnershipRef;
import io.github.collabkit.model.PartyRole;
import io.github.collabkit.model.Period;
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
  void findsOverlappingInfrastructuresAsBundlingCandidates() {
    List<Overlap> overlaps = NETWORK.overlaps();
    assertEquals(List.of("lumc-datacenter~ul-datacenter", "cmi-nen~lumc-inserm-lab", "lumc-hpc~ul-hpc"),
        overlaps.stream().map(o -> o.first().key() + "~" + o.second().key()).toList());
    Overlap hpc = overlaps.get(2);
    assertEquals(Set.of(InfrastructureKind.COMPUTE), hpc.kinds());
    assertEquals(List.of("hpc"), hpc.capabilities());
    assertEquals(0.5, hpc.similarity());
    assertEquals(List.of(org("lumc")), hpc.firstAt());
    assertEquals(List.of(org("leiden-university")), hpc.secondAt());
    assertEquals(List.of(org("inserm"), org("lumc")), overlaps.get(1).secondAt(), "departments roll up");
  }

  @Test
  void doesNotCallOverlapWhatOneOrganizationRunsOrWhatIsPartOfTheOther() {
    Landscape l = Landscape.builder().name("no overlap")
        .addInfrastructures(infra("a1", "a", null), infra("a2", "a", null), infra("b1", "b", "a1"))
        .build();
    // a1~a2: both run by a; a1~b1: b1 is part of a1; only a2~b1 remains
    assertEquals(List.of("a2~b1"), CollaborationNetwork.of(l).overlaps().stream()
        .map(o -> o.first().key() + "~" + o.second().key()).toList());
  }

  @Test
  void doesNotCallOverlapDifferentKindsOrNoSharedCapability() {
    Infrastructure compute = infra("x", "a", null);
    Infrastructure lab = compute.withKey(InfrastructureRef.of("y")).withKinds(InfrastructureKind.LABORATORY)
        .withOrganizations(InfrastructureParticipation.of(OrganizationRef.of("b"), InfrastructureRole.OWNER));
    Infrastructure otherCapability = compute.withKey(InfrastructureRef.of("z")).withCapabilities("gpu")
        .withOrganizations(InfrastructureParticipation.of(OrganizationRef.of("c"), InfrastructureRole.OWNER));
    Landscape l = Landscape.builder().name("x").addInfrastructures(compute, lab, otherCapability).build();
    assertEquals(List.of(), CollaborationNetwork.of(l).overlaps());
  }

  @Test
  void includesOrganizationsThePartnershipsNameButTheLandscapeLacks() {
    Landscape l = Landscape.builder().name("dangling")
        .addOrganization(Organization.builder().key(OrganizationRef.of("a")).addName(Name.of("A", "en", NameKind.DISPLAY))
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
    assertEquals(NETWORK.overlaps(), again.overlaps());
  }

  private static Partnership pair(String key, String a, String b) {
    return Partnership.builder().key(PartnershipRef.of(key)).title(LocalizedText.of("en", key))
        .kind(PartnershipKind.COLLABORATION_AGREEMENT)
        .addParties(Participation.of(OrganizationRef.of(a), PartyRole.PARTNER),
            Participation.of(OrganizationRef.of(b), PartyRole.PARTNER)).build();
  }

  private static Infrastructure infra(String key, String owner, String partOf) {
    Infrastructure.Builder b = Infrastructure.builder().key(InfrastructureRef.of(key))
        .addName(Name.of(key, "en", NameKind.DISPLAY)).addKind(InfrastructureKind.COMPUTE)
        .addOrganization(InfrastructureParticipation.of(OrganizationRef.of(owner), InfrastructureRole.OWNER))
        .addCapability("hpc");
    if (partOf != null) {
      b.partOf(InfrastructureRef.of(partOf));
    }
    return b.build();
  }
}

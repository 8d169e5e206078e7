package io.github.collabkit.match;

import static io.github.collabkit.testing.UmcLandscapeFixture.landscape;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.UnknownKeyException;
import io.github.collabkit.model.AccessTerm;
import io.github.collabkit.model.AccessAudience;
import io.github.collabkit.model.GeographicScope;
import io.github.collabkit.model.InfrastructureKind;
import io.github.collabkit.model.InvalidValueException;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.Sector;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InfrastructureMatcherTest {
  private static final InfrastructureMatcher MATCHER = InfrastructureMatcher.of(landscape());
  private static final Requester COMPANY = Requester.of(Set.of(OrganizationType.COMPANY), Sector.PRIVATE_FOR_PROFIT);
  private static final Requester UNIVERSITY = Requester.of(Set.of(OrganizationType.UNIVERSITY), Sector.PUBLIC);

  private static ResearchNeed.Builder need(Requester requester) {
    return ResearchNeed.builder().requester(requester);
  }

  private static List<String> keys(MatchResult result) {
    return result.matches().stream().map(m -> m.infrastructure().key()).collect(Collectors.toList());
  }

  @Test
  void offersCompanyTheInfrastructuresOpenToCommercialPartners() {
    MatchResult r = MATCHER.match(need(COMPANY).capability("human-challenge-trials", Importance.REQUIRED).build());
    assertEquals(List.of("infect-nl", "infecta"), keys(r), "equal scores, so by key");
    InfrastructureMatch infect = r.matches().get(0);
    assertEquals(Usability.USABLE, infect.usability());
    assertEquals(List.of(AccessAudience.COMMERCIAL_PARTNERS),
        infect.access().stream().map(a -> a.audience()).toList());
    assertEquals("infect-nl INFECT-NL [score 1, usable] offers Human challenge trials (required) | access: "
        + "Commercial partners (on contract)", infect.explain("en"));
    assertEquals("infect-nl INFECT-NL [score 1, bruikbaar] biedt Humane infectiestudies (vereist) | toegang: "
        + "Commerciële partners (op contractbasis)", infect.explain("nl"));
  }

  @Test
  void toStringIsShortKeysUsabilityAndScoreWithoutTheInfrastructures() {
    MatchResult r = MATCHER.match(need(COMPANY).capability("human-challenge-trials", Importance.REQUIRED).build());
    InfrastructureMatch first = r.matches().get(0);
    assertEquals("InfrastructureMatch[infect-nl, " + first.usability() + ", score " + first.score() + "]",
        first.toString());
    assertEquals("MatchResult[infect-nl " + first.usability() + " " + first.score() + ", infecta "
        + r.matches().get(1).usability() + " " + r.matches().get(1).score() + "; notices " + r.notices().size() + "]",
        r.toString());
    assertEquals("MatchResult[notices 0]", new MatchResult(r.need(), List.of(), Set.of(), List.of()).toString());
  }

  @Test
  void doesNotOfferCompanyWhatIsOpenOnlyToAcademicPartners() {
    ResearchNeed.Builder cohort = need(COMPANY).capability("cohort-data", Importance.REQUIRED);
    assertEquals(List.of(), keys(MATCHER.match(cohort.build())));
    MatchResult shown = MATCHER.match(cohort.includeUnusable(true).build());
    assertEquals(List.of("ncc"), keys(shown));
    InfrastructureMatch ncc = shown.matches().get(0);
    assertEquals(Usability.NOT_USABLE, ncc.usability());
    assertEquals(List.of(), ncc.access());
    assertEquals("not usable: open to Academic partners (researchers in the Netherlands and abroad); "
        + "the requester counts as Commercial partners", ncc.accessNote().text("en"));
  }

  @Test
  void answersNotStatedWhenTheListedAudiencesAreExamplesThatDoNotNameTheRequester() {
    Landscape examples = landscape().withInfrastructures(landscape().infrastructures().stream()
        .map(i -> i.key().equals("ncc") ? i.withAccessExhaustive(false) : i).toList());
    ResearchNeed cohort = need(COMPANY).capability("cohort-data", Importance.REQUIRED).build();
    MatchResult r = InfrastructureMatcher.of(examples).match(cohort);
    assertEquals(List.of("ncc"), keys(r), "not stated is not excluded, so it is offered without includeUnusable");
    InfrastructureMatch ncc = r.matches().get(0);
    assertEquals(Usability.NOT_STATED, ncc.usability());
    assertEquals("access not stated for the requester: the source names Academic partners (researchers in the "
        + "Netherlands and abroad) as examples, not as the only users", ncc.accessNote().text("en"));
    assertTrue(ncc.explain("nl").contains("[score 1, toegang niet vermeld]"), ncc.explain("nl"));
  }

  @Test
  void offersARequesterWhoseTypeATermNamesAsTargetUser() {
    Landscape named = landscape().withInfrastructures(landscape().infrastructures().stream()
        .map(i -> i.key().equals("ncc") ? i.withAccess(i.access().get(0).withTargetUsers(OrganizationType.COMPANY)) : i)
        .toList());
    InfrastructureMatch ncc = InfrastructureMatcher.of(named)
        .match(need(COMPANY).capability("cohort-data", Importance.REQUIRED).build()).matches().get(0);
    assertEquals(Usability.USABLE, ncc.usability());
  }

  @Test
  void offersAcademicRequesterWhatIsOpenToAcademicPartners() {
    MatchResult r = MATCHER.match(need(UNIVERSITY).capability("cohort-data", Importance.REQUIRED).build());
    assertEquals(List.of("ncc"), keys(r));
    assertEquals(Usability.USABLE, r.matches().get(0).usability());
  }

  @Test
  void namesTheRequestingOrganizationWhenRefusing() {
    MatchResult r = MATCHER.match(need(Requester.organization(OrganizationRef.of("janssen")))
        .capability("cohort-data", Importance.REQUIRED).includeUnusable(true).build());
    assertEquals("niet bruikbaar: toegankelijk voor Academische partners (onderzoekers uit binnen- en buitenland); "
        + "Janssen valt onder Commerciële partners", r.matches().get(0).accessNote().text("nl"));
  }

  @Test
  void requiresEveryRequiredCapability() {
    MatchResult both = MATCHER.match(need(UNIVERSITY).capability("hpc", Importance.REQUIRED)
        .capability("secure-data-processing", Importance.REQUIRED).build());
    assertEquals(List.of("ai-factory"), keys(both));
    MatchResult hpc = MATCHER.match(need(UNIVERSITY).capability("hpc", Importance.REQUIRED).build());
    assertEquals(List.of("lumc-hpc", "ul-hpc", "ai-factory"), keys(hpc), "usable first, then access unknown");
    assertEquals(Usability.UNKNOWN, hpc.matches().get(2).usability());
  }

  @Test
  void organizationRunningAnInfrastructureWithoutTermsMayUseItInternally() {
    ResearchNeed.Builder imaging = need(Requester.organization(OrganizationRef.of("umcg")))
        .theme("technology-and-health", Importance.REQUIRED);
    InfrastructureMatch host = only(MATCHER.match(imaging.build()), "cmi-nen");
    assertEquals(Usability.USABLE, host.usability());
    assertEquals(List.of(AccessAudience.INTERNAL), host.access().stream().map(AccessTerm::audience).toList());
    assertEquals("access: Internal (no terms stated; run by the requester's own organization)",
        host.accessNote().text("en"));
  }

  @Test
  void participantInAnInfrastructureWithoutTermsDoesNotKnowItsAccess() {
    ResearchNeed.Builder imaging = need(Requester.organization(OrganizationRef.of("rug")))
        .theme("technology-and-health", Importance.REQUIRED);
    InfrastructureMatch participant = only(MATCHER.match(imaging.build()), "cmi-nen");
    assertEquals(Usability.UNKNOWN, participant.usability());
    assertEquals(List.of(), participant.access());
  }

  private static InfrastructureMatch only(MatchResult result, String key) {
    return result.matches().stream().filter(m -> m.infrastructure().key().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError(key + " not among " + keys(result)));
  }

  @Test
  void ranksByPreferencesMet() {
    MatchResult r = MATCHER.match(need(UNIVERSITY).kind(InfrastructureKind.COMPUTE, Importance.REQUIRED)
        .capability("hpc", Importance.PREFERRED).capability("research-data-storage", Importance.PREFERRED).build());
    assertEquals(List.of("lumc-hpc", "ul-hpc"), keys(r));
    assertEquals(List.of(3, 2), r.matches().stream().map(InfrastructureMatch::score).toList());
    assertEquals(List.of("kind High-performance computing (required)", "offers High-performance computing (preferred)",
            "offers Research data storage (preferred)").stream().sorted().toList(),
        r.matches().get(0).reasons().stream().map(m -> m.text("en")).sorted().toList());
  }

  @Test
  void preferencesNeverExclude() {
    MatchResult r = MATCHER.match(need(UNIVERSITY).capability("no-such-capability-anywhere", Importance.PREFERRED)
        .kind(InfrastructureKind.DATA_CENTER, Importance.REQUIRED).build());
    assertEquals(List.of("lumc-datacenter", "ul-datacenter"), keys(r));
    assertEquals(List.of("capability 'no-such-capability-anywhere' (preferred) is not defined in the landscape and "
        + "no infrastructure offers it"), r.notices());
  }

  @Test
  void unknownRequiredCodeLeavesNoMatchAndSaysWhy() {
    MatchResult r = MATCHER.match(need(UNIVERSITY).capability("mri-7t", Importance.REQUIRED).build());
    assertEquals(List.of(), keys(r));
    assertEquals(1, r.notices().size());
    assertTrue(r.notices().get(0).startsWith("capability 'mri-7t' (required)"));
  }

  @Test
  void requiredThemesAndKindsNeedAnyOne() {
    MatchResult themes = MATCHER.match(need(UNIVERSITY).theme("prevention", Importance.REQUIRED)
        .theme("technology-and-health", Importance.REQUIRED).build());
    assertEquals(List.of("ncc", "cmi-nen"), keys(themes), "ncc usable, cmi-nen access unknown");
    MatchResult kinds = MATCHER.match(need(UNIVERSITY).kind(InfrastructureKind.COHORT_CONSORTIUM, Importance.REQUIRED)
        .kind(InfrastructureKind.AI_LAB, Importance.REQUIRED).build());
    assertEquals(List.of("ncc", "umcg-ai-lab"), keys(kinds));
  }

  @Test
  void filtersByScope() {
    MatchResult r = MATCHER.match(need(UNIVERSITY).scope(GeographicScope.INTERNATIONAL, Importance.REQUIRED).build());
    assertEquals(List.of("lumc-inserm-lab"), keys(r));
    MatchResult none = MATCHER.match(need(UNIVERSITY).scope(GeographicScope.INTERNATIONAL, Importance.REQUIRED)
        .kind(InfrastructureKind.COMPUTE, Importance.REQUIRED).build());
    assertEquals(List.of(), keys(none));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      city of the host            | Groningen     | ncc umcg-ai-lab ai-factory cmi-nen
      region ignoring case        | zuid-HOLLAND  | infect-nl infecta lumc-hpc ncc ul-hpc lumc-datacenter lumc-inserm-lab ul-datacenter
      country code                | FR            | lumc-inserm-lab
      place nobody is in          | Münster       | -
      """)
  void filtersByPlaceOfTheOrganizationsBehind(String name, String place, String expected) {
    // usable before access unknown, then by key; goud (members only) is never usable for a university
    MatchResult r = MATCHER.match(need(UNIVERSITY).place(place, Importance.REQUIRED).build());
    assertEquals(expected.equals("-") ? List.of() : List.of(expected.split(" ")), keys(r));
  }

  @Test
  void matchesCoverageTermsAsWordStarts() {
    MatchResult r = MATCHER.match(need(Requester.organization(OrganizationRef.of("abrona")))
        .coverage("ouderen", Importance.REQUIRED).build());
    assertEquals(List.of("goud"), keys(r));
    assertEquals("dekt 'ouderen' (vereist)", r.matches().get(0).reasons().get(0).text("nl"));
    assertEquals(List.of(), keys(MATCHER.match(need(UNIVERSITY).coverage("deren", Importance.REQUIRED).build())));
  }

  @Test
  void membersMayUseWhatIsOpenToMembers() {
    ResearchNeed.Builder goud = ResearchNeed.builder().capability("practice-based-research", Importance.REQUIRED);
    MatchResult member = MATCHER.match(goud.requester(Requester.organization(OrganizationRef.of("abrona"))).build());
    assertEquals(Usability.USABLE, member.matches().get(0).usability());
    MatchResult outsider = MATCHER.match(goud.requester(Requester.organization(OrganizationRef.of("lumc")))
        .includeUnusable(true).build());
    assertEquals(Usability.NOT_USABLE, outsider.matches().get(0).usability());
  }

  @Test
  void unitsMayUseWhatTheirOrganizationRunsInternally() {
    ResearchNeed.Builder ai = ResearchNeed.builder().capability("ai-development", Importance.REQUIRED)
        .kind(InfrastructureKind.AI_LAB, Importance.REQUIRED);
    MatchResult umcg = MATCHER.match(ai.requester(Requester.organization(OrganizationRef.of("umcg"))).build());
    assertEquals(List.of(AccessAudience.INTERNAL, AccessAudience.PUBLIC_PARTNERS),
        umcg.matches().get(0).access().stream().map(a -> a.audience()).toList());
    MatchResult dept = MATCHER.match(ResearchNeed.builder().capability("hpc", Importance.REQUIRED)
        .kind(InfrastructureKind.COMPUTE, Importance.REQUIRED)
        .requester(Requester.organization(OrganizationRef.of("lumc-parasitology"))).build());
    assertEquals("lumc-hpc", dept.matches().get(0).infrastructure().key());
    assertEquals(List.of(AccessAudience.INTERNAL, AccessAudience.ACADEMIC_PARTNERS),
        dept.matches().get(0).access().stream().map(a -> a.audience()).toList());
    MatchResult company = MATCHER.match(ai.requester(COMPANY).build());
    assertEquals(List.of(), keys(company), "internal and public only: not for a company");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      company with sector              | company                         | private-for-profit | commercial-partners open
      company without sector           | company                         |                    | commercial-partners open
      non-profit research organization | contract-research-organization  | private-non-profit | public-partners open
      university                       | university                      | public             | academic-partners public-partners open
      hospital                         | hospital                        | private-non-profit | public-partners open
      mbo school                       | vocational-school               |                    | public-partners open
      other without sector             | other                           |                    | open
      """)
  void mapsRequesterToAudiences(String name, String type, String sector, String audiences) {
    Set<AccessAudience> expected = EnumSet.noneOf(AccessAudience.class);
    for (String code : audiences.split(" ")) {
      expected.add(AccessAudience.fromCode(code));
    }
    assertEquals(expected, Requester.audiences(Set.of(OrganizationType.fromCode(type)),
        sector == null ? null : Sector.fromCode(sector)));
  }

  @Test
  void rejectsNeedWithoutRequester() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ResearchNeed.builder().capability("hpc", Importance.REQUIRED).build());
    assertTrue(e.getMessage().startsWith("research need: requester: is required"), e.getMessage());
  }

  @Test
  void rejectsRequesterWithoutTypes() {
    assertThrows(InvalidValueException.class, () -> Requester.of(Set.of(), Sector.PUBLIC));
  }

  @Test
  void rejectsRequesterOutsideTheLandscape() {
    UnknownKeyException e = assertThrows(UnknownKeyException.class, () -> MATCHER.match(
        need(Requester.organization(OrganizationRef.of("no-such-org"))).build()));
    assertEquals("organization", e.entityType());
    assertEquals("no-such-org", e.key());
  }

  @Test
  void emptyNeedListsEveryUsableInfrastructureInOrder() {
    MatchResult r = MATCHER.match(need(UNIVERSITY).build());
    // usable (score 0, by key), then access unknown (by key); goud (members only) is left out
    assertEquals(List.of("infect-nl", "infecta", "lumc-hpc", "ncc", "ul-hpc", "umcg-ai-lab",
        "ai-factory", "cmi-nen", "lumc-datacenter", "lumc-inserm-lab", "ul-datacenter"), keys(r));
  }

  @Test
  void answersTheSameFromManyThreads() throws Exception {
    ResearchNeed need = need(UNIVERSITY).capability("hpc", Importance.PREFERRED)
        .kind(InfrastructureKind.COMPUTE, Importance.PREFERRED).build();
    MatchResult expected = MATCHER.match(need);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<MatchResult>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 200; i++) {
        futures.add(pool.submit(() -> MATCHER.match(need)));
      }
      for (Future<MatchResult> f : futures) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}

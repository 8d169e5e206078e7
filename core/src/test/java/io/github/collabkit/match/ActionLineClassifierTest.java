package io.github.collabkit.match;

import static io.github.collabkit.testing.UmcLandscapeFixture.INTER_UNIVERSITY;
import static io.github.collabkit.testing.UmcLandscapeFixture.PUBLIC_PRIVATE;
import static io.github.collabkit.testing.UmcLandscapeFixture.REGIONAL;
import static io.github.collabkit.testing.UmcLandscapeFixture.SMART_CONCENTRATION;
import static io.github.collabkit.testing.UmcLandscapeFixture.landscape;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.UnknownKeyException;
import io.github.collabkit.testing.UmcLandscapeFixture;
import io.github.collabkit.match.ClassificationReason.Criterion;
import io.github.collabkit.model.ActionLine;
import io.github.collabkit.model.ActionLineRef;
import io.github.collabkit.model.GeographicScope;
import io.github.collabkit.model.InfrastructureRef;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.LocalizedText;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.Participation;
import io.github.collabkit.model.Partnership;
import io.github.collabkit.model.PartnershipKind;
import io.github.collabkit.model.PartnershipRef;
import io.github.collabkit.model.PartyRole;
import io.github.collabkit.model.Strategy;
import io.github.collabkit.model.StrategyRef;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActionLineClassifierTest {
  private static final ActionLineClassifier CLASSIFIER =
      ActionLineClassifier.of(landscape(), UmcLandscapeFixture.STRATEGY);

  private static Classification partnership(String key) {
    return CLASSIFIER.classify(landscape().partnership(PartnershipRef.of(key)).orElseThrow());
  }

  private static Classification infrastructure(String key) {
    return CLASSIFIER.classify(landscape().infrastructure(InfrastructureRef.of(key)).orElseThrow());
  }

  private static List<String> keys(Classification c) {
    return c.lines().stream().map(ActionLineRef::key).collect(Collectors.toList());
  }

  private static List<String> expected(String lines) {
    return lines.isBlank() ? List.of() : Arrays.asList(lines.split(" "));
  }

  /** Every fixture partnership, its expected lines in strategy order, and why. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      lumc-ul-2018              | smart-concentration inter-university-collaboration | Leiden University is a university; the agreement concerns LUMC's HPC system (compute)
      lumc-ul-2021              | smart-concentration inter-university-collaboration | a university partner; HPC and data centres of both; the words 'sharing' / 'delen'
      lumc-janssen-chdr         | public-private-partnerships                        | Janssen is a company and CHDR a contract research organization, both for-profit; 'bundelen' in the Dutch title only supports smart concentration, which infrastructure kinds decide
      covid-vaccine-phase2      | public-private-partnerships                        | CHDR and the funder Janssen are for-profit; the Parasitology department counts as LUMC, which no line names
      lumc-philips              | public-private-partnerships                        | Philips is a company (its sector is not recorded)
      lumc-inserm-joint-lab     | smart-concentration                                | it concerns an imaging facility (the joint-lab kind only supports); Inserm is a research institute, not a university
      regmedxb-inserm-mou       |                                                    | a consortium and a research institute: no line's signal; its recorded public-private line is not the classifier's input
      umcg-rug-ut               | smart-concentration inter-university-collaboration | two universities; CMI-NEN is an imaging facility; regional scope alone does not make it regional
      goud                      | regional-collaboration                             | care organizations, an academic workplace, reach not known to be outside the region
      fixture-lumc-alrijne-ggd  | regional-collaboration                             | a hospital (second line) and a GGD (zeroth line), stated regional
      fixture-lumc-education    | inter-university-collaboration                     | a university of applied sciences and an mbo school
      fixture-umcg-ukm          |                                                    | a hospital in Germany: regional signals, but the parties' countries make the reach international
      """)
  void classifiesEveryFixturePartnership(String key, String lines, String why) {
    Classification c = partnership(key);
    assertEquals(expected(lines == null ? "" : lines), keys(c), () -> why + "\n" + c.explain("en"));
    c.assignments().forEach(a -> assertFalse(a.reasons().isEmpty(), key + " has an assignment without reasons"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      lumc-hpc        | smart-concentration                                          | compute
      ul-hpc          | smart-concentration inter-university-collaboration           | compute, owned by a university
      lumc-datacenter | smart-concentration                                          | data center
      ul-datacenter   | smart-concentration inter-university-collaboration           | data center, owned by a university
      ncc             | smart-concentration                                          | cohort consortium; umc's only
      infect-nl       | smart-concentration public-private-partnerships              | national research infrastructure with CHDR among its initiators
      infecta         | public-private-partnerships                                  | CHDR; a contract research organization is no kind the smart concentration line names
      umcg-ai-lab     |                                                              | an AI lab of one umc: no line's signal
      ai-factory      | smart-concentration                                          | national AI facility
      cmi-nen         | smart-concentration inter-university-collaboration           | imaging facility with RUG and Twente
      lumc-inserm-lab | smart-concentration                                          | imaging facility
      goud            | regional-collaboration                                       | academic workplace with care organizations
      """)
  void classifiesEveryFixtureInfrastructure(String key, String lines, String why) {
    Classification c = infrastructure(key);
    assertEquals(expected(lines == null ? "" : lines), keys(c), () -> why + "\n" + c.explain("en"));
  }

  @Test
  void explainsPartnerTypeInEnglishAndDutch() {
    List<ClassificationReason> reasons = partnership("lumc-ul-2021").reasons(INTER_UNIVERSITY);
    assertEquals(1, reasons.size());
    ClassificationReason r = reasons.get(0);
    assertEquals(Criterion.PARTNER_TYPE, r.criterion());
    assertEquals("university", r.code());
    assertEquals(Optional.of(OrganizationRef.of("leiden-university")), r.source());
    assertEquals("party Leiden University: type University", r.text("en"));
    assertEquals("partij Universiteit Leiden: type Universiteit", r.text("nl"));
  }

  @Test
  void explainsInfrastructureKindsAndKeywordsOfSmartConcentration() {
    List<String> reasons = partnership("lumc-ul-2021").reasons(SMART_CONCENTRATION).stream()
        .map(r -> r.text("en")).collect(Collectors.toList());
    assertEquals(List.of(
        "infrastructure LUMC high-performance computing: kind High-performance computing",
        "infrastructure Leiden University high-performance computing: kind High-performance computing",
        "infrastructure LUMC data center: kind Data center",
        "infrastructure Leiden University data center: kind Data center",
        "keyword 'delen' in the text",
        "keyword 'sharing' in the text"), reasons);
  }

  @Test
  void explainsWholeClassificationInDutch() {
    assertEquals("""
        lumc-ul-2021 -> Slimme concentratie: infrastructuur LUMC rekencluster: soort Rekenkracht (HPC); \
        infrastructuur Rekencluster Universiteit Leiden: soort Rekenkracht (HPC); infrastructuur LUMC data center: \
        soort Datacenter; infrastructuur Leiden University data center: soort Datacenter; \
        trefwoord 'delen' in de tekst; trefwoord 'sharing' in de tekst
        lumc-ul-2021 -> Interuniversitaire samenwerking: partij Universiteit Leiden: type Universiteit
        """, partnership("lumc-ul-2021").explain("nl"));
    assertEquals("""
        lumc-janssen-chdr -> Publiek-private partnerschappen: partij Janssen: type Bedrijf; partij Janssen: sector \
        Privaat met winstoogmerk; partij Centre for Human Drug Research: type Contractonderzoeksorganisatie; \
        partij Centre for Human Drug Research: sector Privaat met winstoogmerk
        """, partnership("lumc-janssen-chdr").explain("nl"));
    assertEquals("regmedxb-inserm-mou -> (none)\n", partnership("regmedxb-inserm-mou").explain("en"));
    assertEquals("fixture-umcg-ukm -/> Regionale samenwerking: reikwijdte Internationaal (partijen in DE, NL) valt "
        + "buiten de reikwijdte van de lijn: Regionaal\nfixture-umcg-ukm -> (geen)\n",
        partnership("fixture-umcg-ukm").explain("nl"));
  }

  @Test
  void supportingCriteriaAloneDoNotDecideALineWithDecidingCriteria() {
    Classification c = partnership("lumc-janssen-chdr");
    assertFalse(c.isUnder(SMART_CONCENTRATION), "'bundelen' is in the title, but no facility is concerned");
    Partnership kindOnly = twoParty("kind-only", "lumc", "umcg", PartnershipKind.ACADEMIC_WORKPLACE);
    assertFalse(CLASSIFIER.classify(kindOnly).isUnder(REGIONAL), "an academic workplace of two umc's has no care partner");
  }

  @Test
  void supportingCriteriaAddReasonsToADecidedLine() {
    // deciding first (three care organizations, the GOUD workplace), then supporting (the partnership's kind)
    assertEquals(List.of(Criterion.PARTNER_TYPE, Criterion.PARTNER_TYPE, Criterion.PARTNER_TYPE,
            Criterion.INFRASTRUCTURE_KIND, Criterion.PARTNERSHIP_KIND),
        partnership("goud").reasons(REGIONAL).stream().map(ClassificationReason::criterion).toList());
  }

  @Test
  void partnersAreThePartiesThatWorkWithAnOwner() {
    ActionLine umcPartners = ActionLine.builder().ref(ActionLineRef.of("umc-partners"))
        .label(LocalizedText.of("en", "Between umc's")).addPartnerType(OrganizationType.UMC).build();
    ActionLineClassifier c = ActionLineClassifier.of(withOnlyLine(umcPartners));
    assertEquals(List.of(), c.classify(twoParty("x", "lumc", "philips", PartnershipKind.RESEARCH_PROGRAM)).lines(),
        "LUMC owns the strategy: in LUMC and Philips only Philips is a partner");
    Classification twoUmcs = c.classify(twoParty("y", "lumc", "umcg", PartnershipKind.RESEARCH_PROGRAM));
    assertEquals(List.of("lumc", "umcg"), twoUmcs.reasons(umcPartners.ref()).stream()
        .map(r -> r.source().orElseThrow().key()).toList());
    assertEquals(List.of(), c.classify(twoParty("z", "lumc-parasitology", "lumc-internal-medicine",
        PartnershipKind.RESEARCH_PROGRAM).withParties(Participation.of(OrganizationRef.of("lumc-parasitology"),
            PartyRole.PARTNER), Participation.of(OrganizationRef.of("lumc-internal-medicine"), PartyRole.PARTNER)))
        .lines(), "two departments of LUMC are LUMC itself, not partners of it");
  }

  @Test
  void everyPartyIsAPartnerWhenNoOwnerTakesPart() {
    ActionLine institutes = ActionLine.builder().ref(ActionLineRef.of("institutes"))
        .label(LocalizedText.of("en", "Institutes")).addPartnerType(OrganizationType.RESEARCH_INSTITUTE).build();
    Classification c = ActionLineClassifier.of(withOnlyLine(institutes))
        .classify(landscape().partnership(PartnershipRef.of("regmedxb-inserm-mou")).orElseThrow());
    assertEquals(List.of(institutes.ref()), c.lines());
  }

  @Test
  void lineWithoutDecidingCriteriaIsDecidedByKeywordsIgnoringCaseAndDiacritics() {
    ActionLine words = ActionLine.builder().ref(ActionLineRef.of("words"))
        .label(LocalizedText.of("en", "Words")).addKeywords("gedeeld gebruik", "bundel").build();
    ActionLineClassifier c = ActionLineClassifier.of(withOnlyLine(words));
    Partnership shared = twoParty("kw", "lumc", "umcg", PartnershipKind.COLLABORATION_AGREEMENT)
        .withTitle(LocalizedText.of("nl", "Gedeeld Gebrúik van apparatuur"));
    assertEquals(List.of(words.ref()), c.classify(shared).lines());
    assertEquals("keyword 'gedeeld gebruik' in the text", c.classify(shared).reasons(words.ref()).get(0).text("en"));
    Partnership forces = shared.withTitle(LocalizedText.of("nl", "Krachtenbundeling in Leiden"));
    assertEquals(List.of(), c.classify(forces).lines(), "'bundel' must start a word");
  }

  @Test
  void lineWithoutDecidingCriteriaIsDecidedByPartnershipKind() {
    ActionLine labs = ActionLine.builder().ref(ActionLineRef.of("labs"))
        .label(LocalizedText.of("en", "Labs")).addPartnershipKind(PartnershipKind.JOINT_LAB).build();
    ActionLineClassifier c = ActionLineClassifier.of(withOnlyLine(labs));
    assertEquals(List.of(labs.ref()), c.classify(
        landscape().partnership(PartnershipRef.of("lumc-inserm-joint-lab")).orElseThrow()).lines());
    assertEquals(List.of(), c.classify(landscape().partnership(PartnershipRef.of("lumc-philips")).orElseThrow()).lines());
  }

  @Test
  void companyWithoutRecordedSectorCountsByTypeOnly() {
    List<ClassificationReason> reasons = partnership("lumc-philips").reasons(PUBLIC_PRIVATE);
    assertEquals(List.of(Criterion.PARTNER_TYPE), reasons.stream().map(ClassificationReason::criterion).toList());
  }

  @Test
  void unitCountsWithItsParentsTypes() {
    Landscape l = landscape().withOrganizations(concat(landscape().organizations(), Organization.builder()
        .ref(OrganizationRef.of("ul-lacdr")).addName(Name.of("Leiden Academic Centre for Drug Research", "en",
            NameKind.DISPLAY)).addType(OrganizationType.DEPARTMENT).parent(OrganizationRef.of("leiden-university"))
        .build()));
    Partnership p = twoParty("lumc-lacdr", "lumc", "ul-lacdr", PartnershipKind.RESEARCH_PROGRAM);
    Classification c = ActionLineClassifier.of(l).classify(p);
    assertEquals(List.of(INTER_UNIVERSITY), c.lines());
    assertEquals("party Leiden Academic Centre for Drug Research (unit of Leiden University): type University",
        c.reasons(INTER_UNIVERSITY).get(0).text("en"));
  }

  @Test
  void unitWhoseParentIsMissingHasOnlyItsOwnTypes() {
    Landscape l = landscape().withOrganizations(concat(landscape().organizations(), Organization.builder()
        .ref(OrganizationRef.of("orphan-dept")).addName(Name.of("Orphan department", "en", NameKind.DISPLAY))
        .addType(OrganizationType.DEPARTMENT).parent(OrganizationRef.of("no-such-university")).build()));
    Classification c = ActionLineClassifier.of(l).classify(twoParty("x", "lumc", "orphan-dept",
        PartnershipKind.RESEARCH_PROGRAM));
    assertEquals(List.of(), c.lines());
  }

  @Test
  void reachOutsideTheLineScopesExcludesWithReason() {
    Classification c = partnership("fixture-umcg-ukm");
    assertEquals(1, c.exclusions().size());
    Classification.Exclusion e = c.exclusions().get(0);
    assertEquals(REGIONAL, e.line().ref());
    assertEquals("reach International (parties in DE, NL) is outside the line's scope Regional", e.why().text("en"));
    assertEquals(List.of(Criterion.PARTNER_TYPE, Criterion.PARTNERSHIP_KIND),
        e.signals().stream().map(ClassificationReason::criterion).toList());
  }

  @Test
  void statedReachOutsideTheLineScopesExcludes() {
    Partnership national = landscape().partnership(PartnershipRef.of("fixture-lumc-alrijne-ggd")).orElseThrow()
        .withScope(GeographicScope.NATIONAL);
    Classification c = CLASSIFIER.classify(national);
    assertFalse(c.isUnder(REGIONAL));
    assertTrue(c.exclusions().get(0).why().text("en").contains("National (stated)"), c.explain("en"));
  }

  @Test
  void statedRegionalReachKeepsTheLine() {
    Classification c = partnership("fixture-lumc-alrijne-ggd");
    assertTrue(c.isUnder(REGIONAL));
    assertEquals(List.of(), c.exclusions());
  }

  @Test
  void regionalScopeAloneIsNoSignal() {
    Classification c = partnership("umcg-rug-ut");
    assertFalse(c.isUnder(REGIONAL));
    assertEquals(List.of(), c.exclusions());
  }

  @Test
  void onePartnershipCanFallUnderSeveralLines() {
    Partnership p = Partnership.builder().ref(PartnershipRef.of("all-four"))
        .title(LocalizedText.of("en", "Shared use of a biobank"))
        .kind(PartnershipKind.CARE_COLLABORATION)
        .addParties(Participation.of(OrganizationRef.of("lumc"), PartyRole.LEAD),
            Participation.of(OrganizationRef.of("alrijne"), PartyRole.PARTNER),
            Participation.of(OrganizationRef.of("leiden-university"), PartyRole.PARTNER),
            Participation.of(OrganizationRef.of("janssen"), PartyRole.PARTNER))
        .addInfrastructure(InfrastructureRef.of("lumc-hpc"))
        .build();
    assertEquals(List.of(SMART_CONCENTRATION, REGIONAL, INTER_UNIVERSITY, PUBLIC_PRIVATE), CLASSIFIER.classify(p).lines());
  }

  @Test
  void ignoresRecordedActionLines() {
    Partnership recorded = landscape().partnership(PartnershipRef.of("regmedxb-inserm-mou")).orElseThrow();
    assertEquals(List.of(PUBLIC_PRIVATE), recorded.actionLines());
    assertEquals(List.of(), CLASSIFIER.classify(recorded).lines());
    Partnership agrees = landscape().partnership(PartnershipRef.of("lumc-ul-2021")).orElseThrow();
    assertEquals(agrees.actionLines(), CLASSIFIER.classify(agrees).lines());
  }

  @Test
  void reportsReferencesTheLandscapeLacks() {
    Partnership p = twoParty("ghost", "lumc", "ghost-company", PartnershipKind.COLLABORATION_AGREEMENT)
        .withInfrastructures(InfrastructureRef.of("ghost-lab"));
    Classification c = CLASSIFIER.classify(p);
    assertEquals(List.of(OrganizationRef.of("ghost-company"), InfrastructureRef.of("ghost-lab")), c.unresolved());
    assertEquals(List.of(), c.lines());
  }

  @Test
  void classifiesAllPartnershipsInLandscapeOrderDeterministically() {
    List<Classification> first = CLASSIFIER.classifyPartnerships();
    assertEquals(landscape().partnerships().size(), first.size());
    assertEquals(landscape().partnerships().stream().map(Partnership::ref).toList(),
        first.stream().map(Classification::subject).toList());
    assertEquals(first, ActionLineClassifier.of(landscape(), UmcLandscapeFixture.STRATEGY).classifyPartnerships());
    assertEquals(landscape().infrastructures().size(), CLASSIFIER.classifyInfrastructures().size());
  }

  @Test
  void usesTheStrategysLinesInOrder() {
    assertEquals(List.of(SMART_CONCENTRATION, REGIONAL, INTER_UNIVERSITY, PUBLIC_PRIVATE),
        CLASSIFIER.actionLines().stream().map(a -> a.ref()).toList());
    Map<String, String> dutch = CLASSIFIER.actionLines().stream()
        .collect(Collectors.toMap(a -> a.key(), a -> a.label().text("nl")));
    assertEquals("Regionale samenwerking", dutch.get("regional-collaboration"));
  }

  @Test
  void rejectsUnknownStrategy() {
    UnknownKeyException e = assertThrows(UnknownKeyException.class,
        () -> ActionLineClassifier.of(landscape(), StrategyRef.of("no-such-strategy")));
    assertEquals("action line classifier: strategy 'no-such-strategy': not in the landscape", e.getMessage());
  }

  private static Partnership twoParty(String key, String a, String b, PartnershipKind kind) {
    return Partnership.builder().ref(PartnershipRef.of(key)).title(LocalizedText.of("en", "Test " + key))
        .kind(kind).addParties(Participation.of(OrganizationRef.of(a), PartyRole.PARTNER),
            Participation.of(OrganizationRef.of(b), PartyRole.PARTNER)).build();
  }

  private static Landscape withOnlyLine(ActionLine line) {
    Strategy umc = landscape().strategy(UmcLandscapeFixture.STRATEGY).orElseThrow();
    return landscape().withStrategies(umc.withActionLines(line));
  }

  private static <T> List<T> concat(List<T> list, T extra) {
    List<T> all = new java.util.ArrayList<>(list);
    all.add(extra);
    return all;
  }

}

package io.github.collabkit.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.CollabkitException;
import io.github.collabkit.model.UnknownCodeException;
import io.github.collabkit.model.Identifier;
import io.github.collabkit.model.IdentifierScheme;
import io.github.collabkit.model.Location;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationRelation;
import io.github.collabkit.model.OrganizationStatus;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.RelationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganizationIndexTest {
  /** Dutch umc's, their universities and other look-alikes, with facts from ROR. */
  static final List<Organization> ORGANIZATIONS = new ArrayList<>();

  private static Organization.Builder org(String key, String ror, String country, String city,
      OrganizationType type, Name... names) {
    Organization.Builder b = Organization.builder().ref(OrganizationRef.of(key)).addNames(names)
        .addType(type).location(Location.of(country, city))
        .addIdentifier(Identifier.of(IdentifierScheme.ROR, ror));
    return b;
  }

  private static void add(Organization.Builder b) {
    ORGANIZATIONS.add(b.build());
  }

  /** The key of the organization a resolution answers, or "none". */
  private static String answer(Resolution r) {
    return r.organization().map(o -> o.key()).orElse("none");
  }

  private static Name en(String value) {
    return Name.of(value, "en", NameKind.DISPLAY);
  }

  private static Name nl(String value) {
    return Name.of(value, "nl", NameKind.LABEL);
  }

  private static Name alias(String value) {
    return Name.of(value, "en", NameKind.ALIAS);
  }

  static {
    add(org("lumc", "05xvt9f17", "NL", "Leiden", OrganizationType.UMC,
        en("Leiden University Medical Center"), nl("Leids Universitair Medisch Centrum"),
        Name.acronym("LUMC"))
        .addIdentifier(Identifier.of(IdentifierScheme.ISNI, "0000 0000 8945 2978"))
        .addIdentifier(Identifier.of(IdentifierScheme.WIKIDATA, "Q2406409"))
        .addIdentifier(Identifier.of(IdentifierScheme.WEBSITE, "https://www.lumc.nl/"))
        .addRelation(OrganizationRelation.of(RelationKind.RELATED, OrganizationRef.of("ul"))));
    add(org("ul", "027bh9e22", "NL", "Leiden", OrganizationType.UNIVERSITY,
        en("Leiden University"), nl("Universiteit Leiden")));
    add(org("erasmus-mc", "018906e22", "NL", "Rotterdam", OrganizationType.UMC,
        en("Erasmus MC"), alias("Erasmus University Medical Center"),
        alias("University Medical Center Rotterdam"))
        .addRelation(OrganizationRelation.of(RelationKind.PREDECESSOR, OrganizationRef.of("azr"))));
    add(org("eur", "057w15z03", "NL", "Rotterdam", OrganizationType.UNIVERSITY,
        en("Erasmus University Rotterdam"), nl("Erasmus Universiteit Rotterdam"),
        Name.acronym("EUR")));
    // A unit of Erasmus University Rotterdam (a made-up fixture without identifiers).
    add(Organization.builder().ref(OrganizationRef.of("eur-esl"))
        .addNames(en("Erasmus School of Law")).addType(OrganizationType.UNIVERSITY)
        .location(Location.of("NL", "Rotterdam")).parent(OrganizationRef.of("eur")));
    add(org("azr", "00xtwy257", "NL", "Rotterdam", OrganizationType.HOSPITAL,
        Name.of("Academisch Ziekenhuis Rotterdam", "nl", NameKind.DISPLAY))
        .status(OrganizationStatus.INACTIVE)
        .addRelation(OrganizationRelation.of(RelationKind.SUCCESSOR, OrganizationRef.of("erasmus-mc"))));
    add(org("radboudumc", "05wg1m734", "NL", "Nijmegen", OrganizationType.UMC,
        en("Radboud University Medical Center"), alias("Radboudumc")));
    add(org("ru", "016xsfp80", "NL", "Nijmegen", OrganizationType.UNIVERSITY,
        en("Radboud University Nijmegen"), nl("Radboud Universiteit")));
    add(org("umcu", "0575yy874", "NL", "Utrecht", OrganizationType.UMC,
        en("University Medical Center Utrecht"), alias("UMC Utrecht")));
    add(org("uu", "04pp8hn57", "NL", "Utrecht", OrganizationType.UNIVERSITY,
        en("Utrecht University"), nl("Universiteit Utrecht")));
    add(org("umcg", "03cv38k47", "NL", "Groningen", OrganizationType.UMC,
        en("University Medical Center Groningen"), nl("Universitair Medisch Centrum Groningen"),
        Name.acronym("UMCG")));
    add(org("rug", "012p63287", "NL", "Groningen", OrganizationType.UNIVERSITY,
        en("University of Groningen"), nl("Rijksuniversiteit Groningen"), Name.acronym("RUG")));
    add(org("mumc", "02d9ce178", "NL", "Maastricht", OrganizationType.UMC,
        en("Maastricht University Medical Centre"), alias("Maastricht UMC+")));
    add(org("um", "02jz4aj89", "NL", "Maastricht", OrganizationType.UNIVERSITY,
        en("Maastricht University"), nl("Universiteit Maastricht")));
    add(org("uva", "04dkp9463", "NL", "Amsterdam", OrganizationType.UNIVERSITY,
        en("University of Amsterdam"), nl("Universiteit van Amsterdam"), Name.acronym("UvA")));
    add(org("vu", "008xxew50", "NL", "Amsterdam", OrganizationType.UNIVERSITY,
        en("Vrije Universiteit Amsterdam"), Name.acronym("VU")));
    add(org("philips", "02p2bgp27", "NL", "Eindhoven", OrganizationType.COMPANY,
        en("Philips (Netherlands)")));
    add(org("signify", "0532vdr17", "NL", "Eindhoven", OrganizationType.COMPANY,
        en("Signify (Netherlands)")));
    add(org("janssen-jp", "05eqqvk78", "JP", "Tokyo", OrganizationType.COMPANY,
        en("Janssen Pharmaceutical K.K. (Japan)")));
    add(org("janssen-cn", "05vfc6842", "CN", "Xi'an", OrganizationType.COMPANY,
        en("Xian Janssen Pharmaceutical Ltd. (China)")));
    add(org("muenster", "00pd74e08", "DE", "Münster", OrganizationType.UNIVERSITY,
        en("University of Münster"), Name.of("Westfälische Wilhelms-Universität Münster", "de",
            NameKind.LABEL)));
    // A umc whose location, not the umc itself, is related to a university, as in ROR.
    add(org("aumc", "05grdyy37", "NL", "Amsterdam", OrganizationType.UMC,
        en("Amsterdam University Medical Centers"), alias("Amsterdam UMC")));
    add(org("aumc-amc", "03t4gr691", "NL", "Amsterdam", OrganizationType.UMC,
        en("Amsterdam UMC Location University of Amsterdam"), alias("Amsterdam UMC Location AMC"))
        .parent(OrganizationRef.of("aumc"))
        .addRelation(OrganizationRelation.of(RelationKind.RELATED, OrganizationRef.of("uva"))));
    add(org("nki", "03xqtf034", "NL", "Amsterdam", OrganizationType.RESEARCH_INSTITUTE,
        en("Netherlands Cancer Institute"))
        .addRelation(OrganizationRelation.of(RelationKind.RELATED, OrganizationRef.of("aumc"))));
    add(org("alrijne", "017rd0q69", "NL", "Leiderdorp", OrganizationType.HOSPITAL,
        Name.of("Alrijne Ziekenhuis", "nl", NameKind.DISPLAY)));
  }

  static final OrganizationIndex INDEX = OrganizationIndex.of(ORGANIZATIONS);

  private static String keys(List<Organization> organizations) {
    return organizations.stream().map(o -> o.key()).collect(Collectors.joining(","));
  }

  @Test
  void findsByKey() {
    assertEquals("Leiden University", INDEX.byKey(OrganizationRef.of("ul")).orElseThrow()
        .displayName());
    assertFalse(INDEX.byKey(OrganizationRef.of("nowhere")).isPresent());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "bare ROR id, 05xvt9f17",
      "ROR URL, https://ror.org/05xvt9f17",
      "ROR without scheme, ror.org/05xvt9f17",
      "ROR in capitals, 05XVT9F17",
      "ISNI with spaces, 0000 0000 8945 2978",
      "ISNI without spaces, 0000000089452978",
      "Wikidata, Q2406409",
      "Wikidata lower case, q2406409",
      "Wikidata URL, https://www.wikidata.org/wiki/Q2406409",
      "website as stored, https://www.lumc.nl/",
      "website without trailing slash, https://www.lumc.nl",
      "website over http, http://www.lumc.nl",
      "website without scheme, www.lumc.nl",
      "website without www, lumc.nl",
      "website in capitals, HTTPS://WWW.LUMC.NL"})
  void findsByIdentifierInAnyWrittenForm(String form, String text) {
    assertEquals("lumc", INDEX.byIdentifier(text).orElseThrow().key(), form);
  }

  @Test
  void findsByCanonicalIdentifier() {
    assertEquals("lumc", INDEX.byIdentifier(Identifier.of(IdentifierScheme.ISNI, "0000 0000 8945 2978"))
        .orElseThrow().key());
    assertEquals("lumc", INDEX.byIdentifier(Identifier.of(IdentifierScheme.WEBSITE, "http://lumc.nl"))
        .orElseThrow().key());
    assertFalse(INDEX.byIdentifier(Identifier.of(IdentifierScheme.WIKIDATA, "Q1")).isPresent());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "ROR URL, https://ror.org/05xvt9f17",
      "Wikidata id, ' Q2406409 '",
      "website, www.lumc.nl"})
  void resolvesATextThatIsAnIdentifier(String form, String text) {
    Resolution r = INDEX.resolve(text);
    assertEquals("lumc", r.organization().orElseThrow().key(), form);
    assertEquals("the text is an identifier of the organization", r.reason());
    assertEquals(text.strip(), r.best().orElseThrow().matchedText());
  }

  @Test
  void resolvesAnUnknownIdentifierAsText() {
    Resolution r = INDEX.resolve("https://ror.org/027bh9e23");
    assertFalse(r.isResolved());
    assertTrue(!r.reason().equals("the text is an identifier of the organization"), r.explanation());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "unknown ROR id, 027bh9e23",
      "checksum fails, 05xvt9f18",
      "not an identifier, LUMC",
      "another website, https://www.lumc.com",
      "a page of the website, https://www.lumc.nl/onderzoek",
      "KvK number not indexed, 27366422",
      "blank, ' '"})
  void findsNothingForAnIdentifierNotIndexed(String form, String text) {
    assertFalse(INDEX.byIdentifier(text).isPresent(), form);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "compound written apart, Radboud umc, radboudumc",
      "compound, RADBOUDUMC, radboudumc",
      "synonym for MC, Erasmus Medical Center, erasmus-mc",
      "umc, UMC Utrecht, umcu",
      "Dutch expansion, Universitair Medisch Centrum Utrecht, umcu",
      "English expansion, University Medical Centre Utrecht, umcu",
      "diacritics, University of Munster, muenster",
      "punctuation and case, leids universitair-medisch centrum, lumc",
      "acronym, lumc, lumc"})
  void findsByNameInsensitiveToCaseDiacriticsPunctuationSpacingAndSynonyms(String form,
      String text, String expected) {
    assertEquals(expected, keys(INDEX.byName(text)), form);
  }

  @Test
  void readsAFieldsNounAndAdjectiveAsOneWord() {
    OrganizationIndex index = OrganizationIndex.of(List.of(
        invented("hzau", "CN", "Wuhan", OrganizationType.UNIVERSITY,
            en("Huazhong Agricultural University")).build(),
        invented("hust", "CN", "Wuhan", OrganizationType.UNIVERSITY,
            en("Huazhong University of Science and Technology")).build()));
    assertEquals("hzau", keys(index.byName("Huazhong Agriculture University")));
    assertAnswers(index, "a college of it", "College of Fisheries, Huazhong Agriculture"
        + " University", "hzau");
  }

  @Test
  void findsNoOrganizationByACityOrAPartOfAName() {
    assertEquals(List.of(), INDEX.byName("Leiden"));
    assertEquals(List.of(), INDEX.byName("Erasmus"));
  }

  @Test
  void completesPrefixesNameStartsFirst() {
    List<Completion> leiden = INDEX.complete("leid", 5);
    assertEquals(java.util.Set.of("lumc", "ul"), leiden.subList(0, 2).stream()
        .map(c -> c.organization().key()).collect(Collectors.toSet()));
    List<Completion> words = INDEX.complete("medical cent", 10);
    assertTrue(words.stream().anyMatch(c -> c.organization().key().equals("umcg")));
    assertEquals(2, INDEX.complete("u", 2).size());
    assertEquals(List.of(), INDEX.complete("zzz", 5));
  }

  @Test
  void completesADutchNameWithDiacriticsAndOneSuggestionPerOrganization() {
    List<Completion> result = INDEX.complete("Universitair Medisch", 10);
    assertEquals("umcg,lumc", keys(result.stream().map(Completion::organization).toList()));
    assertEquals("Universitair Medisch Centrum Groningen", result.get(0).name().value());
    assertEquals("muenster", keys(INDEX.complete("westfalische", 3).stream()
        .map(Completion::organization).toList()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "department, Dutch name, city, country | Dept. of Parasitology, Leids Universitair Medisch Centrum, Leiden, the Netherlands | lumc",
      "British spelling | Leiden University Medical Centre | lumc",
      "acronym | UMCG | umcg",
      "typo | Erasmsu MC | erasmus-mc",
      "compound written apart | Radboud umc, Nijmegen | radboudumc",
      "postcode | Geert Grooteplein 10, 6525 GA Nijmegen, Radboud University Medical Center | radboudumc",
      "university beside its umc | Faculty of Law, Leiden University, Leiden, Netherlands | ul",
      "a unit without its parent | Erasmus School of Law, Rotterdam, the Netherlands | eur-esl",
      "university, Dutch | Universiteit Utrecht | uu",
      "umc, not its university | Dept. of Cardiology, University Medical Center Utrecht | umcu",
      "umc spelled out in Dutch | Afdeling Cardiologie, Universitair Medisch Centrum Groningen | umcg",
      "university of Rotterdam, not its umc | Erasmus School of Economics, Erasmus University Rotterdam | eur",
      "predecessor by its own name | Academisch Ziekenhuis Rotterdam | azr",
      "umc, not its predecessor | Erasmus University Medical Center, Rotterdam | erasmus-mc",
      "foreign subsidiary with its country | Janssen Pharmaceutical K.K., Tokyo, Japan | janssen-jp",
      "ziekenhuis | Alrijne Ziekenhuis, Leiderdorp | alrijne",
      "German name without umlaut | Westfaelische Wilhelms-Universitaet Muenster | muenster",
      "a unit without its parent, Dutch | Erasmus School of Law, Rotterdam | eur-esl"})
  void resolvesFreeText(String kase, String text, String expected) {
    Resolution r = INDEX.resolve(text);
    assertEquals(expected, answer(r),
        () -> kase + "\n" + r.explanation());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a department only | Department of Parasitology",
      "a city only | Leiden, the Netherlands",
      "ambiguous company name | Janssen",
      "two unrelated organizations named | University Medical Center Utrecht, Maastricht University",
      "a unit and its parent, no university | Amsterdam UMC Location AMC, Amsterdam University Medical Centers",
      "a university and its unit after it | Erasmus University Rotterdam, Erasmus School of Law",
      "subsidiary in another country than the text names | Janssen Pharmaceutical, Beerse, Belgium",
      "no organization | Acknowledgments: we thank the reviewers for their comments",
      "blank | ' '"})
  void resolvesToNoneWhenUnsure(String kase, String text) {
    Resolution r = INDEX.resolve(text);
    assertFalse(r.isResolved(), () -> kase + "\n" + r.explanation());
    assertFalse(r.organization().isPresent());
  }

  @Test
  void explainsWhichPartOfTheTextMatchedWhichName() {
    String text = "Dept. of Parasitology, Leids Universitair Medisch Centrum, Leiden, the Netherlands";
    Resolution r = INDEX.resolve(text);
    Candidate best = r.best().orElseThrow();
    assertEquals("Leids Universitair Medisch Centrum", best.matchedText());
    assertEquals(text.indexOf("Leids"), best.start());
    assertEquals(NameKind.LABEL, best.name().kind());
    assertTrue(best.evidence().contains(new Evidence(Evidence.Kind.CITY_NAMED, "Leiden", "Leiden",
        0.05)), best.evidence().toString());
    assertTrue(best.evidence().stream().anyMatch(e -> e.describe().equals("country NL named")),
        best.evidence().toString());
    assertTrue(r.runnerUp().isPresent());
    assertTrue(r.explanation().contains("Leids Universitair Medisch Centrum"), r.explanation());
    assertTrue(r.score() >= OrganizationIndex.ACCEPT);
  }

  @Test
  void penalizesAnOrganizationInAnotherCountryThanTheTextNames() {
    Resolution r = INDEX.resolve("Janssen Pharmaceutical K.K., Beerse, Belgium");
    Candidate top = r.top().orElseThrow();
    assertTrue(top.evidence().stream().anyMatch(e -> e.kind() == Evidence.Kind.COUNTRY_CONTRADICTS
        && e.found().equals("BE") && e.expected().equals("JP") && e.effect() < 0), r.explanation());
    assertTrue(r.explanation().contains("text names country BE, organization is in JP"),
        r.explanation());
    assertFalse(r.isResolved());
  }

  @Test
  void rejectsTwoOrganizationsWithOneKey() {
    List<Organization> twice = List.of(ORGANIZATIONS.get(0), ORGANIZATIONS.get(0));
    CollabkitException e = assertThrows(CollabkitException.class, () -> OrganizationIndex.of(twice));
    assertTrue(e.getMessage().contains("'lumc'"), e.getMessage());
  }

  @Test
  void indexesNothingAndResolvesNothingWhenEmpty() {
    OrganizationIndex empty = OrganizationIndex.of(List.of());
    assertEquals(0, empty.size());
    assertFalse(empty.resolve("Leiden University").isResolved());
    assertEquals(List.of(), empty.complete("lei", 3));
  }

  @Test
  void resolveAllNamesEveryOrganizationInTextOrderWithSpans() {
    String text = "Erasmus School of Law, Erasmus MC, Erasmus University Rotterdam, Rotterdam, the Netherlands";
    List<Candidate> named = INDEX.resolveAll(text);
    assertEquals("eur-esl,erasmus-mc,eur", keys(named.stream().map(Candidate::organization).toList()),
        named.toString());
    assertEquals(text.indexOf("Erasmus MC"), named.get(1).start());
    assertEquals("Erasmus MC", named.get(1).matchedText());
    assertTrue(named.get(0).evidence().stream().anyMatch(e -> e.kind() == Evidence.Kind.PARENT_NAMED),
        named.get(0).toString());
    assertTrue(named.get(2).evidence().stream().anyMatch(e -> e.kind() == Evidence.Kind.UNIT_NAMED),
        named.get(2).toString());
  }

  @Test
  void resolveAllNamesNothingInATextWithoutOrganizations() {
    assertEquals(List.of(), INDEX.resolveAll("Department of Parasitology"));
    assertEquals(List.of(), INDEX.resolveAll(null));
  }

  /** A unit named before its parent: a university (answered by default) or a umc (refused). */
  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', value = {
      "Erasmus School of Law, Erasmus University Rotterdam, Rotterdam | one-organization | RESOLVED | eur | eur-esl,eur",
      "Erasmus School of Law, Erasmus University Rotterdam, Rotterdam | most-specific | RESOLVED | eur-esl | eur-esl,eur",
      "Erasmus School of Law, Erasmus University Rotterdam, Rotterdam | broadest-named | RESOLVED | eur | eur-esl,eur",
      "Erasmus School of Law, Erasmus University Rotterdam, Rotterdam | top-level | RESOLVED | eur | eur-esl,eur",
      "Amsterdam UMC Location AMC, Amsterdam University Medical Centers | one-organization | SEVERAL_NAMED | none | aumc-amc,aumc",
      "Amsterdam UMC Location AMC, Amsterdam University Medical Centers | most-specific | RESOLVED | aumc-amc | aumc-amc,aumc",
      "Amsterdam UMC Location AMC, Amsterdam University Medical Centers | broadest-named | RESOLVED | aumc | aumc-amc,aumc",
      "Amsterdam UMC Location AMC, Amsterdam University Medical Centers | top-level | RESOLVED | aumc | aumc-amc,aumc"})
  void levelRuleDecidesAUnitNamedBeforeItsParent(String text, String level,
      Resolution.Status status, String expected, String named) {
    Resolution r = INDEX.resolve(text, Level.fromCode(level));
    assertEquals(status, r.status(), r.explanation());
    assertEquals(expected, answer(r), r.explanation());
    assertEquals(named, keys(r.named().stream().map(Candidate::organization).toList()));
    if (level.equals("one-organization") && r.isResolved()) {
      assertTrue(r.best().orElseThrow().evidence().stream()
          .anyMatch(e -> e.kind() == Evidence.Kind.INSTITUTION_LAST), r.explanation());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "one-organization | ul",
      "most-specific | lumc",
      "broadest-named | ul",
      "top-level | lumc"})
  void levelRuleReadsAUmcAndItsRelatedUniversityAsOneAffiliation(String level, String expected) {
    Resolution r = INDEX.resolve("Department of Parasitology, LUMC, Leiden University, Leiden",
        Level.fromCode(level));
    assertEquals(Resolution.Status.RESOLVED, r.status(), r.explanation());
    assertEquals(expected, r.organization().orElseThrow().key(), r.explanation());
    assertEquals("lumc,ul", keys(r.named().stream().map(Candidate::organization).toList()));
    assertTrue(r.named().get(0).evidence().contains(
        new Evidence(Evidence.Kind.RELATED_NAMED, "Leiden University", "", 0)), r.explanation());
  }

  @Test
  void relatesAUmcToTheUniversityItsLocationIsRelatedTo() {
    Resolution r = INDEX.resolve("Department of Cardiology, Amsterdam UMC, University of Amsterdam");
    assertEquals("uva", answer(r), r.explanation());
    assertTrue(r.explanation().contains("related organization Amsterdam University Medical Centers"
        + " is named too"), r.explanation());
  }

  @Test
  void answersNoneForRelatedOrganizationsWithoutOneUniversityAmongThem() {
    Resolution r = INDEX.resolve("Amsterdam UMC, Netherlands Cancer Institute, Amsterdam");
    assertEquals(Resolution.Status.SEVERAL_NAMED, r.status(), r.explanation());
    assertTrue(r.reason().startsWith("2 related organizations named"), r.reason());
    assertEquals("aumc", INDEX.resolve("Amsterdam UMC, Netherlands Cancer Institute, Amsterdam",
        Level.MOST_SPECIFIC).organization().orElseThrow().key());
    Resolution unrelated = INDEX.resolve("Leiden University, Netherlands Cancer Institute");
    assertEquals(Resolution.Status.SEVERAL_NAMED, unrelated.status(), unrelated.explanation());
    assertTrue(unrelated.reason().startsWith("2 unrelated organizations named"), unrelated.reason());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "one-organization | RESOLVED | uva",
      "broadest-named | RESOLVED | uva",
      "most-specific | SEVERAL_NAMED | none",
      "top-level | SEVERAL_NAMED | none"})
  void readsUnlinkedOrganizationsEndingWithTheOnlyUniversityAsItsAffiliation(String level,
      Resolution.Status status, String expected) {
    Resolution r = INDEX.resolve("Department of Pathology, Netherlands Cancer Institute,"
        + " University of Amsterdam", Level.fromCode(level));
    assertEquals(status, r.status(), r.explanation());
    assertEquals(expected, answer(r), r.explanation());
    if (status == Resolution.Status.RESOLVED) {
      assertTrue(r.explanation().contains("a university named last, after its units or"
          + " organizations not linked to it"), r.explanation());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "university first | University of Amsterdam, Netherlands Cancer Institute",
      "two universities | Netherlands Cancer Institute, Leiden University, University of Amsterdam",
      "a hospital in another city | Alrijne Ziekenhuis, Leiden University",
      "a umc in another city | University Medical Center Utrecht, Maastricht University",
      "a semicolon between | Netherlands Cancer Institute; University of Amsterdam"})
  void keepsSeveralAffiliationsApartWhenTheLastUniversityRuleDoesNotHold(String kase,
      String text) {
    Resolution r = INDEX.resolve(text);
    assertEquals(Resolution.Status.SEVERAL_NAMED, r.status(), () -> kase + "\n" + r.explanation());
  }

  /** A university, two of its units (one a school, typed as a university too) and another one. */
  private static final OrganizationIndex UNITS = OrganizationIndex.of(List.of(
      invented("ucalgary", "CA", "Calgary", OrganizationType.UNIVERSITY,
          en("University of Calgary")).build(),
      invented("hbi", "CA", "Calgary", OrganizationType.RESEARCH_INSTITUTE,
          en("Hotchkiss Brain Institute")).parent(OrganizationRef.of("ucalgary")).build(),
      invented("csm", "CA", "Calgary", OrganizationType.UNIVERSITY,
          en("Cumming School of Medicine")).parent(OrganizationRef.of("ucalgary")).build(),
      invented("ualberta", "CA", "Edmonton", OrganizationType.UNIVERSITY,
          en("University of Alberta")).build()));

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a unit, then its university | Hotchkiss Brain Institute, University of Calgary | ucalgary",
      "two units, then their university"
          + " | Hotchkiss Brain Institute, Cumming School of Medicine, University of Calgary | ucalgary",
      "a unit typed as a university, then its university"
          + " | Department of Surgery, Cumming School of Medicine, University of Calgary | ucalgary",
      "the university, then its unit | University of Calgary, Hotchkiss Brain Institute | none",
      "a unit typed as a university, then another university"
          + " | Cumming School of Medicine, University of Alberta | none",
      "a unit, its university, then another university"
          + " | Hotchkiss Brain Institute, University of Calgary, University of Alberta | none"})
  void answersTheUniversityNamedLastAfterItsUnits(String kase, String text, String expected) {
    Resolution r = UNITS.resolve(text);
    assertEquals(expected, answer(r), () -> kase + "\n" + r.explanation());
    if (expected.equals("none")) {
      assertEquals(Resolution.Status.SEVERAL_NAMED, r.status(), () -> kase + "\n" + r.explanation());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a department before, in the same part | Department of Pathology University of Amsterdam | uva",
      "a school after, in the same part | Utrecht University Graduate School of Life Sciences | uu",
      "a centre linked by 'of' | Clinical Research Centre of Leiden University | ul",
      "a centre linked by 'at' | Center for Tropical Medicine at Leiden University | ul",
      "a named school of a field | Department of Physiology, Hollis School of Medicine Utrecht"
          + " University | uu",
      "a medical center after | Department of Surgery, Utrecht University Hollis Medical Center | uu",
      "a longer name of another organization | Department of Surgery, Leiden University Medical"
          + " Centre | lumc"})
  void readsAUniversityWrittenWholeBesideOneOfItsPartsInOnePartOfTheText(String kase, String text,
      String expected) {
    Resolution r = INDEX.resolve(text);
    assertEquals(expected, answer(r),
        () -> kase + "\n" + r.explanation());
  }

  @Test
  void countsWordsBesideAUniversitysNameAgainstItWhenTheyNameNoPartOfIt() {
    double part = INDEX.resolve("Clinical Research Centre of Leiden University").top()
        .orElseThrow().score();
    Resolution words = INDEX.resolve("Clinical Research Leiden University");
    assertTrue(words.top().orElseThrow().score() < part - 0.05, words.explanation());
    Resolution notAUniversity = INDEX.resolve("Clinical Research Centre of Netherlands Cancer"
        + " Institute");
    assertTrue(notAUniversity.top().orElseThrow().score() < part - 0.05,
        notAUniversity.explanation());
  }

  @Test
  void readsAnAcronymInBracketsAfterTheWordsItAbbreviatesAsTheirsNotAnotherOrganizations() {
    Resolution other = INDEX.resolve("Leiden Unit for Medical Chemistry (LUMC), Leiden");
    assertFalse(other.isResolved(), other.explanation());
    assertEquals("lumc", INDEX.resolve("LUMC, Leiden").organization().orElseThrow().key());
    assertEquals("lumc", INDEX.resolve("Leiden University Medical Center (LUMC), Leiden")
        .organization().orElseThrow().key());
  }

  @Test
  void readsANameWhoseCityIsWrittenAsThePlaceAfterIt() {
    Resolution r = INDEX.resolve("Radboud University, Nijmegen");
    assertEquals("ru", answer(r), r.explanation());
    assertEquals("Radboud University, Nijmegen", r.best().orElseThrow().matchedText());
  }

  @Test
  void readsANameRunTogetherWithTheWordBeforeItAtACaseChange() {
    Resolution r = INDEX.resolve("Leiden UniversityLeiden, the Netherlands");
    assertEquals("ul", answer(r), r.explanation());
    assertEquals("Leiden University", r.best().orElseThrow().matchedText());
  }

  @Test
  void levelTopLevelAnswersTheOrganizationAUnitBelongsTo() {
    String text = "Erasmus School of Law, Rotterdam, the Netherlands";
    assertEquals("eur-esl", INDEX.resolve(text, Level.MOST_SPECIFIC).organization().orElseThrow()
        .key());
    Resolution top = INDEX.resolve(text, Level.TOP_LEVEL);
    assertEquals("eur", top.organization().orElseThrow().key(), top.explanation());
    assertEquals("Erasmus School of Law", top.best().orElseThrow().matchedText());
    assertTrue(top.best().orElseThrow().evidence().stream()
        .anyMatch(e -> e.kind() == Evidence.Kind.BELONGS_TO), top.explanation());
    assertEquals("eur-esl", top.named().get(0).organization().key());
    assertEquals("lumc", INDEX.resolve("LUMC, Leiden", Level.TOP_LEVEL).organization()
        .orElseThrow().key());
  }

  @Test
  void levelCodesRoundTripAndUnknownCodesAreRefusedWithTheAllowedOnes() {
    for (Level l : Level.values()) {
      assertEquals(l, Level.fromCode(l.code()));
    }
    UnknownCodeException e = assertThrows(UnknownCodeException.class,
        () -> Level.fromCode("unit"));
    assertTrue(e.getMessage().contains("one-organization, most-specific, broadest-named, top-level"),
        e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "blank | ' ' | EMPTY",
      "nothing like a name | Acknowledgments: we thank the reviewers | NO_CANDIDATE",
      "a near name, not close enough | Groningen University Hospital | BELOW_THRESHOLD",
      "resolved | UMC Utrecht | RESOLVED",
      "identifier | https://ror.org/05xvt9f17 | RESOLVED",
      "two unrelated organizations | University Medical Center Utrecht, Maastricht University | SEVERAL_NAMED"})
  void statusSaysWhyATextWasOrWasNotResolved(String kase, String text, Resolution.Status status) {
    Resolution r = INDEX.resolve(text);
    assertEquals(status, r.status(), () -> kase + "\n" + r.explanation());
    assertEquals(status == Resolution.Status.RESOLVED, r.organization().isPresent());
    assertTrue(r.explanation().startsWith(status == Resolution.Status.RESOLVED ? "resolved: "
        : "not resolved (" + status.code() + "): "), r.explanation());
  }

  @Test
  void cutsATextLongerThanTheCapAndSaysSo() {
    String text = "Leiden University Medical Center, " + "x".repeat(OrganizationIndex.MAX_TEXT);
    Resolution r = INDEX.resolve(text);
    assertTrue(r.isTextCut());
    assertEquals(text, r.text());
    assertEquals("lumc", r.organization().orElseThrow().key(), r.explanation());
    assertTrue(r.reason().endsWith("text cut after " + OrganizationIndex.MAX_TEXT + " characters"),
        r.reason());
    assertFalse(INDEX.resolve("Leiden University Medical Center").isTextCut());
  }

  @Test
  void resolvesABatchInParallelExactlyAsOneByOneReportingProgress() {
    List<String> texts = new ArrayList<>();
    String[] kinds = {"Dept. of Parasitology, LUMC, Leiden", "Erasmsu MC", "Janssen", " ",
        "Erasmus School of Law, Erasmus University Rotterdam", "https://ror.org/05xvt9f17",
        "Universiteit Utrecht", "nothing at all"};
    for (int i = 0; i < 2000; i++) {
      texts.add(kinds[i % kinds.length] + (i % 3 == 0 ? "" : ", the Netherlands"));
    }
    List<long[]> calls = new ArrayList<>();
    List<Resolution> batch = INDEX.resolveEach(texts, Level.MOST_SPECIFIC,
        (done, total) -> calls.add(new long[] {done, total}));
    List<Resolution> streamed = INDEX.resolveEach(texts.stream(), Level.TOP_LEVEL,
        ProgressListener.NONE).toList();
    assertEquals(texts.size(), batch.size());
    assertEquals(texts.size(), streamed.size());
    for (int i = 0; i < texts.size(); i++) {
      assertEquals(INDEX.resolve(texts.get(i), Level.MOST_SPECIFIC).explanation(),
          batch.get(i).explanation(), texts.get(i));
      assertEquals(INDEX.resolve(texts.get(i), Level.TOP_LEVEL).explanation(),
          streamed.get(i).explanation(), texts.get(i));
    }
    long last = 0;
    for (long[] c : calls) {
      assertTrue(c[0] > last, "progress went back");
      assertEquals(texts.size(), c[1]);
      last = c[0];
    }
    assertEquals(texts.size(), last);
  }

  @Test
  void readsOnlyTheStartOfAMegabyteTextOfOneLetter() {
    Resolution r = INDEX.resolve("a".repeat(1_000_000));
    assertTrue(r.isTextCut());
    assertEquals(Resolution.Status.NO_CANDIDATE, r.status(), r.explanation());
    Resolution named = INDEX.resolve("UMC Utrecht, " + "Leiden ".repeat(200_000));
    assertTrue(named.isTextCut());
    assertEquals("umcu", named.organization().orElseThrow().key(), named.explanation());
  }

  @Test
  void indexesAVeryLongNameAndCompletesPrefixesLongerThanTheSortKey() {
    String longName = "Institute " + "of Research ".repeat(10_000);
    List<Organization> orgs = new ArrayList<>(ORGANIZATIONS);
    orgs.add(Organization.builder().ref(OrganizationRef.of("long")).addNames(en(longName))
        .addType(OrganizationType.RESEARCH_INSTITUTE).build());
    orgs.add(Organization.builder().ref(OrganizationRef.of("long-a"))
        .addNames(en("Institute " + "of Research ".repeat(8) + "Alpha"))
        .addType(OrganizationType.RESEARCH_INSTITUTE).build());
    orgs.add(Organization.builder().ref(OrganizationRef.of("long-b"))
        .addNames(en("Institute " + "of Research ".repeat(8) + "Beta"))
        .addType(OrganizationType.RESEARCH_INSTITUTE).build());
    orgs.add(Organization.builder().ref(OrganizationRef.of("word"))
        .addNames(en("Lab " + "x".repeat(100_000))).addType(OrganizationType.RESEARCH_INSTITUTE)
        .build());
    OrganizationIndex index = OrganizationIndex.of(orgs);
    assertEquals("long", keys(index.byName(longName)));
    String prefix = "institute " + "of research ".repeat(8);
    assertEquals("long-b", keys(index.complete(prefix + "b", 5).stream()
        .map(Completion::organization).toList()));
    assertEquals("long-a", keys(index.complete(prefix + "alp", 5).stream()
        .map(Completion::organization).toList()));
    assertEquals("word", keys(index.byName("Lab " + "x".repeat(100_000))));
  }

  /** Two organizations with one acronym, in two countries, and one with an acronym of its own. */
  private static final OrganizationIndex ACRONYMS = OrganizationIndex.of(List.of(
      org("nin-nl", "05csn2x06", "NL", "Amsterdam", OrganizationType.RESEARCH_INSTITUTE,
          en("Netherlands Institute for Neuroscience"), Name.acronym("NIN")).build(),
      org("nin-in", "04970qw83", "IN", "Hyderabad", OrganizationType.RESEARCH_INSTITUTE,
          en("National Institute of Nutrition"), Name.acronym("NIN")).build(),
      org("lumc", "05xvt9f17", "NL", "Leiden", OrganizationType.UMC,
          en("Leiden University Medical Center"), Name.acronym("LUMC")).build(),
      Organization.builder().ref(OrganizationRef.of("lumc-parasitology"))
          .addNames(en("LUMC Department of Parasitology")).addType(OrganizationType.DEPARTMENT)
          .location(Location.of("NL", "Leiden")).parent(OrganizationRef.of("lumc")).build()));

  @Test
  void anAbbreviationWrittenWithoutBracketsRightAfterANameCountsWithTheName() {
    double plain = ACRONYMS.resolve("Leiden University Medical Center Transplant Center").top()
        .orElseThrow().score();
    Resolution abbreviated = ACRONYMS.resolve("Leiden University Medical Center LUMC Transplant"
        + " Center");
    assertEquals("lumc", answer(abbreviated), abbreviated::explanation);
    assertTrue(abbreviated.top().orElseThrow().score() >= plain, abbreviated::explanation);
    Resolution other = ACRONYMS.resolve("Leiden University Medical Center NIN Transplant Center");
    assertTrue(other.top().orElseThrow().score() < plain, other::explanation);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "acronym of two organizations, alone | NIN | UNSUPPORTED | none",
      "acronym of two organizations, with the city of one | NIN, Amsterdam, The Netherlands | RESOLVED | nin-nl",
      "acronym of two organizations, with the country of the other | NIN, Hyderabad, India | RESOLVED | nin-in",
      "acronym of two organizations, its city right after it | NIN Amsterdam | RESOLVED | nin-nl",
      "acronym of two organizations, its city right before it | Hyderabad NIN | RESOLVED | nin-in",
      "acronym of two organizations, a city a word away | NIN Lab Amsterdam | UNSUPPORTED | none",
      "acronym of one organization, alone | LUMC | RESOLVED | lumc",
      "acronym of one organization, another country named | LUMC, Tokyo, Japan | BELOW_THRESHOLD | none"})
  void acceptsAnAcronymOnlyWithSupport(String kase, String text, Resolution.Status status,
      String expected) {
    Resolution r = ACRONYMS.resolve(text);
    assertEquals(status, r.status(), () -> kase + "\n" + r.explanation());
    assertEquals(expected, answer(r),
        () -> kase + "\n" + r.explanation());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a department before its organization | Dept. of Parasitology, LUMC | RESOLVED | lumc-parasitology",
      "the same with the city | Department of Parasitology, LUMC, Leiden | RESOLVED | lumc-parasitology",
      "two parts, no unit word first, no location | Parasitology, LUMC Department | UNSUPPORTED | none",
      "a name written whole, a comma in it | Leiden University, Medical Center | RESOLVED | lumc",
      "a name written whole, words after it in its last part"
          + " | Leiden University, Medical Center Surgery | UNSUPPORTED | none"})
  void acceptsAMatchOverTwoPartsWhenTheFirstNamesAUnitOrTheCityIsNamed(String kase, String text,
      Resolution.Status status, String expected) {
    Resolution r = ACRONYMS.resolve(text);
    assertEquals(status, r.status(), () -> kase + "\n" + r.explanation());
    assertEquals(expected, answer(r),
        () -> kase + "\n" + r.explanation());
  }

  /**
   * How affiliations are written: short words and place names in the first part, names whose
   * every word also occurs in some city's name, "TU" before a name, rivals told apart by city,
   * a name matched across words it does not hold. Facts from ROR, cities as ROR has them.
   */
  private static final OrganizationIndex WRITTEN = OrganizationIndex.of(List.of(
      org("tud", "02e2c7k09", "NL", "Delft", OrganizationType.UNIVERSITY,
          en("Delft University of Technology"), alias("TU Delft")).build(),
      org("tue", "02c2kyt77", "NL", "Eindhoven", OrganizationType.UNIVERSITY,
          en("Eindhoven University of Technology"), Name.acronym("TU/e")).build(),
      org("tu-np", "02rg1r889", "NP", "Kathmandu", OrganizationType.UNIVERSITY,
          en("Tribhuvan University"), Name.acronym("TU")).build(),
      org("bc", "02n2fzt79", "US", "Boston", OrganizationType.UNIVERSITY,
          en("Boston College")).build(),
      org("psu", "04p491231", "US", "University Park", OrganizationType.UNIVERSITY,
          en("Pennsylvania State University")).build(),
      org("tamu", "01f5ytq51", "US", "College Station", OrganizationType.UNIVERSITY,
          en("Texas A&M University")).build(),
      org("stanford", "00f54p054", "US", "Stanford", OrganizationType.UNIVERSITY,
          en("Stanford University")).build(),
      org("stanford-medicine", "03mtd9a03", "US", "Stanford", OrganizationType.UMC,
          en("Stanford Medicine")).build(),
      org("icr-ams", "05c9qnd49", "NL", "Amsterdam", OrganizationType.RESEARCH_INSTITUTE,
          en("Institute for Cardiovascular Research")).build(),
      org("icr-maa", "02jz4aj89", "NL", "Maastricht", OrganizationType.RESEARCH_INSTITUTE,
          en("Institute for Cardiovascular Research")).build(),
      org("muw", "05n3x4p02", "AT", "Vienna", OrganizationType.UNIVERSITY,
          en("Medical University of Vienna")).build(),
      org("ncl", "01kj2bm70", "GB", "Newcastle upon Tyne", OrganizationType.UNIVERSITY,
          en("Newcastle University")).build(),
      org("uon", "00eae9z71", "AU", "Newcastle", OrganizationType.UNIVERSITY,
          en("University of Newcastle Australia"), alias("Newcastle University")).build()));

  private static final OrganizationIndex ONE_NAME = OrganizationIndex.of(List.of(
      org("embl", "03mstc592", "DE", "Heidelberg", OrganizationType.RESEARCH_INSTITUTE,
          en("European Molecular Biology Laboratory")).build(),
      org("embl-hh", "050589e39", "DE", "Hamburg", OrganizationType.RESEARCH_INSTITUTE,
          en("European Molecular Biology Laboratory")).parent(OrganizationRef.of("embl")).build(),
      org("alliance", "04xsxqp89", "IT", "Rome", OrganizationType.RESEARCH_INSTITUTE,
          en("Alliance Bioversity International - CIAT"), alias("Bioversity International"))
          .build(),
      org("bioversity", "01a15g348", "IT", "Rome", OrganizationType.RESEARCH_INSTITUTE,
          en("Bioversity International")).parent(OrganizationRef.of("alliance")).build(),
      // Keyed so that the label's organization comes first among equal scores.
      org("andes-cl", "02h1b1x27", "CL", "Santiago", OrganizationType.UNIVERSITY,
          en("University of the Andes"), Name.of("Universidad de Los Andes", "es", NameKind.LABEL))
          .build(),
      org("andes-co", "02mhbdp94", "CO", "Bogotá", OrganizationType.UNIVERSITY,
          Name.of("Universidad de Los Andes", "es", NameKind.DISPLAY)).build()));

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "the name of an organization and of its unit | European Molecular Biology Laboratory | embl",
      "the unit's city named | European Molecular Biology Laboratory, Hamburg | embl-hh",
      "a unit's display name, its parent's alias | Bioversity International | bioversity",
      "one's display name, another's label, equal scores | Universidad de los Andes | andes-co"})
  void readsWordsSeveralOrganizationsShareAsTheOneTheyNamePlainest(String kase, String text,
      String expected) {
    Resolution r = ONE_NAME.resolve(text);
    assertEquals(expected, answer(r),
        () -> kase + "\n" + r.explanation());
  }

  @Test
  void aDisplayNameWrittenExactlyWinsByAnyLeadOverTheSameWordsAsAnotherOrganizationsAlias() {
    Resolution r = WRITTEN.resolve("Newcastle University");
    assertEquals("ncl", answer(r), r.explanation());
    Candidate alias = r.runnerUp().orElseThrow();
    assertEquals("uon", alias.organization().key());
    assertTrue(r.best().orElseThrow().score() - alias.score() < ResolutionPolicy.MARGIN,
        r.explanation());
    Resolution both = WRITTEN.resolve("Institute for Cardiovascular Research");
    assertEquals(Resolution.Status.AMBIGUOUS, both.status(), both.explanation());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "short word and city, alone | TU Delft | tud",
      "short word and city, with city and country | TU Delft, Delft, The Netherlands | tud",
      "TU before a name is Technische Universiteit | TU Eindhoven, The Netherlands | tue",
      "Dutch words for University of Technology | Technische Universiteit Eindhoven | tue",
      "TU alone is an acronym, supported by its city | TU, Kathmandu, Nepal | tu-np",
      "every word also in some city's name | Boston College | bc",
      "city decides between namesakes | Institute for Cardiovascular Research, Maastricht, The Netherlands | icr-maa"})
  void resolvesAffiliationsAsTheyAreWritten(String kase, String text, String expected) {
    assertAnswers(WRITTEN, kase, text, expected);
  }

  /** Asserts the key an index answers for a text ("none" for no answer), explaining a failure. */
  private static void assertAnswers(OrganizationIndex index, String kase, String text,
      String expected) {
    Resolution r = index.resolve(text);
    assertEquals(expected, answer(r),
        () -> kase + "\n" + r.explanation());
  }

  /**
   * Two universities called "Northwestern University" and two called "Eastern University", each
   * pair in two countries, with as many units as given; and two made-up companies with one alias.
   */
  private static OrganizationIndex namesakes(int evanstonUnits, int laoagUnits) {
    List<Organization> orgs = new ArrayList<>();
    orgs.add(invented("nwu-us", "US", "Evanston", OrganizationType.UNIVERSITY,
        en("Northwestern University")).build());
    orgs.add(invented("nwu-ph", "PH", "Laoag City", OrganizationType.UNIVERSITY,
        en("Northwestern University")).build());
    for (int i = 0; i < evanstonUnits; i++) {
      orgs.add(invented("nwu-us-" + i, "US", "Evanston", OrganizationType.DEPARTMENT,
          en("Northwestern Unit " + (char) ('A' + i))).parent(OrganizationRef.of("nwu-us")).build());
    }
    for (int i = 0; i < laoagUnits; i++) {
      orgs.add(invented("nwu-ph-" + i, "PH", "Laoag City", OrganizationType.DEPARTMENT,
          en("Laoag Unit " + (char) ('A' + i))).parent(OrganizationRef.of("nwu-ph")).build());
    }
    return OrganizationIndex.of(orgs);
  }

  @Test
  void aNamesakeTheIndexLinksFarMoreOftenIsTheOneMeant() {
    OrganizationIndex index = namesakes(6, 1);
    Resolution r = index.resolve("Department of Neurobiology, Northwestern University");
    assertEquals("nwu-us", answer(r), r::explanation);
    assertTrue(r.best().orElseThrow().evidence().stream()
        .anyMatch(e -> e.kind() == Evidence.Kind.PROMINENT && e.found().equals("6")),
        r::explanation);
    assertTrue(r.explanation().contains("referred to by 6 organizations of the index"),
        r::explanation);
    assertAnswers(index, "the namesake's country named", "Northwestern University, Philippines",
        "nwu-ph");
  }

  @Test
  void namesakesLinkedAlikeStayAmbiguous() {
    for (OrganizationIndex index : List.of(namesakes(4, 0), namesakes(6, 3))) {
      Resolution r = index.resolve("Department of Neurobiology, Northwestern University");
      assertEquals(Resolution.Status.AMBIGUOUS, r.status(), r::explanation);
    }
  }

  @Test
  void aRivalInAnotherCityThanTheOneNamedIsContradicted() {
    Resolution r = WRITTEN.resolve("Institute for Cardiovascular Research, Maastricht, The Netherlands");
    Candidate rival = r.runnerUp().orElseThrow();
    assertEquals("icr-ams", rival.organization().key());
    assertTrue(rival.evidence().stream().anyMatch(e -> e.kind() == Evidence.Kind.CITY_CONTRADICTS
        && e.found().equals("Maastricht") && e.expected().equals("Amsterdam")), r.explanation());
    assertTrue(r.top().orElseThrow().evidence().stream()
        .noneMatch(e -> e.kind() == Evidence.Kind.CITY_CONTRADICTS), r.explanation());
  }

  @Test
  void aNameMatchedAcrossWordsItLacksHoldsNoOtherMatch() {
    Resolution r = WRITTEN.resolve("Department of Pathology, Stanford University School of Medicine");
    Candidate university = Stream.of(r.top(), r.runnerUp()).flatMap(Optional::stream)
        .filter(c -> c.organization().key().equals("stanford")).findFirst()
        .orElseThrow(() -> new AssertionError(r.explanation()));
    assertTrue(university.evidence().stream()
        .noneMatch(e -> e.kind() == Evidence.Kind.INSIDE_LONGER_MATCH), r.explanation());
  }

  @Test
  void aCityAloneContradictsNoCandidate() {
    Resolution r = WRITTEN.resolve("Boston College, Chestnut Hill, MA");
    assertEquals("bc", answer(r), r.explanation());
    assertTrue(r.top().orElseThrow().evidence().stream()
        .noneMatch(e -> e.kind() == Evidence.Kind.CITY_CONTRADICTS), r.explanation());
  }

  @Test
  void wordsInAnotherOrderCountAgainstAName() {
    Candidate inOrder = WRITTEN.resolve("Medical University of Vienna").top().orElseThrow();
    Candidate swapped = WRITTEN.resolve("University of Vienna Medical").top().orElseThrow();
    assertEquals("muw", swapped.organization().key());
    assertTrue(swapped.score() < inOrder.score(), swapped.explain());
    assertTrue(swapped.evidence().stream().anyMatch(e -> e.kind() == Evidence.Kind.WORD_ORDER),
        swapped.explain());
    assertTrue(inOrder.evidence().stream().noneMatch(e -> e.kind() == Evidence.Kind.WORD_ORDER),
        inOrder.explain());
  }

  private static Organization.Builder invented(String key, String country, String city,
      OrganizationType type, Name... names) {
    return Organization.builder().ref(OrganizationRef.of(key)).addNames(names).addType(type)
        .location(Location.of(country, city));
  }

  private static Name label(String value, String language) {
    return Name.of(value, language, NameKind.LABEL);
  }

  /**
   * Invented organizations for the rules about how affiliation strings are written: a name that
   * starts with a short word before its city, labels in several languages, a name with a comma in
   * it, a university and the system of campuses it belongs to.
   */
  private static final OrganizationIndex AFFILIATIONS = OrganizationIndex.of(List.of(
      invented("ku-w", "BE", "Westbrook", OrganizationType.UNIVERSITY,
          en("KU Westbrook")).build(),
      invented("acme", "US", "Westbrook", OrganizationType.RESEARCH_INSTITUTE,
          en("Acme Institute for Tidal Studies")).build(),
      invented("norvik", "NO", "Norvik", OrganizationType.UNIVERSITY,
          en("University of Norvic"), label("Universitat de Norvika", "ca"),
          label("Università degli Studi di Norvika", "it")).build(),
      invented("calden-system", "US", "Calden", OrganizationType.UNIVERSITY,
          en("University of Calden System"), label("Universidad de Calden", "es")).build(),
      invented("westland-p", "US", "Porthaven", OrganizationType.UNIVERSITY,
          en("University of Westland, Porthaven")).build(),
      invented("oskar", "SE", "Lindby", OrganizationType.UNIVERSITY,
          en("Oskarsborg University")).build()));

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a short word before a city begins a name | Faculty of Arts, KU Westbrook | ku-w",
      "a short word after a city is a region code | Acme Institute for Tidal Studies, Westbrook, MN | acme",
      "a label shorter than a fuller label is no weaker | Department of Physics, University of Norvika | norvik",
      "a name with a comma matched across the comma | Department of Chemistry, University of Westland, Porthaven | westland-p",
      "a footnote number before a department ends a part | Oskarsborg University 3 Department of Physics, , Lindby, Sweden | oskar",
      "a label that only shortens the display name | Department of Physics, University of Calden | none"})
  void resolvesAffiliationStringsByHowTheyAreWritten(String kase, String text, String expected) {
    assertAnswers(AFFILIATIONS, kase, text, expected);
  }

  /**
   * Invented organizations for names joined by a conjunction in one part of a text: a university
   * and the umc it works with, and an organization whose own name joins the names of two others.
   */
  private static final OrganizationIndex COORDINATED = OrganizationIndex.of(List.of(
      invented("kestrel-u", "NL", "Kestrel", OrganizationType.UNIVERSITY,
          en("University of Kestrel")).build(),
      invented("kestrel-umc", "NL", "Kestrel", OrganizationType.UMC,
          en("Kestrel University Medical Center"))
          .addRelation(OrganizationRelation.of(RelationKind.RELATED, OrganizationRef.of("kestrel-u")))
          .build(),
      invented("arden", "US", "Arden", OrganizationType.RESEARCH_INSTITUTE,
          en("Arden Cancer Center")).build(),
      invented("brook", "US", "Arden", OrganizationType.HOSPITAL,
          en("Brook Hospital")).build(),
      invented("arden-brook", "US", "Arden", OrganizationType.HOSPITAL,
          en("Arden Cancer Center and Brook Hospital")).build()));

  @Test
  void twoNamesJoinedByAConjunctionAreTwoPartsOfTheText() {
    String text = "University of Kestrel and Kestrel University Medical Center, Department of Genetics";
    List<Candidate> named = COORDINATED.resolveAll(text);
    assertEquals(List.of("kestrel-u", "kestrel-umc"),
        named.stream().map(c -> c.organization().key()).toList(), () -> named.toString());
    assertEquals("University of Kestrel", named.get(0).matchedText(), () -> named.toString());
    assertEquals("Kestrel University Medical Center", named.get(1).matchedText(),
        () -> named.toString());
    assertAnswers(COORDINATED, "the university of a umc and its university", text, "kestrel-u");
  }

  @Test
  void aNameThatJoinsTwoNamesIsReadWhole() {
    assertAnswers(COORDINATED, "a name joining two names", "Arden Cancer Center and Brook Hospital",
        "arden-brook");
    assertAnswers(COORDINATED, "the same with a department",
        "Department of Oncology, Arden Cancer Center and Brook Hospital", "arden-brook");
  }

  /**
   * Invented organizations for a host named by its acronym after "at": a university known by its
   * acronym, a school with "at" in its name, and a research institute whose name ends in "at" and
   * the acronym of another organization.
   */
  private static final OrganizationIndex HOSTS = OrganizationIndex.of(List.of(
      invented("wren-u", "US", "Wren", OrganizationType.UNIVERSITY,
          en("University of California, Wren"), Name.acronym("UCW")).build(),
      invented("texel-u", "US", "Austin", OrganizationType.UNIVERSITY,
          en("University of Texel at Austin")).build(),
      invented("heron-i", "GB", "Heron", OrganizationType.RESEARCH_INSTITUTE,
          en("Heron Research Institute at UCW")).build()));

  @Test
  void anAcronymWrittenLastAfterAtNamesTheHost() {
    String text = "Department of Neurology, Harlow School of Medicine at UCW";
    assertAnswers(HOSTS, "a school at its university", text, "wren-u");
    List<Candidate> named = HOSTS.resolveAll(text);
    assertEquals("UCW", named.get(0).matchedText(), () -> named.toString());
  }

  @Test
  void aNameEndingInAtAndAnAcronymIsReadWhole() {
    assertAnswers(HOSTS, "an institute named with its host", "Heron Research Institute at UCW",
        "heron-i");
    assertAnswers(HOSTS, "a university named with its city", "University of Texel at Austin",
        "texel-u");
  }

  /**
   * Invented organizations for French unit codes: two research councils with one acronym, in
   * France and in Lebanon, and two laboratories of the French one known by their unit numbers.
   */
  private static final OrganizationIndex UNIT_CODES = OrganizationIndex.of(List.of(
      invented("council-fr", "FR", "Paris", OrganizationType.GOVERNMENT_BODY,
          en("National Council of Laboratories"), Name.acronym("CNRL")).build(),
      invented("council-lb", "LB", "Beirut", OrganizationType.GOVERNMENT_BODY,
          en("National Council for Laboratory Research"), Name.acronym("CNRL")).build(),
      invented("lab-5558", "FR", "Lyon", OrganizationType.RESEARCH_INSTITUTE,
          en("Laboratory of Evolutionary Biometry"), alias("UMR 5558"))
          .parent(OrganizationRef.of("council-fr")).build(),
      invented("lab-5096", "FR", "Perpignan", OrganizationType.RESEARCH_INSTITUTE,
          en("Laboratory of Plant Genomes"), alias("UMR5096"))
          .parent(OrganizationRef.of("council-fr")).build()));

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a code and its number | UMR 5558 | lab-5558",
      "written run together | UMR5558 | lab-5558",
      "written with a hyphen, the registry running them together | UMR-5096 | lab-5096",
      "beside a team's name | Team Genomes, UMR 5096 | lab-5096",
      "another number names no unit | UMR 5559 | none",
      "a number one digit away names no unit | UMR 5098 | none"})
  void readsAUnitCodeAndItsNumberAsTheUnitsName(String kase, String text, String expected) {
    assertAnswers(UNIT_CODES, kase, text, expected);
  }

  @Test
  void anAcronymIsSupportedByAUnitOfItsOwnNamedBesideIt() {
    Resolution alone = UNIT_CODES.resolve("CNRL");
    assertEquals(Resolution.Status.UNSUPPORTED, alone.status(), alone.explanation());
    List<Candidate> named = UNIT_CODES.resolveAll("CNRL UMR 5558");
    assertEquals(List.of("council-fr", "lab-5558"),
        named.stream().map(c -> c.organization().key()).sorted().collect(Collectors.toList()),
        () -> named.toString());
    Candidate council = named.stream().filter(c -> c.organization().key().equals("council-fr"))
        .findFirst().orElseThrow();
    assertEquals("CNRL", council.matchedText());
    assertTrue(council.evidence().stream().anyMatch(e -> e.kind() == Evidence.Kind.SUPPORTED
        && e.found().contains("hierarchy")), () -> council.explain());
    assertEquals(Resolution.Status.SEVERAL_NAMED, UNIT_CODES.resolve("CNRL UMR 5558").status());
    assertEquals("lab-5558", answer(UNIT_CODES.resolve("CNRL UMR 5558", Level.MOST_SPECIFIC)));
    assertEquals("council-fr", answer(UNIT_CODES.resolve("CNRL UMR 5558", Level.BROADEST_NAMED)));
  }

  @Test
  void aNameThatTakesAWordOfAPlaceNameIsContradictedByThatPlace() {
    OrganizationIndex index = OrganizationIndex.of(List.of(
        invented("north-u", "HR", "Koprivnica", OrganizationType.UNIVERSITY,
            en("University North")).build(),
        invented("dakota-u", "US", "Grand Forks", OrganizationType.UNIVERSITY,
            en("University of North Dakota")).build()));
    Resolution r = index.resolve("Department of Biology, University of North Carolina");
    assertEquals("none", answer(r), r::explanation);
    assertTrue(r.top().orElseThrow().evidence().stream()
        .anyMatch(e -> e.kind() == Evidence.Kind.COUNTRY_CONTRADICTS), r::explanation);
    assertAnswers(index, "a place the name holds whole",
        "Department of Biology, University of North Dakota", "dakota-u");
    assertAnswers(index, "its own name", "University North, Koprivnica, Croatia", "north-u");
  }

  @Test
  void umlautsWrittenAsAeOeUeReadAsTheUmlauts() {
    OrganizationIndex index = OrganizationIndex.of(List.of(
        invented("ugoe", "DE", "Göttingen", OrganizationType.UNIVERSITY,
            en("University of Göttingen"), label("Georg-August-Universität Göttingen", "de")).build(),
        // Another name writes the city without the umlaut, so "goettingen" is a word of the index.
        invented("bccn", "DE", "Göttingen", OrganizationType.RESEARCH_INSTITUTE,
            en("Bernstein Center for Computational Neuroscience Goettingen")).build(),
        invented("lmu", "DE", "Munich", OrganizationType.UNIVERSITY,
            en("Ludwig-Maximilians-Universität München")).build(),
        invented("tum", "DE", "Munich", OrganizationType.UNIVERSITY,
            en("Technical University of Munich"), alias("Technische Universitaet Muenchen")).build(),
        invented("unican", "ES", "Santander", OrganizationType.UNIVERSITY,
            en("University of Cantabria"), Name.acronym("UNICAN")).build(),
        invented("unicaen", "FR", "Caen", OrganizationType.UNIVERSITY,
            en("University of Caen Normandy"), alias("Unicaen")).build()));
    assertAnswers(index, "a word of the index either way", "University of Goettingen", "ugoe");
    assertAnswers(index, "a label", "Georg-August-Universitaet Goettingen", "ugoe");
    assertAnswers(index, "two such words", "Ludwig-Maximilians-Universitaet Muenchen", "lmu");
    assertAnswers(index, "a name written so", "Technische Universitaet Muenchen", "tum");
    assertAnswers(index, "and with the umlauts", "Bernstein Center for Computational Neuroscience"
        + " Göttingen", "bccn");
    assertAnswers(index, "not in an acronym", "UNICAN", "unican");
  }

  @Test
  void hongKongWrittenAsPartOfChinaSupportsAnOrganizationInHongKong() {
    OrganizationIndex index = OrganizationIndex.of(List.of(
        invented("hku", "HK", "Hong Kong", OrganizationType.UNIVERSITY,
            en("University of Hong Kong")).build(),
        invented("tsinghua", "CN", "Beijing", OrganizationType.UNIVERSITY,
            en("Tsinghua University")).build()));
    Resolution r = index.resolve("Department of Chemistry, The University of Hong Kong 2, , Hong Kong,"
        + " China");
    assertEquals("hku", answer(r), r::explanation);
    List<Evidence> evidence = r.best().orElseThrow().evidence();
    assertTrue(evidence.stream().anyMatch(e -> e.kind() == Evidence.Kind.COUNTRY_NAMED),
        r::explanation);
    assertFalse(evidence.stream().anyMatch(e -> e.kind() == Evidence.Kind.COUNTRY_CONTRADICTS),
        r::explanation);
  }

  private static final OrganizationIndex ADDRESSES = OrganizationIndex.of(List.of(
      invented("quarry-u", "US", "Charlottesville", OrganizationType.UNIVERSITY,
          en("University of Quarry")).build(),
      invented("affairs-us", "US", "Washington", OrganizationType.GOVERNMENT_BODY,
          en("Department of Veterans Affairs"), Name.acronym("VA")).build(),
      invented("army-us", "US", "Arlington", OrganizationType.GOVERNMENT_BODY,
          en("United States Army"), Name.acronym("USA")).build(),
      invented("gauges-us", "US", "Detroit", OrganizationType.COMPANY,
          en("Measurement Gauges"), Name.acronym("MI")).build()));

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a region code between a city and the country | Department of Geology, University of Quarry,"
          + " Charlottesville, VA, USA | quarry-u",
      "a region code after a city | University of Quarry, Charlottesville, VA | quarry-u",
      "a region code before the country, after a town no organization is in | University of"
          + " Quarry, Smallville, VA, USA | quarry-u",
      "another region code | University of Quarry 3 Department of Geology, , Detroit, MI, USA"
          + " | quarry-u",
      "the country of the address, after a region code read as a word | University of Quarry,"
          + " Charlottesville, OR, USA | quarry-u",
      "the acronym first, where an address does not begin | VA, Washington, USA | affairs-us"})
  void readsTheRegionCodeAndCountryOfAnAddressAsPlacesNotAcronyms(String kase, String text,
      String expected) {
    assertAnswers(ADDRESSES, kase, text, expected);
  }

  @Test
  void anAddressNamesNoOrganizationBesideTheOneItFollows() {
    List<Candidate> named = ADDRESSES.resolveAll(
        "University of Quarry, Charlottesville, VA, USA; University of Quarry, Detroit, MI, USA");
    assertEquals(List.of("quarry-u"),
        named.stream().map(c -> c.organization().key()).distinct().collect(Collectors.toList()),
        () -> named.toString());
  }

  @Test
  void aNameHoldingANationsAdjectiveIsNoUnitOfAnotherOrganization() {
    // "Chinese" is a common word of names here (eight organizations hold it), as "Academy" and
    // "Sciences" are: read by words alone, "Chinese Academy of Sciences" would be a unit named by
    // common words, and "Institute of Botany" (a rare word) the organization it belongs to.
    List<Organization> orgs = new ArrayList<>();
    orgs.add(invented("cas", "CN", "Beijing", OrganizationType.RESEARCH_INSTITUTE,
        en("Chinese Academy of Sciences")).build());
    orgs.add(invented("botany-sk", "SK", "Bratislava", OrganizationType.RESEARCH_INSTITUTE,
        en("Institute of Botany of the Slovak Academy of Sciences"), alias("Institute of Botany"))
        .build());
    String[] fields = {"Physics", "Chemistry", "Medicine", "Geology", "Forestry", "Fisheries",
        "Agriculture", "Mathematics", "Oceanology", "Zoology", "Astronomy", "Mechanics"};
    for (int i = 0; i < fields.length; i++) {
      orgs.add(invented("filler-" + i, "CN", "Shanghai", OrganizationType.RESEARCH_INSTITUTE,
          en((i < 7 ? "Chinese " : "") + "Academy of " + fields[i] + " Sciences")).build());
    }
    OrganizationIndex index = OrganizationIndex.of(orgs);
    String text = "Kunming Institute of Botany, Chinese Academy of Sciences";
    Resolution r = index.resolve(text);
    assertFalse(answer(r).equals("botany-sk"), r::explanation);
    assertTrue(index.resolveAll(text).stream().anyMatch(c -> c.organization().key().equals("cas")),
        r::explanation);
  }

  @Test
  void aUniversitysNameWithoutUniversityNamesItBeforeOneOfItsSchools() {
    OrganizationIndex index = OrganizationIndex.of(List.of(
        invented("harvard", "US", "Cambridge", OrganizationType.UNIVERSITY,
            en("Harvard University")).build(),
        invented("yale", "US", "New Haven", OrganizationType.UNIVERSITY,
            en("Yale University")).build(),
        invented("jhu", "US", "Baltimore", OrganizationType.UNIVERSITY,
            en("Johns Hopkins University")).build(),
        invented("bu", "US", "Boston", OrganizationType.UNIVERSITY,
            en("Boston University")).build(),
        invented("bc", "US", "Chestnut Hill", OrganizationType.UNIVERSITY,
            en("Boston College")).build(),
        invented("tongji", "CN", "Shanghai", OrganizationType.UNIVERSITY,
            en("Tongji University")).build(),
        invented("hust", "CN", "Wuhan", OrganizationType.UNIVERSITY,
            en("Huazhong University of Science and Technology")).build()));
    assertAnswers(index, "a medical school", "Department of Medicine, Harvard Medical School",
        "harvard");
    assertAnswers(index, "a school of", "Yale School of Medicine", "yale");
    assertAnswers(index, "a named school", "Johns Hopkins Bloomberg School of Public Health",
        "jhu");
    assertAnswers(index, "initials in the school's name",
        "Department of Nutrition, Harvard T.H. Chan School of Public Health", "harvard");
    assertAnswers(index, "no school named", "Harvard Forest", "none");
    assertAnswers(index, "another organization's name", "Department of Biology, Boston College",
        "bc");
    assertAnswers(index, "the school of a university named after it",
        "Tongji Medical College, Huazhong University of Science and Technology", "hust");
  }

  @Test
  void aUnitNamedLikeNamesakesElsewhereDoesNotHideTheUniversityNamedLast() {
    // Enough other institutes that a word two organizations share is still a rare one.
    List<Organization> orgs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      orgs.add(invented("other-" + i, "FR", "Lyon", OrganizationType.RESEARCH_INSTITUTE,
          en("Institute of Hospital Studies " + (char) ('A' + i % 26) + (i / 26))).build());
    }
    orgs.addAll(List.of(
        invented("hub-ar", "AR", "Rosario", OrganizationType.RESEARCH_INSTITUTE,
            en("Hubrecht Institute")).build(),
        invented("hub-my", "MY", "Penang", OrganizationType.RESEARCH_INSTITUTE,
            en("Hubrecht Institute")).build(),
        invented("bart-a", "GB", "London", OrganizationType.HOSPITAL,
            en("St Bartholomew's Hospital")).build(),
        invented("bart-b", "GB", "Rochester", OrganizationType.HOSPITAL,
            en("St Bartholomew's Hospital")).build(),
        invented("cam", "GB", "Cambridge", OrganizationType.UNIVERSITY,
            en("University of Cambridge")).build(),
        invented("acme", "GB", "Cambridge", OrganizationType.COMPANY,
            en("Acme Therapeutics")).build()));
    OrganizationIndex index = OrganizationIndex.of(orgs);
    assertAnswers(index, "namesakes elsewhere", "Hubrecht Institute, University of Cambridge",
        "cam");
    assertAnswers(index, "a semicolon between", "Hubrecht Institute; University of Cambridge",
        "none");
    assertAnswers(index, "hospitals elsewhere", "St Bartholomew's Hospital, University of"
        + " Cambridge", "none");
    assertAnswers(index, "not a university", "Hubrecht Institute, Acme Therapeutics", "none");
    Resolution r = index.resolve("Hubrecht Institute, Acme Therapeutics", Level.MOST_SPECIFIC);
    assertEquals(Resolution.Status.AMBIGUOUS, r.status(), r::explanation);
    assertEquals("'Hubrecht Institute' may name another organization, not surely which",
        r.reason());
  }

  @Test
  void anotherUniversitysSchoolNamedBeforeTheLastUniversityIsReadAsItsUnit() {
    OrganizationIndex index = OrganizationIndex.of(List.of(
        invented("lmu", "DE", "Munich", OrganizationType.UNIVERSITY,
            en("Ludwig Maximilian University of Munich")).build(),
        invented("lmu-anatomy", "DE", "Munich", OrganizationType.UNIVERSITY,
            en("Institute of Anatomy")).parent(OrganizationRef.of("lmu")).build(),
        invented("bonn", "DE", "Bonn", OrganizationType.UNIVERSITY,
            en("University of Bonn")).build(),
        invented("mcw", "US", "Milwaukee", OrganizationType.UNIVERSITY,
            en("Medical College of Wisconsin")).build(),
        invented("marquette", "US", "Milwaukee", OrganizationType.UNIVERSITY,
            en("Marquette University")).build()));
    assertAnswers(index, "a school of another university",
        "Department of Neuroanatomy, Institute of Anatomy, University of Bonn", "bonn");
    assertAnswers(index, "the school's own university", "Institute of Anatomy, Ludwig Maximilian"
        + " University of Munich", "lmu");
    assertAnswers(index, "two universities", "Medical College of Wisconsin, Marquette University",
        "none");
  }

  @Test
  void aLabelOfTheSameWordsAsTheDisplayNameCountsAsWrittenByItsOrganization() {
    OrganizationIndex index = OrganizationIndex.of(List.of(
        invented("uv-cl", "CL", "Valparaíso", OrganizationType.UNIVERSITY,
            en("University of Valparaíso"), label("Universidad de Valparaíso", "es")).build(),
        invented("vu-us", "US", "Valparaiso", OrganizationType.UNIVERSITY,
            en("Valparaiso University"), label("Universidad de Valparaíso", "es")).build()));
    Resolution r = index.resolve("Universidad de Valparaíso");
    assertEquals("uv-cl", answer(r), r::explanation);
    assertTrue(r.explanation().contains("written as its name 'Universidad de Valparaíso'"),
        r::explanation);
    assertAnswers(index, "the other written as its name", "Valparaiso University", "vu-us");
  }

  @Test
  void anAcronymBeforeTheNameOfOneOfItsPartsNamesTheOrganization() {
    OrganizationIndex index = OrganizationIndex.of(List.of(
        invented("kth", "SE", "Stockholm", OrganizationType.UNIVERSITY,
            en("KTH Royal Institute of Technology"), Name.acronym("KTH")).build(),
        invented("lumc", "NL", "Leiden", OrganizationType.UMC,
            en("Leiden University Medical Center"), Name.acronym("LUMC")).build(),
        invented("ucla", "US", "Los Angeles", OrganizationType.UNIVERSITY,
            en("University of California, Los Angeles"), Name.acronym("UCLA")).build(),
        invented("ucla-brain", "US", "Los Angeles", OrganizationType.RESEARCH_INSTITUTE,
            en("UCLA Brain Research Institute")).build(),
        invented("ki", "SE", "Solna", OrganizationType.UNIVERSITY,
            en("Karolinska Institutet"), Name.acronym("KI")).build(),
        invented("ds", "SE", "Stockholm", OrganizationType.HOSPITAL,
            en("Danderyd Hospital")).build()));
    assertAnswers(index, "a department", "KTH Department of Physics", "kth");
    assertAnswers(index, "with its city and country", "KTH Department of Physics, Stockholm, Sweden",
        "kth");
    assertAnswers(index, "in Dutch, after a smaller part",
        "Sectie Vaatchirurgie, LUMC Afdeling Heelkunde", "lumc");
    assertAnswers(index, "a school", "Division of Oral Biology, UCLA School of Dentistry", "ucla");
    assertAnswers(index, "an institute of its own", "UCLA Neuroscience Institute", "none");
    assertAnswers(index, "a registered institute", "UCLA Brain Research Institute", "ucla-brain");
    assertAnswers(index, "another organization's name", "KI Danderyd Hospital", "ds");
  }

  @Test
  void aNameWrittenWholeWithADashInItIsOneName() {
    OrganizationIndex index = OrganizationIndex.of(List.of(
        invented("kth", "SE", "Stockholm", OrganizationType.UNIVERSITY,
            en("KTH Royal Institute of Technology")).build(),
        invented("radboudumc", "NL", "Nijmegen", OrganizationType.UMC,
            en("Radboud University Medical Center")).build(),
        invented("scilifelab", "SE", "Solna", OrganizationType.RESEARCH_INSTITUTE,
            en("Science for Life Laboratory")).build(),
        invented("uit", "NO", "Tromsø", OrganizationType.UNIVERSITY,
            en("UiT The Arctic University of Norway")).build()));
    Resolution kth = index.resolve("Science for Life Laboratory, KTH - Royal Institute of Technology");
    assertTrue(kth.named().stream().anyMatch(c -> c.organization().key().equals("kth")),
        kth::explanation);
    assertAnswers(index, "a stop word after the dash",
        "Faculty of Health Sciences, UiT – The Arctic University of Norway", "uit");
    // A comma inside a name written whole, its last part held whole, does not part it.
    assertAnswers(index, "a comma in it", "Department of Medicine, Radboud University, Medical Center",
        "radboudumc");
    // Otherwise a comma parts two names: without a place named, the words of both parts are no
    // one name.
    assertAnswers(index, "parted by a comma, more words after",
        "Department of Medicine, Radboud University, Medical Center Surgery", "none");
  }

  @Test
  void aNameWrittenWholeWithItsPlaceAfterACommaIsOneName() {
    OrganizationIndex index = OrganizationIndex.of(List.of(
        invented("udelar", "UY", "Montevideo", OrganizationType.UNIVERSITY,
            Name.of("Universidad de la República de Uruguay", "es", NameKind.DISPLAY)).build(),
        invented("ucu", "UY", "Montevideo", OrganizationType.UNIVERSITY,
            Name.of("Universidad Católica del Uruguay", "es", NameKind.DISPLAY)).build()));
    assertAnswers(index, "the country after a comma", "Universidad de la Republica, Uruguay",
        "udelar");
  }

  @Test
  void aNameOfCommonWordsIsNoUnitOfANamesakeOfItsOwnUnit() {
    // "Universidade de Lisboa" holds only common words here (many organizations in Lisbon), and
    // the institute's words also name an institute in Helsinki. The institute named is the
    // university's own: it supports the university rather than making it a unit of the other.
    List<Organization> orgs = new ArrayList<>();
    String[] fillers = {"Escola Superior de Enfermagem de Lisboa", "Hospital de Santa Maria Lisboa",
        "Instituto Politecnico de Lisboa", "Universidade Nova de Lisboa", "Universidade do Porto",
        "Universidade de Coimbra", "Universidade do Minho", "Universidade de Aveiro"};
    for (int i = 0; i < fillers.length; i++) {
      orgs.add(invented("pt-" + i, "PT", "Lisbon", OrganizationType.UNIVERSITY,
          Name.of(fillers[i], "pt", NameKind.DISPLAY)).build());
    }
    orgs.add(invented("ulisboa", "PT", "Lisbon", OrganizationType.UNIVERSITY,
        en("University of Lisbon"), label("Universidade de Lisboa", "pt")).build());
    orgs.add(invented("imm", "PT", "Lisbon", OrganizationType.RESEARCH_INSTITUTE,
        en("Instituto de Medicina Molecular João Lobo Antunes"),
        alias("Instituto de Medicina Molecular"))
        .parent(OrganizationRef.of("ulisboa")).build());
    orgs.add(invented("fimm", "FI", "Helsinki", OrganizationType.RESEARCH_INSTITUTE,
        en("Institute for Molecular Medicine")).build());
    OrganizationIndex index = OrganizationIndex.of(orgs);
    String text = "Instituto de Medicina Molecular, Faculdade de Medicina, Universidade de Lisboa";
    Resolution r = index.resolve(text, Level.BROADEST_NAMED);
    assertEquals("ulisboa", answer(r), r::explanation);
  }

  @Test
  void aNameEndingInItsCityAfterInOrAtIsAlsoWrittenWithoutIt() {
    OrganizationIndex index = OrganizationIndex.of(List.of(
        invented("wustl", "US", "St. Louis", OrganizationType.UNIVERSITY,
            en("Washington University in St. Louis")).build(),
        invented("uw", "US", "Seattle", OrganizationType.UNIVERSITY,
            en("University of Washington")).build(),
        invented("utmb", "US", "Galveston", OrganizationType.UNIVERSITY,
            en("The University of Texas Medical Branch at Galveston")).build(),
        invented("purdue-indy", "US", "Indianapolis", OrganizationType.UNIVERSITY,
            en("Purdue University in Indianapolis")).build(),
        invented("purdue", "US", "West Lafayette", OrganizationType.UNIVERSITY,
            en("Purdue University West Lafayette")).build(),
        invented("pasteur", "FR", "Paris", OrganizationType.RESEARCH_INSTITUTE,
            en("Institut Pasteur")).build(),
        invented("pasteur-hcmc", "VN", "Ho Chi Minh City", OrganizationType.RESEARCH_INSTITUTE,
            en("Institut Pasteur in Ho Chi Minh City")).build(),
        invented("unc-ch", "US", "Chapel Hill", OrganizationType.UNIVERSITY,
            en("University of North Carolina at Chapel Hill")).build(),
        invented("unc-c", "US", "Charlotte", OrganizationType.UNIVERSITY,
            en("University of North Carolina at Charlotte")).build()));
    assertAnswers(index, "the city left out",
        "Department of Medicine, Washington University School of Medicine", "wustl");
    assertAnswers(index, "the city left out, alone", "Washington University", "wustl");
    assertAnswers(index, "the same words in another order", "University of Washington", "uw");
    assertAnswers(index, "the city left out after 'at'",
        "Department of Internal Medicine, University of Texas Medical Branch", "utmb");
    assertAnswers(index, "the whole name", "Washington University in St. Louis", "wustl");
    // Without its city, the Indianapolis campus's name starts another campus's name; the
    // institute in Ho Chi Minh City's is another institute's name; the two Carolina campuses'
    // are the same.
    assertFalse(answer(index.resolve("Department of Psychological Sciences, Purdue University"))
        .equals("purdue-indy"));
    assertAnswers(index, "another organization's name", "Institut Pasteur", "pasteur");
    assertAnswers(index, "two campuses", "Department of Biology, University of North Carolina",
        "none");
  }

  @Test
  void aLabelIsNotLoweredByALongerNameThatAddsOnlyAWordNamingAKindOfOrganization() {
    // The hospital's English label holds every word of its alias but "Centre": another way of
    // writing the alias, not a less specific translation of it. The physiology institute's label
    // is its alias without the university it belongs to: a less specific name, lowered. Many
    // hospitals make "Hospital" a common word, as in a registry: the university's name then
    // leaves little of "University Hospital of Split" unexplained.
    List<Organization> orgs = new ArrayList<>();
    String[] cities = {"Zagreb", "Rijeka", "Osijek", "Zadar", "Pula", "Sibenik", "Dubrovnik",
        "Varazdin", "Karlovac", "Sisak", "Vukovar", "Cakovec"};
    for (String city : cities) {
      orgs.add(invented("hospital-" + city.toLowerCase(Locale.ROOT), "HR", city, OrganizationType.HOSPITAL,
          en(city + " General Hospital")).build());
    }
    orgs.addAll(List.of(
        invented("split-u", "HR", "Split", OrganizationType.UNIVERSITY,
            en("University of Split"), label("Sveučilište u Splitu", "hr")).build(),
        invented("split-h", "HR", "Split", OrganizationType.HOSPITAL,
            Name.of("Klinički Bolnički Centar Split", "hr", NameKind.DISPLAY),
            alias("Split University Hospital Centre"), label("University Hospital of Split", "en"))
            .build(),
        invented("physiology", "DE", "Munich", OrganizationType.RESEARCH_INSTITUTE,
            Name.of("Physiologisches Institut", "de", NameKind.DISPLAY),
            label("Institute of Physiology", "en"),
            alias("Institute of Physiology, Ludwig-Maximilians University Munich")).build(),
        invented("ulm", "DE", "Ulm", OrganizationType.UNIVERSITY,
            Name.of("Universität Ulm", "de", NameKind.DISPLAY), label("Ulm University", "en"))
            .build()));
    OrganizationIndex index = OrganizationIndex.of(orgs);
    assertAnswers(index, "the label written exactly",
        "University Hospital of Split, Transfusion Medicine Division", "split-h");
    assertAnswers(index, "the label without its linking word",
        "University Hospital Split, Clinical Department of Diagnostic and Interventional Radiology",
        "split-h");
    assertAnswers(index, "the university", "Department of Physics, University of Split", "split-u");
    assertAnswers(index, "a short label lowered beside the university named",
        "Institute of Applied Physiology, University of Ulm, Ulm, Germany", "ulm");
  }

  @Test
  void aNameWrittenWholeInItsPartIsNotLoweredByAMatchTakingAWordOfThePartBefore() {
    OrganizationIndex index = OrganizationIndex.of(List.of(
        invented("tokyo-u", "JP", "Tokyo", OrganizationType.UNIVERSITY,
            en("The University of Tokyo")).build(),
        invented("tokyo-science", "JP", "Tokyo", OrganizationType.UNIVERSITY,
            en("Tokyo University of Science"), alias("Science University of Tokyo")).build(),
        invented("queens-belfast", "GB", "Belfast", OrganizationType.UNIVERSITY,
            en("Queen's University Belfast")).build(),
        invented("queens-kingston", "CA", "Kingston", OrganizationType.UNIVERSITY,
            en("Queen's University")).build()));
    assertAnswers(index, "a unit's last word is no word of the university's name",
        "Graduate School of Pharmaceutical Sciences, The University of Tokyo, Tokyo, Japan",
        "tokyo-u");
    assertAnswers(index, "without the address",
        "Department of Biological Sciences, Graduate School of Science, The University of Tokyo",
        "tokyo-u");
    assertAnswers(index, "the science university itself", "Tokyo University of Science, Japan",
        "tokyo-science");
    assertAnswers(index, "a name that runs on into the part after it still holds the shorter",
        "Queen's University, Belfast", "queens-belfast");
  }

  @Test
  void aPartBeforeAnotherDoesNotExcuseAWordOfThatPartTheNameLacks() {
    // "Medical" is a word of the part that the university's name lacks, with or without a
    // department written before it: the medical university is another institution.
    OrganizationIndex index = OrganizationIndex.of(List.of(
        invented("tarnow-u", "PL", "Tarnow", OrganizationType.UNIVERSITY,
            en("University of Tarnow")).build()));
    double alone = index.resolve("Medical University of Tarnow").top().orElseThrow().score();
    for (String before : List.of("Institute of Cell Biology", "Department of Surgery",
        "Faculty of Medicine")) {
      Resolution r = index.resolve(before + ", Medical University of Tarnow");
      assertEquals(alone, r.top().orElseThrow().score(), 1e-9, r::explanation);
    }
    double university = index.resolve("University of Tarnow").top().orElseThrow().score();
    assertTrue(alone < university, alone + " < " + university);
  }

  /**
   * Thirty invented research centres whose names make "population", "health", "research",
   * "centre" and "number" common words, as they are in a real registry.
   */
  private static List<Organization> fillers() {
    List<Organization> organizations = new ArrayList<>();
    for (int k = 0; k < 30; k++) {
      organizations.add(invented("filler-" + k, "GB", "Town" + k, OrganizationType.RESEARCH_INSTITUTE,
          en("Population Health Research Centre Number " + (char) ('a' + k % 26) + k)).build());
    }
    return organizations;
  }

  /**
   * Invented organizations for optional words and literal matches: a university named with its
   * city, campuses of one university told apart by city, a name of common words with a city, a
   * university "&amp; Research", namesakes that differ in a plural, a name that holds a place
   * name; and thirty research centres that make "population", "health" and "research" common
   * words.
   */
  private static final OrganizationIndex OPTIONAL_WORDS;

  static {
    List<Organization> organizations = fillers();
    organizations.addAll(List.of(
        invented("halvard", "NL", "Brenton", OrganizationType.UNIVERSITY,
            en("Halvard University Brenton")).build(),
        invented("calden-n", "US", "Northfield", OrganizationType.UNIVERSITY,
            en("University of Calden, Northfield")).build(),
        invented("calden-s", "US", "Southport", OrganizationType.UNIVERSITY,
            en("University of Calden, Southport")).build(),
        invented("lakeside-ph", "FR", "Lakeside", OrganizationType.RESEARCH_INSTITUTE,
            en("Lakeside Population Health")).build(),
        invented("oskar", "SE", "Lindby", OrganizationType.UNIVERSITY,
            en("Oskarsborg University")).build(),
        invented("norvik-mi", "NO", "Norvik", OrganizationType.RESEARCH_INSTITUTE,
            en("Norvik Mathematical Institute")).build(),
        invented("brisby", "NL", "Brisby", OrganizationType.UNIVERSITY,
            en("Brisby University & Research")).build(),
        invented("niv", "US", "Bethel", OrganizationType.GOVERNMENT_BODY,
            en("National Institutes of Vitality")).build(),
        invented("niv-single", "PK", "Karwan", OrganizationType.GOVERNMENT_BODY,
            en("National Institute of Vitality")).build(),
        invented("fcu", "US", "Orlin", OrganizationType.UNIVERSITY,
            en("Florida Coastal University")).build(),
        invented("cu", "US", "Marlow", OrganizationType.UNIVERSITY,
            en("Coastal University")).build()));
    OPTIONAL_WORDS = OrganizationIndex.of(organizations);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a name's own city may be left out | Department of Music, Halvard University | halvard",
      "the same in Dutch | Halvard Universiteit | halvard",
      "campuses keep their cities | Department of Physics, University of Calden | none",
      "a campus named with its city | Department of Physics, University of Calden, Southport | calden-s",
      "common words keep their city | Population Health, Oskarsborg University | oskar",
      "a name of what departments are called keeps its city | Mathematical Institute, Oskarsborg University | oskar",
      "a coordinated tail of common words may be left out | Laboratory of Genetics, Brisby University | brisby",
      "the same in another order | University of Brisby | brisby",
      "UR beside a name is University & Research | Brisby UR | brisby",
      "a name written as is beats a plural namesake | National Institutes of Vitality | niv",
      "and the other way round | National Institute of Vitality | niv-single",
      "a name that holds a place name holds the match after it | Florida Coastal University | fcu"})
  void leavesOutOptionalWordsAndPrefersNamesAsWritten(String kase, String text, String expected) {
    assertAnswers(OPTIONAL_WORDS, kase, text, expected);
  }

  /**
   * Invented organizations for names of common words beside a proper name: thirty research
   * centres that make "centre", "population", "health" and "research" common words, a centre
   * named by those words only, and a university with a proper name.
   */
  private static final OrganizationIndex COMMON_NAMES;

  static {
    List<Organization> organizations = fillers();
    organizations.add(invented("cphr", "MN", "Ulaan", OrganizationType.RESEARCH_INSTITUTE,
        en("Centre for Population Health Research")).build());
    organizations.add(invented("kelvin", "CA", "Torvale", OrganizationType.UNIVERSITY,
        en("Kelvingrove University")).build());
    COMMON_NAMES = OrganizationIndex.of(organizations);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a name of common words beside a proper name is a unit of it | Centre for Population Health Research, Kelvingrove University | kelvin",
      "a name of common words alone | Centre for Population Health Research | cphr",
      "a name of common words with its city and country | Centre for Population Health Research, Ulaan, Mongolia, Kelvingrove University | cphr"})
  void readsANameOfCommonWordsBesideAProperNameAsAUnitOfIt(String kase, String text,
      String expected) {
    assertAnswers(COMMON_NAMES, kase, text, expected);
  }

  @Test
  void saysWhenItReadsANameOfCommonWordsAsAUnitOfAnother() {
    Resolution r = COMMON_NAMES.resolve("Centre for Population Health Research, Kelvingrove University");
    Candidate unit = r.runnerUp().orElseThrow();
    assertEquals("cphr", unit.organization().key(), r.explanation());
    assertTrue(unit.evidence().stream().anyMatch(e -> e.kind() == Evidence.Kind.UNIT_OF_ANOTHER
        && e.expected().equals("Kelvingrove University") && e.isAgainst()), r.explanation());
  }
}

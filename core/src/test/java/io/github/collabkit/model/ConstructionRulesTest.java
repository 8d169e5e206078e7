package io.github.collabkit.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The invariants each value type checks when it is built: every rule with an accepting and a
 * rejecting case, asserting the exception's type, key, field, rule and message.
 */
class ConstructionRulesTest {
  static final OrganizationRef LUMC = OrganizationRef.of("lumc");
  static final OrganizationRef UL = OrganizationRef.of("leiden-university");
  static final LocalizedText TITLE = LocalizedText.enNl("LUMC and Leiden University research IT agreement",
      "Samenwerkingsovereenkomst onderzoeks-IT LUMC en Universiteit Leiden");

  static InvalidValueException assertInvalid(Executable build, String type, String key, String field, String rule) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build);
    assertAll(
        () -> assertEquals(type, e.type(), "type"),
        () -> assertEquals(key, e.key(), "key"),
        () -> assertEquals(field, e.field(), "field"),
        () -> assertEquals(rule, e.rule(), "rule"),
        () -> assertEquals(type + (key == null ? "" : " '" + key + "'") + ": " + field + ": " + rule,
            e.getMessage(), "message"));
    return e;
  }

  static Partnership.Builder agreement() {
    return Partnership.builder()
        .ref(PartnershipRef.of("lumc-ul-2021"))
        .title(TITLE)
        .kind(PartnershipKind.COLLABORATION_AGREEMENT)
        .addParty(Participation.of(LUMC, PartyRole.PARTNER))
        .addParty(Participation.of(UL, PartyRole.PARTNER));
  }

  static Organization.Builder lumc() {
    return Organization.builder()
        .ref(LUMC)
        .addName(Name.of("Leiden University Medical Center", "en", NameKind.DISPLAY))
        .addType(OrganizationType.UMC);
  }

  // ---- names

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"", " ", "\t", "\n \u2003"})
  void rejectsBlankNames(String blank) {
    assertInvalid(() -> Name.of(blank, "en", NameKind.DISPLAY), "name", null, "value", "must not be blank");
    assertInvalid(() -> Name.acronym(blank), "name", null, "value", "must not be blank");
    assertInvalid(() -> Person.builder().ref(PersonRef.of("kim-smit")).name(blank).build(),
        "person", "kim-smit", "name", "must not be blank");
    assertInvalid(() -> Landscape.builder().name(blank).build(), "landscape", null, "name", "must not be blank");
  }

  @Test
  void acceptsNamesWithAndWithoutLanguage() {
    Name label = Name.of("Leids Universitair Medisch Centrum", "nl", NameKind.LABEL);
    Name acronym = Name.acronym("LUMC");
    assertAll(
        () -> assertEquals(java.util.Optional.of("nl"), label.language()),
        () -> assertEquals(NameKind.LABEL, label.kind()),
        () -> assertEquals(java.util.Optional.empty(), acronym.language()),
        () -> assertEquals(NameKind.ACRONYM, acronym.kind()),
        () -> assertEquals(NameKind.DISPLAY, Name.builder().value("LUMC").build().kind(), "default kind"),
        () -> assertEquals("Kim Smit", Person.builder().ref(PersonRef.of("kim-smit")).name("Kim Smit").build().name()));
  }

  @Test
  void rejectsNamesWithMalformedLanguage() {
    assertInvalid(() -> Name.of("LUMC", "NL", NameKind.DISPLAY), "name", "LUMC", "language",
        "must be a BCP 47 language tag such as 'nl' or 'en-GB', got 'NL'");
  }

  // ---- organizations

  @Test
  void acceptsAnOrganizationWithOneNameAndOneType() {
    Organization lumc = lumc().build();
    assertAll(
        () -> assertEquals("Leiden University Medical Center", lumc.displayName()),
        () -> assertEquals(OrganizationStatus.ACTIVE, lumc.status()),
        () -> assertEquals(LocalizedText.empty(), lumc.description()),
        () -> assertEquals(List.of(), lumc.identifiers()));
  }

  @Test
  void rejectsAnOrganizationWithoutNames() {
    assertInvalid(() -> Organization.builder().ref(LUMC).addType(OrganizationType.UMC).build(),
        "organization", "lumc", "names", "needs at least 1 entry, got 0");
  }

  @Test
  void acceptsDomainsInLowerCaseAndRejectsOthers() {
    assertEquals(List.of("lumc.nl", "my-umc.example.org"), lumc().addDomains("lumc.nl", "my-umc.example.org").build()
        .domains());
    for (String bad : List.of("LUMC.nl", "lumc", "https://lumc.nl", "-lumc.nl", "lumc..nl", "lu mc.nl")) {
      assertInvalid(() -> lumc().addDomain(bad).build(), "organization", "lumc", "domains",
          "must be a domain name in lower case, such as lumc.nl, got '" + bad + "'");
    }
  }

  @Test
  void acceptsCoordinatesGivenTogetherWithinRange() {
    Location leiden = Location.builder().countryCode("NL").latitude(52.15833).longitude(4.49306).build();
    assertEquals(52.15833, leiden.latitude().orElseThrow());
    assertEquals(-180.0, Location.builder().countryCode("FJ").latitude(-90.0).longitude(-180.0).build()
        .longitude().orElseThrow());
  }

  @Test
  void rejectsCoordinatesAloneOrOutOfRange() {
    assertInvalid(() -> Location.builder().countryCode("NL").latitude(52.1).build(), "location", "NL", "longitude",
        "latitude and longitude are given together or not at all");
    assertInvalid(() -> Location.builder().countryCode("NL").longitude(4.4).build(), "location", "NL", "latitude",
        "latitude and longitude are given together or not at all");
    assertInvalid(() -> Location.builder().countryCode("NL").latitude(91.0).longitude(4.4).build(), "location", "NL",
        "latitude", "must be from -90 to 90, got 91.0");
    assertInvalid(() -> Location.builder().countryCode("NL").latitude(52.0).longitude(Double.NaN).build(), "location",
        "NL", "longitude", "must be from -180 to 180, got NaN");
  }

  @Test
  void rejectsAnOrganizationWithoutTypes() {
    assertInvalid(() -> lumc().types(Set.of()).build(), "organization", "lumc", "types", "needs at least 1 entry, got 0");
  }

  @Test
  void rejectsAnOrganizationThatIsItsOwnParent() {
    assertInvalid(() -> lumc().parent(LUMC).build(), "organization", "lumc", "parent", "must not be the organization itself");
    assertEquals(LUMC, lumc().ref(OrganizationRef.of("lumc-parasitology")).addType(OrganizationType.DEPARTMENT)
        .parent(LUMC).build().parent().orElseThrow());
  }

  @Test
  void displayNamePrefersTheLanguageThenTheFirstDisplayName() {
    Organization lumc = lumc()
        .addName(Name.of("Leids Universitair Medisch Centrum", "nl", NameKind.LABEL))
        .addName(Name.acronym("LUMC"))
        .build();
    assertAll(
        () -> assertEquals("Leids Universitair Medisch Centrum", lumc.displayName("nl")),
        () -> assertEquals("Leiden University Medical Center", lumc.displayName("en")),
        () -> assertEquals("Leiden University Medical Center", lumc.displayName("fr")),
        () -> assertEquals("Leiden University Medical Center", lumc.displayName(null)),
        () -> assertEquals("LUMC", Organization.builder().ref(LUMC).addName(Name.acronym("LUMC"))
            .addType(OrganizationType.UMC).build().displayName("nl"), "only an acronym"));
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"NL", "FR", "DE"})
  void acceptsTwoLetterUpperCaseCountryCodes(String country) {
    assertEquals(country, Location.of(country, "Leiden").countryCode());
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"nl", "NLD", "N", "", "Nederland", "N1", "\u00c4B"})
  void rejectsCountryCodesThatAreNotIso3166Alpha2(String country) {
    assertInvalid(() -> Location.of(country, "Leiden"), "location", null, "countryCode",
        "must be an ISO 3166-1 alpha-2 code of two upper-case letters, got '" + country + "'");
  }

  @Test
  void rejectsBlankCityAndRegion() {
    assertInvalid(() -> Location.of("NL", " "), "location", "NL", "city", "must not be blank");
    assertInvalid(() -> Location.builder().countryCode("NL").region("").build(), "location", "NL", "region",
        "must not be blank");
    assertEquals("Zuid-Holland", Location.builder().countryCode("NL").city("Leiden").region("Zuid-Holland").build()
        .region().orElseThrow());
  }

  // ---- partnerships

  @Test
  void acceptsAPartnershipOfTwoDistinctParties() {
    Partnership p = agreement().build();
    assertAll(
        () -> assertEquals(List.of(LUMC, UL), p.organizations()),
        () -> assertEquals(PartnershipStatus.SIGNED, p.status(), "default status"),
        () -> assertEquals(PartyRole.PARTNER, Participation.builder().organization(LUMC).build().role(), "default role"));
  }

  @Test
  void rejectsAPartnershipWithFewerThanTwoDistinctParties() {
    assertInvalid(() -> agreement().parties(List.of()).build(),
        "partnership", "lumc-ul-2021", "parties", "needs at least 2 distinct organizations, got 0");
    assertInvalid(() -> agreement().parties(List.of(Participation.of(LUMC, PartyRole.PARTNER))).build(),
        "partnership", "lumc-ul-2021", "parties", "needs at least 2 distinct organizations, got 1");
    assertInvalid(() -> agreement().parties(List.of(Participation.of(LUMC, PartyRole.LEAD),
            Participation.of(LUMC, PartyRole.FUNDER))).build(),
        "partnership", "lumc-ul-2021", "parties", "needs at least 2 distinct organizations, got 1");
  }

  @Test
  void withPartiesChecksAgain() {
    Partnership p = agreement().build();
    assertInvalid(() -> p.withParties(Participation.of(LUMC, PartyRole.PARTNER)),
        "partnership", "lumc-ul-2021", "parties", "needs at least 2 distinct organizations, got 1");
  }

  @Test
  void rejectsAPartnershipWithAnEmptyTitle() {
    assertInvalid(() -> agreement().title(LocalizedText.empty()).build(),
        "partnership", "lumc-ul-2021", "title", "must be given in at least one language");
  }

  @Test
  void rejectsThemesThatAreNoCodes() {
    assertEquals(Set.of("population-health"), agreement().addTheme("population-health").build().themes());
    assertInvalid(() -> agreement().addTheme("Population Health").build(), "partnership", "lumc-ul-2021", "themes",
        "must be lower-case letters and digits joined by '-', '_' or '.' (at most 128 characters), got 'Population Health'");
  }

  @Test
  void rejectsWorkAreasWithoutTitleOrWithBadThemes() {
    assertInvalid(() -> WorkArea.builder().title(LocalizedText.empty()).build(), "work area", null, "title",
        "must be given in at least one language");
    assertInvalid(() -> WorkArea.builder().title(LocalizedText.of("en", "HPC")).addTheme("HPC").build(),
        "work area", "HPC", "themes",
        "must be lower-case letters and digits joined by '-', '_' or '.' (at most 128 characters), got 'HPC'");
    assertEquals(Set.of("research-computing"),
        WorkArea.builder().title(LocalizedText.of("en", "HPC")).addTheme("research-computing").build().themes());
  }

  @Test
  void rejectsRolesAmbitionsAndAlignmentsWithoutText() {
    assertInvalid(() -> Role.of(LocalizedText.empty(), LUMC), "role", "lumc", "title",
        "must be given in at least one language");
    assertInvalid(() -> Ambition.builder().description(LocalizedText.empty()).build(), "ambition", null,
        "description", "must be given in at least one language");
    assertInvalid(() -> Alignment.builder().description(LocalizedText.empty()).build(), "alignment", null,
        "description", "must be given in at least one language");
    assertEquals(LUMC, Role.of(LocalizedText.enNl("Member of the Executive Board", "Lid Raad van Bestuur"), LUMC)
        .organization());
  }

  // ---- infrastructures

  static Infrastructure.Builder ncc() {
    return Infrastructure.builder()
        .ref(InfrastructureRef.of("ncc"))
        .addName(Name.of("Nederlands Cohorten Consortium", "nl", NameKind.DISPLAY))
        .addKind(InfrastructureKind.COHORT_CONSORTIUM);
  }

  @Test
  void acceptsAnInfrastructureWithANameAndAKind() {
    Infrastructure ncc = ncc().addCapability("cohort-data").build();
    assertAll(
        () -> assertEquals(InfrastructureStatus.OPERATIONAL, ncc.status(), "default status"),
        () -> assertEquals("Nederlands Cohorten Consortium", ncc.displayName("en")));
  }

  @Test
  void rejectsAnInfrastructureWithoutNamesOrKinds() {
    assertInvalid(() -> ncc().names(List.of()).build(), "infrastructure", "ncc", "names", "needs at least 1 entry, got 0");
    assertInvalid(() -> ncc().kinds(Set.of()).build(), "infrastructure", "ncc", "kinds", "needs at least 1 entry, got 0");
  }

  @Test
  void rejectsAnInfrastructureThatIsPartOfItself() {
    assertInvalid(() -> ncc().partOf(InfrastructureRef.of("ncc")).build(), "infrastructure", "ncc", "partOf",
        "must not be the infrastructure itself");
  }

  @Test
  void rejectsCapabilityAndThemeCodesThatAreNoCodes() {
    assertInvalid(() -> ncc().addCapability("Cohort data").build(), "infrastructure", "ncc", "capabilities",
        "must be lower-case letters and digits joined by '-', '_' or '.' (at most 128 characters), got 'Cohort data'");
    assertInvalid(() -> ncc().addTheme("").build(), "infrastructure", "ncc", "themes",
        "must be lower-case letters and digits joined by '-', '_' or '.' (at most 128 characters), got ''");
  }

  // ---- quantities

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"0, studies", "11, studies", "440000, participants", "50, years", "0.5, fte", "90, percent"})
  void acceptsFiniteNonNegativeQuantities(double value, String unit) {
    Quantity q = Quantity.of(QuantityQualifier.MORE_THAN, value, unit);
    assertEquals(value, q.value());
    assertEquals(QuantityQualifier.EXACT, Quantity.builder().value(value).unit(unit).build().qualifier(), "default");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(doubles = {-1, -0.0001, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void rejectsNegativeAndNonFiniteQuantities(double value) {
    assertInvalid(() -> Quantity.of(QuantityQualifier.EXACT, value, "participants"), "quantity", "participants",
        "value", "must be a finite number of zero or more, got " + value);
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"Participants", "per cent", "", "jaren!", "-studies"})
  void rejectsUnitsThatAreNoCodes(String unit) {
    assertInvalid(() -> Quantity.of(QuantityQualifier.EXACT, 11, unit), "quantity", null, "unit",
        "must be lower-case letters and digits joined by '-', '_' or '.' (at most 128 characters), got '" + unit + "'");
  }

  // ---- keys and codes

  static Stream<Arguments> references() {
    return Stream.of(
        Arguments.of("organization reference", (Function<String, EntityRef>) OrganizationRef::of),
        Arguments.of("person reference", (Function<String, EntityRef>) PersonRef::of),
        Arguments.of("partnership reference", (Function<String, EntityRef>) PartnershipRef::of),
        Arguments.of("infrastructure reference", (Function<String, EntityRef>) InfrastructureRef::of),
        Arguments.of("strategy reference", (Function<String, EntityRef>) StrategyRef::of),
        Arguments.of("action line reference", (Function<String, EntityRef>) ActionLineRef::of),
        Arguments.of("source reference", (Function<String, EntityRef>) SourceRef::of));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("references")
  void referencesAcceptLowerCaseKeys(String type, Function<String, EntityRef> of) {
    for (String key : List.of("lumc", "lumc-ul-2021", "umc_7", "seed.000", "a", "x".repeat(128))) {
      EntityRef ref = of.apply(key);
      assertEquals(key, ref.key());
      assertEquals(key, ref.toString());
      assertEquals(ref, of.apply(key), "records compare by key");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("references")
  void referencesRejectMalformedKeys(String type, Function<String, EntityRef> of) {
    for (String key : List.of("", "LUMC", "lumc ul", "-lumc", "lumc-", "lumc--ul", "lumc/ul", "lümc", "x".repeat(129))) {
      assertInvalid(() -> of.apply(key), type, null, "key",
          "must be lower-case letters and digits joined by '-', '_' or '.' (at most 128 characters), got '" + key + "'");
    }
    assertInvalid(() -> of.apply(null), type, null, "key", "is required, got null");
  }

  @Test
  void referencesNameTheirEntityTypeAndSortByKey() {
    assertAll(
        () -> assertEquals("organization", LUMC.entityType()),
        () -> assertEquals("person", PersonRef.of("kim-smit").entityType()),
        () -> assertEquals("partnership", PartnershipRef.of("x").entityType()),
        () -> assertEquals("infrastructure", InfrastructureRef.of("x").entityType()),
        () -> assertEquals("strategy", StrategyRef.of("x").entityType()),
        () -> assertEquals("action line", ActionLineRef.of("x").entityType()),
        () -> assertEquals("source", SourceRef.of("x").entityType()),
        () -> assertEquals(List.of(UL, LUMC), Stream.of(LUMC, UL).sorted().toList()));
  }

  @Test
  void referencesOfDifferentTypesSortByEntityTypeAndNeverCompareEqual() {
    EntityRef organization = OrganizationRef.of("lumc");
    EntityRef partnership = PartnershipRef.of("lumc");
    assertAll(
        () -> assertTrue(organization.compareTo(partnership) < 0, "organization sorts before partnership"),
        () -> assertTrue(partnership.compareTo(organization) > 0),
        () -> assertNotEquals(organization, partnership),
        () -> assertEquals(List.of(organization, PartnershipRef.of("a"), partnership),
            Stream.of(partnership, organization, PartnershipRef.of("a")).sorted().toList()));
  }

  @Test
  void entitiesGiveTheirTypedReferenceAsRefAndItsTextAsKey() {
    Organization lumc = Organization.builder().ref(LUMC)
        .addName(Name.of("LUMC", "nl", NameKind.DISPLAY)).addType(OrganizationType.UMC).build();
    ActionLine line = ActionLine.builder().ref(ActionLineRef.of("public-private-partnerships"))
        .label(LocalizedText.enNl("Public-private partnerships", "Publiek-private samenwerking")).build();
    assertAll(
        () -> assertEquals(LUMC, lumc.ref()),
        () -> assertEquals("lumc", lumc.key()),
        () -> assertEquals(ActionLineRef.of("public-private-partnerships"), line.ref()),
        () -> assertEquals("public-private-partnerships", line.key()));
  }

  @Test
  void conceptsRequireCodesAndALabel() {
    Concept theme = Concept.of("theme", "population-health", LocalizedText.enNl("Population health", "Populatiegezondheid"));
    assertEquals("population-health", theme.code());
    assertInvalid(() -> Concept.of("Theme", "population-health", theme.label()), "concept", "population-health", "scheme",
        "must be lower-case letters and digits joined by '-', '_' or '.' (at most 128 characters), got 'Theme'");
    assertInvalid(() -> Concept.of("theme", "Population health", theme.label()), "concept", "Population health", "code",
        "must be lower-case letters and digits joined by '-', '_' or '.' (at most 128 characters), got 'Population health'");
    assertInvalid(() -> Concept.of("theme", "population-health", LocalizedText.empty()), "concept", "population-health",
        "label", "must be given in at least one language");
  }

  // ---- strategies, action lines, sources

  static Strategy.Builder strategy() {
    return Strategy.builder()
        .ref(StrategyRef.of("umc-strategy-2025-2030"))
        .title(LocalizedText.enNl("Joint strategy of the umc's 2025-2030", "Gezamenlijke strategie umc's 2025-2030"))
        .addOwner(LUMC)
        .period(Period.between(PartialDate.ofYear(2025), PartialDate.ofYear(2030)));
  }

  @Test
  void strategiesNeedATitleAndAnOwner() {
    assertEquals(List.of(LUMC), strategy().build().owners());
    assertInvalid(() -> strategy().title(LocalizedText.empty()).build(), "strategy", "umc-strategy-2025-2030", "title",
        "must be given in at least one language");
    assertInvalid(() -> strategy().owners(List.of()).build(), "strategy", "umc-strategy-2025-2030", "owners",
        "needs at least 1 entry, got 0");
  }

  @Test
  void actionLinesNeedALabel() {
    ActionLine line = ActionLine.builder().ref(ActionLineRef.of("smart-concentration"))
        .label(LocalizedText.enNl("Smart concentration", "Slimme concentratie")).build();
    assertEquals("Slimme concentratie", line.label().text("nl"));
    assertInvalid(() -> line.withLabel(LocalizedText.empty()), "action line", "smart-concentration", "label",
        "must be given in at least one language");
  }

  static Source.Builder source() {
    return Source.builder().ref(SourceRef.of("seed-000"))
        .title(LocalizedText.of("en", "LUMC and Leiden University sign research IT agreement"));
  }

  @Test
  void sourcesCheckTitleLanguageAndUrl() {
    Source s = source().language("nl").url("https://www.lumc.nl/").date(PartialDate.of(2022, 1)).build();
    assertEquals(SourceType.OTHER, source().build().type(), "default type");
    assertEquals("https://www.lumc.nl/", s.url().orElseThrow());
    assertInvalid(() -> source().title(LocalizedText.empty()).build(), "source", "seed-000", "title",
        "must be given in at least one language");
    assertInvalid(() -> source().language("Dutch").build(), "source", "seed-000", "language",
        "must be a BCP 47 language tag such as 'nl' or 'en-GB', got 'Dutch'");
    assertInvalid(() -> source().url("www.lumc.nl").build(), "source", "seed-000", "url",
        "must be an absolute http or https URL, got 'www.lumc.nl'");
  }

  @Test
  void termsRejectBlankPartsAndMalformedCodes() {
    assertEquals("joint-lab", new Term("joint-lab", "Joint lab", "Gezamenlijk lab", "A lab.").code());
    assertInvalid(() -> new Term("Joint lab", "Joint lab", "Gezamenlijk lab", "A lab."), "term", "Joint lab", "code",
        "must be lower-case letters and digits joined by '-', '_' or '.' (at most 128 characters), got 'Joint lab'");
    assertInvalid(() -> new Term("joint-lab", " ", "Gezamenlijk lab", "A lab."), "term", "joint-lab", "labelEn",
        "must not be blank");
    assertInvalid(() -> new Term("joint-lab", "Joint lab", "", "A lab."), "term", "joint-lab", "labelNl",
        "must not be blank");
    assertInvalid(() -> new Term("joint-lab", "Joint lab", "Gezamenlijk lab", null), "term", "joint-lab", "definition",
        "is required, got null");
  }
}

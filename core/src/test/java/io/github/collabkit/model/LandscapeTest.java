package io.github.collabkit.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;


import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LandscapeTest {
  static final OrganizationRef LUMC = OrganizationRef.of("lumc");
  static final OrganizationRef UL = OrganizationRef.of("leiden-university");
  static final OrganizationRef INSERM = OrganizationRef.of("inserm");
  static final OrganizationRef PARASITOLOGY = OrganizationRef.of("lumc-parasitology");
  static final OrganizationRef INTERNAL_MEDICINE = OrganizationRef.of("lumc-internal-medicine");

  static Organization org(OrganizationRef key, String name, OrganizationType type) {
    return Organization.builder().ref(key).addName(Name.of(name, "en", NameKind.DISPLAY)).addType(type).build();
  }

  static Partnership partnership(String key, OrganizationRef... parties) {
    Partnership.Builder b = Partnership.builder().ref(PartnershipRef.of(key)).title(LocalizedText.of("en", key))
        .kind(PartnershipKind.COLLABORATION_AGREEMENT);
    for (OrganizationRef party : parties) {
      b.addParty(Participation.of(party, PartyRole.PARTNER));
    }
    return b.build();
  }

  private final Organization lumc = org(LUMC, "Leiden University Medical Center", OrganizationType.UMC);
  private final Organization lumcAgain = org(LUMC, "LUMC (duplicate)", OrganizationType.HOSPITAL);
  private final Organization ul = org(UL, "Leiden University", OrganizationType.UNIVERSITY);
  private final Organization inserm = org(INSERM, "Inserm", OrganizationType.RESEARCH_INSTITUTE);
  private final Organization parasitology = org(PARASITOLOGY, "Department of Parasitology", OrganizationType.DEPARTMENT)
      .withParent(LUMC);
  private final Organization internalMedicine =
      org(INTERNAL_MEDICINE, "Department of Internal Medicine", OrganizationType.DEPARTMENT).withParent(LUMC);
  private final Partnership it2018 = partnership("lumc-ul-2018", LUMC, UL);
  private final Partnership it2021 = partnership("lumc-ul-2021", UL, LUMC, UL);
  private final Partnership jointLab = partnership("lumc-inserm-2025", INTERNAL_MEDICINE, INSERM);
  private final Partnership it2021Again = partnership("lumc-ul-2021", LUMC, INSERM);
  private final Infrastructure hpc = Infrastructure.builder().ref(InfrastructureRef.of("lumc-hpc"))
      .addName(Name.of("LUMC HPC", "en", NameKind.DISPLAY)).addKind(InfrastructureKind.COMPUTE)
      .addOrganization(InfrastructureParticipation.of(LUMC, InfrastructureRole.OWNER))
      .addOrganization(InfrastructureParticipation.of(LUMC, InfrastructureRole.OPERATOR))
      .build();

  private final Landscape landscape = Landscape.builder().name("test")
      .addOrganizations(lumc, ul, inserm, parasitology, lumcAgain, internalMedicine)
      .addPartnerships(it2018, it2021, jointLab, it2021Again)
      .addInfrastructure(hpc)
      .addPerson(Person.builder().ref(PersonRef.of("kim-smit")).name("Kim Smit").build())
      .addSource(ConstructionRulesTest.source().build())
      .addConcept(Concept.of("theme", "population-health", LocalizedText.of("en", "Population health")))
      .addStrategy(ConstructionRulesTest.strategy().addActionLine(ActionLine.builder()
          .ref(ActionLineRef.of("smart-concentration")).label(LocalizedText.of("en", "Smart concentration")).build())
          .build())
      .build();

  @Test
  void looksUpEntitiesByKey() {
    assertAll(
        () -> assertSame(ul, landscape.organization(UL).orElseThrow()),
        () -> assertSame(it2018, landscape.partnership(PartnershipRef.of("lumc-ul-2018")).orElseThrow()),
        () -> assertSame(hpc, landscape.infrastructure(InfrastructureRef.of("lumc-hpc")).orElseThrow()),
        () -> assertEquals("Kim Smit", landscape.person(PersonRef.of("kim-smit")).orElseThrow().name()),
        () -> assertEquals("seed-000", landscape.source(SourceRef.of("seed-000")).orElseThrow().key()),
        () -> assertEquals("umc-strategy-2025-2030",
            landscape.strategy(StrategyRef.of("umc-strategy-2025-2030")).orElseThrow().key()),
        () -> assertEquals("Smart concentration",
            landscape.actionLine(ActionLineRef.of("smart-concentration")).orElseThrow().label().text("en")),
        () -> assertEquals("Population health",
            landscape.concept("theme", "population-health").orElseThrow().label().text("en")));
  }

  @Test
  void returnsEmptyForUnknownKeys() {
    assertAll(
        () -> assertEquals(Optional.empty(), landscape.organization(OrganizationRef.of("umcg"))),
        () -> assertEquals(Optional.empty(), landscape.partnership(PartnershipRef.of("lumc"))),
        () -> assertEquals(Optional.empty(), landscape.person(PersonRef.of("lumc"))),
        () -> assertEquals(Optional.empty(), landscape.infrastructure(InfrastructureRef.of("lumc"))),
        () -> assertEquals(Optional.empty(), landscape.strategy(StrategyRef.of("lumc"))),
        () -> assertEquals(Optional.empty(), landscape.actionLine(ActionLineRef.of("lumc"))),
        () -> assertEquals(Optional.empty(), landscape.source(SourceRef.of("lumc"))),
        () -> assertEquals(Optional.empty(), landscape.concept("capability", "population-health")),
        () -> assertEquals(Optional.empty(), landscape.concept("theme", "hpc")));
  }

  @Test
  void firstEntityWinsWhenKeysAreDuplicated() {
    assertSame(lumc, landscape.organization(LUMC).orElseThrow());
    assertSame(it2021, landscape.partnership(PartnershipRef.of("lumc-ul-2021")).orElseThrow());
    assertEquals(6, landscape.organizations().size(), "the duplicate is kept, not dropped");
  }

  @Test
  void partnershipsOfListsEachPartnershipOnceInLandscapeOrder() {
    assertAll(
        () -> assertEquals(List.of(it2018, it2021, it2021Again), landscape.partnershipsOf(LUMC)),
        () -> assertEquals(List.of(it2018, it2021), landscape.partnershipsOf(UL)),
        () -> assertEquals(List.of(jointLab, it2021Again), landscape.partnershipsOf(INSERM)),
        () -> assertEquals(List.of(jointLab), landscape.partnershipsOf(INTERNAL_MEDICINE)),
        () -> assertEquals(List.of(), landscape.partnershipsOf(OrganizationRef.of("umcg"))));
  }

  @Test
  void infrastructuresOfListsEachInfrastructureOnce() {
    assertEquals(List.of(hpc), landscape.infrastructuresOf(LUMC));
    assertEquals(List.of(), landscape.infrastructuresOf(UL));
  }

  @Test
  void unitsOfListsDirectUnitsInLandscapeOrder() {
    assertEquals(List.of(parasitology, internalMedicine), landscape.unitsOf(LUMC));
    assertEquals(List.of(), landscape.unitsOf(UL));
    assertEquals(List.of(), landscape.unitsOf(PARASITOLOGY));
  }

  @Test
  void lookupsSeeCopiesNotTheOriginal() {
    Landscape fewer = landscape.withPartnerships(it2018);
    assertEquals(List.of(it2018), fewer.partnershipsOf(LUMC));
    assertEquals(Optional.empty(), fewer.partnership(PartnershipRef.of("lumc-ul-2021")));
    assertEquals(3, landscape.partnershipsOf(LUMC).size(), "the original is unchanged");
  }

  @Test
  void collectionsAreUnmodifiable() {
    assertAll(
        () -> org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
            () -> landscape.organizations().add(lumc)),
        () -> org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
            () -> landscape.partnershipsOf(LUMC).clear()),
        () -> org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
            () -> it2021.parties().clear()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"CC-BY-4.0", "CC0-1.0", "Apache-2.0", "GPL-2.0-only WITH Classpath-exception-2.0",
      "MIT OR Apache-2.0", "https://creativecommons.org/licenses/by/4.0/", "LicenseRef-umc-terms"})
  void acceptsAnSpdxLicenceOrItsAddress(String license) {
    assertEquals(Optional.of(license), Landscape.builder().name("x").license(license).build().license());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "CC BY 4.0", "-MIT", "MIT OR", "ftp://example.org/licence",
      "javascript:alert(1)"})
  void refusesALicenceThatIsNeitherAnSpdxIdentifierNorAnAddress(String license) {
    InvalidValueException e = ConstructionRulesTest.assertInvalid(
        () -> Landscape.builder().name("x").license(license).build(), "landscape", null, "license",
        "must be an SPDX licence identifier such as 'CC-BY-4.0' or an http(s) address of the licence, got '" + license + "'");
    assertEquals("license", e.field());
  }

  @Test
  void refusesAPageThatIsNotAnHttpAddress() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Landscape.builder().name("x").url("www.example.org").build());
    assertEquals("url", e.field());
  }

  @Test
  void refusesABlankOrRepeatedCreator() {
    assertEquals("creators", assertThrows(InvalidValueException.class,
        () -> Landscape.builder().name("x").addCreators(" ").build()).field());
    ConstructionRulesTest.assertInvalid(
        () -> Landscape.builder().name("x").addCreators("Data office", "Data office").build(), "landscape", null,
        "creators", "must not name 'Data office' twice");
  }
}

package io.github.collabkit;

import static io.github.collabkit.testing.Seed000.AGREEMENT_2021;
import static io.github.collabkit.testing.Seed000.LUMC;
import static io.github.collabkit.testing.Seed000.LUMC_BOARD;
import static io.github.collabkit.testing.Seed000.RIDDERBOS;
import static io.github.collabkit.testing.Seed000.SMIT;
import static io.github.collabkit.testing.Seed000.SUPERCOMPUTER_2018;
import static io.github.collabkit.testing.Seed000.UL;
import static io.github.collabkit.testing.Seed000.UL_BOARD;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.model.DateQualifier;
import io.github.collabkit.model.IdentifierScheme;
import io.github.collabkit.model.InfrastructureKind;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.PartialDate;
import io.github.collabkit.model.Partnership;
import io.github.collabkit.model.PartnershipLink;
import io.github.collabkit.model.PartnershipRelationKind;
import io.github.collabkit.model.Person;
import io.github.collabkit.model.SigningEvent;
import io.github.collabkit.model.SigningMode;
import io.github.collabkit.model.Source;
import io.github.collabkit.model.SourceType;
import io.github.collabkit.model.WorkArea;
import io.github.collabkit.testing.Seed000;
import io.github.collabkit.validate.LandscapeValidator;
import io.github.collabkit.validate.ValidationReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Builds the 2021 research IT agreement of LUMC and Leiden University from seed 000 in full and
 * checks that the model holds every fact the source gives, and that the landscape validates clean.
 */
class LumcLeidenAgreementTest {
  private final Landscape landscape = Seed000.landscape();
  private final Partnership agreement = landscape.partnership(AGREEMENT_2021).orElseThrow();

  @Test
  void partiesAreLumcAndLeidenUniversity() {
    assertEquals(List.of(LUMC, UL), agreement.organizations());
    assertEquals("Leids Universitair Medisch Centrum", landscape.organization(LUMC).orElseThrow().displayName("nl"));
    assertEquals("Universiteit Leiden", landscape.organization(UL).orElseThrow().displayName("nl"));
    assertEquals("05xvt9f17",
        landscape.organization(LUMC).orElseThrow().identifier(IdentifierScheme.ROR).orElseThrow().value());
    assertEquals("027bh9e22",
        landscape.organization(UL).orElseThrow().identifier(IdentifierScheme.ROR).orElseThrow().value());
  }

  @Test
  void signatoriesAreRidderbosForLeidenUniversityAndSmitForLumcWithTheirRoles() {
    assertEquals(List.of(RIDDERBOS, SMIT),
        agreement.signatories().stream().map(s -> s.person()).collect(Collectors.toList()));
    assertEquals(List.of(UL, LUMC),
        agreement.signatories().stream().map(s -> s.organization()).collect(Collectors.toList()));
    Person ridderbos = landscape.person(RIDDERBOS).orElseThrow();
    Person smit = landscape.person(SMIT).orElseThrow();
    assertAll(
        () -> assertEquals("Martijn Ridderbos", ridderbos.name()),
        () -> assertEquals("Vice-voorzitter van het College van Bestuur", ridderbos.roles().get(0).title().text("nl")),
        () -> assertEquals(UL_BOARD, ridderbos.roles().get(0).organization()),
        () -> assertEquals(Optional.of(UL), landscape.organization(UL_BOARD).orElseThrow().parent()),
        () -> assertEquals("Kim Smit", smit.name()),
        () -> assertEquals("Lid van de Raad van Bestuur", smit.roles().get(0).title().text("nl")),
        () -> assertEquals(LUMC_BOARD, smit.roles().get(0).organization()),
        () -> assertEquals(Optional.of(LUMC), landscape.organization(LUMC_BOARD).orElseThrow().parent()));
  }

  @Test
  void threeWorkAreasEachLinkedToTheInfrastructuresOfBothParties() {
    List<WorkArea> areas = agreement.workAreas();
    assertEquals(List.of("Sharing computing power", "Research data storage and management",
        "Hosting research equipment in data centres"),
        areas.stream().map(a -> a.title().text("en")).collect(Collectors.toList()));
    List<InfrastructureKind> kinds = List.of(InfrastructureKind.COMPUTE, InfrastructureKind.DATA_PLATFORM,
        InfrastructureKind.DATA_CENTER);
    for (int i = 0; i < 3; i++) {
      WorkArea area = areas.get(i);
      assertEquals(2, area.infrastructures().size(), area.title().text("en"));
      for (var ref : area.infrastructures()) {
        var infrastructure = landscape.infrastructure(ref).orElseThrow();
        assertTrue(infrastructure.kinds().contains(kinds.get(i)), ref + " is " + kinds.get(i));
      }
      assertEquals(List.of(LUMC, UL), area.infrastructures().stream()
          .map(r -> landscape.infrastructure(r).orElseThrow().organizations().get(0).organization())
          .collect(Collectors.toList()), "one infrastructure of each party");
    }
  }

  @Test
  void extendsThe2018SupercomputerAgreement() {
    assertEquals(List.of(PartnershipLink.of(PartnershipRelationKind.EXTENDS, SUPERCOMPUTER_2018)), agreement.links());
    Partnership predecessor = landscape.partnership(SUPERCOMPUTER_2018).orElseThrow();
    assertEquals(PartialDate.ofYear(2018), predecessor.signing().orElseThrow().date());
    assertEquals(List.of(LUMC, UL), predecessor.organizations());
    assertEquals(List.of(Seed000.SUPERCOMPUTER), predecessor.infrastructures());
  }

  @Test
  void signedJustBeforeChristmas2021ByVideoCall() {
    SigningEvent signing = agreement.signing().orElseThrow();
    assertAll(
        () -> assertEquals(PartialDate.of(2021, 12), signing.date()),
        () -> assertEquals(Optional.of(DateQualifier.BEFORE), signing.dateQualifier()),
        () -> assertEquals("Kerst", signing.occasion().text("nl")),
        () -> assertEquals(Optional.of(SigningMode.VIDEO_CALL), signing.mode()),
        () -> assertTrue(signing.date().latest().isBefore(LocalDate.of(2022, 1, 1))));
  }

  @Test
  void comesFromSeed000DatedJanuary2022() {
    assertEquals(List.of(Seed000.SEED), agreement.sources());
    Source source = landscape.source(Seed000.SEED).orElseThrow();
    assertAll(
        () -> assertEquals(Optional.of(PartialDate.of(2022, 1)), source.date()),
        () -> assertEquals(Optional.of("nl"), source.language()),
        () -> assertEquals(SourceType.NEWS_ARTICLE, source.type()),
        () -> assertEquals(Optional.of("000_11f623552192da1f.txt"), source.seed()));
  }

  @Test
  void validatesWithNoErrorsAndNoWarnings() {
    ValidationReport report = LandscapeValidator.create().asOf(Seed000.TODAY).validate(landscape);
    assertEquals("no problems", report.toString());
    assertTrue(report.isValid());
    assertEquals(report, report.orThrow());
  }
}

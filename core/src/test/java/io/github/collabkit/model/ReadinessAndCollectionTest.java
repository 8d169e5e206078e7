package io.github.collabkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Readiness of capabilities and the MIABIS collection profile of cohorts and biobanks: their invariants. */
class ReadinessAndCollectionTest {
  private static final String IMAGING = "microvascular-imaging";

  private static Infrastructure.Builder lab() {
    return Infrastructure.builder().ref(InfrastructureRef.of("lumc-inserm-joint-lab"))
        .addName(Name.of("International Joint Lab", "en", NameKind.DISPLAY))
        .addKind(InfrastructureKind.LABORATORY).addCapability(IMAGING).addCapability("functional-ultrasound-imaging");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4, 9})
  void acceptsTechnologyReadinessLevelsFromOneToNine(int trl) {
    assertEquals(Optional.of(trl), Readiness.builder().trl(trl).build().trl());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 10, -1})
  void rejectsLevelsOutsideOneToNine(int trl) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Readiness.builder().trl(trl).build());
    assertEquals("readiness: trl: must be a technology readiness level from 1 to 9, got " + trl, e.getMessage());
  }

  @Test
  void rejectsAReadinessWithNeitherLevelNorStage() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Readiness.builder().capability(IMAGING).build());
    assertEquals("readiness 'microvascular-imaging': trl: give a technology readiness level, a life-cycle stage or both",
        e.getMessage());
  }

  @Test
  void rejectsTheReadinessOfACapabilityTheInfrastructureDoesNotHave() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> lab().addReadiness(Readiness.builder().capability("hpc").trl(3).build()).build());
    assertEquals("readiness", e.field());
    assertTrue(e.rule().startsWith("capability 'hpc' is not one of the infrastructure's capabilities"), e.rule());
  }

  @Test
  void rejectsTwoReadinessStatementsForOneCapabilityOrForTheWhole() {
    assertEquals("capability 'microvascular-imaging' has more than one readiness; give one",
        assertThrows(InvalidValueException.class, () -> lab()
            .addReadiness(Readiness.builder().capability(IMAGING).trl(3).build())
            .addReadiness(Readiness.builder().capability(IMAGING).stage(LifeCycleStage.DESIGN).build()).build()).rule());
    assertEquals("the infrastructure as a whole has more than one readiness; give one",
        assertThrows(InvalidValueException.class, () -> lab().addReadiness(Readiness.of(LifeCycleStage.PLANNED))
            .addReadiness(Readiness.of(LifeCycleStage.DESIGN)).build()).rule());
  }

  @Test
  void readinessOfACapabilityFallsBackToThatOfTheWhole() {
    Infrastructure lab = lab().addReadiness(Readiness.of(LifeCycleStage.PLANNED))
        .addReadiness(Readiness.builder().capability(IMAGING).trl(4).build()).build();
    assertEquals(Optional.of(4), lab.readinessOf(IMAGING).flatMap(Readiness::trl));
    assertEquals(Optional.of(LifeCycleStage.PLANNED), lab.readinessOf("functional-ultrasound-imaging").flatMap(Readiness::stage));
    assertEquals(Optional.empty(), lab().build().readinessOf(IMAGING));
  }

  @Test
  void collectionProfileCountsParticipantsOnly() {
    CollectionProfile ncc = CollectionProfile.builder()
        .participants(Quantity.of(QuantityQualifier.MORE_THAN, 440_000, "participants")).build();
    assertEquals(440_000, ncc.participants().orElseThrow().value());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> CollectionProfile.builder()
        .participants(Quantity.of(QuantityQualifier.EXACT, 11, "studies")).build());
    assertEquals("collection profile: participants: must count participants, got unit 'studies'", e.getMessage());
  }

  @Test
  void rejectsAgesOutOfRangeOrInTheWrongOrder() {
    assertEquals("collection profile: maximumAge: must be an age in whole years from 0 to 150, got 151",
        assertThrows(InvalidValueException.class, () -> CollectionProfile.builder().maximumAge(151).build()).getMessage());
    assertEquals("collection profile: minimumAge: must be an age in whole years from 0 to 150, got -1",
        assertThrows(InvalidValueException.class, () -> CollectionProfile.builder().minimumAge(-1).build()).getMessage());
    assertEquals("collection profile: minimumAge: must not be above maximumAge, got 65 > 18",
        assertThrows(InvalidValueException.class, () -> CollectionProfile.builder().minimumAge(65).maximumAge(18).build())
            .getMessage());
    assertEquals(Optional.of(0), CollectionProfile.builder().minimumAge(0).maximumAge(0).build().minimumAge());
  }

  @Test
  void refusesUnknownMiabisCodesListingTheAllowedOnes() {
    UnknownCodeException material = assertThrows(UnknownCodeException.class, () -> MaterialType.fromCode("blood"));
    assertTrue(material.allowed().contains("whole-blood"), material.getMessage());
    UnknownCodeException category = assertThrows(UnknownCodeException.class, () -> DataCategory.fromCode("images"));
    assertTrue(category.allowed().contains("imaging-data"), category.getMessage());
    assertEquals(UseCondition.COLLABORATION_REQUIRED, UseCondition.fromCode("collaboration-required"));
    assertEquals(LifeCycleStage.PRODUCTION, LifeCycleStage.fromCode("production"));
  }
}

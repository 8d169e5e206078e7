package io.github.collabkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.model.Identifier;
import io.github.collabkit.model.IdentifierScheme;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.Organization;
import io.github.collabkit.validate.LandscapeValidator;
import io.github.collabkit.validate.ValidationReport;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class GeneratedLandscapeTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 42, 20260101})
  void generatesValidLandscapes(long seed) {
    Landscape landscape = LandscapeGenerator.seeded(seed).organizations(2_000).generate();
    ValidationReport report = LandscapeValidator.create().asOf(LandscapeGenerator.AS_OF).validate(landscape);
    assertTrue(report.violations().isEmpty(), () -> "seed " + seed + ": " + report.violations());
    assertEquals(2_000, landscape.organizations().size(), "seed " + seed);
    assertTrue(landscape.partnerships().size() >= 400, "seed " + seed);
    assertTrue(landscape.infrastructures().size() >= 100, "seed " + seed);
  }

  @Test
  void sameSeedGivesSameLandscape() {
    assertEquals(LandscapeGenerator.seeded(7).organizations(300).generate(),
        LandscapeGenerator.seeded(7).organizations(300).generate());
  }

  @Test
  void otherSeedGivesOtherLandscape() {
    assertNotEquals(LandscapeGenerator.seeded(7).organizations(300).generate(),
        LandscapeGenerator.seeded(8).organizations(300).generate());
  }

  @Test
  void rorIdsAreUniqueAndPassTheirChecksum() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      String id = LandscapeGenerator.rorId(42, i);
      assertTrue(IdentifierScheme.ROR.problem(id).isEmpty(), id);
      assertTrue(seen.add(id), "duplicate " + id);
    }
  }

  @Test
  void absentRorIdIsValidAndUnused() {
    LandscapeGenerator generator = LandscapeGenerator.seeded(3).organizations(500);
    Landscape landscape = generator.generate();
    Identifier absent = Identifier.of(IdentifierScheme.ROR, generator.absentRorId(0));
    assertTrue(landscape.organizations().stream().noneMatch(o -> o.identifiers().contains(absent)));
  }

  @Test
  void organizationsHaveMultilingualNamesAliasesAndAcronyms() {
    Landscape landscape = LandscapeGenerator.seeded(5).organizations(1_000).generate();
    Set<String> languages = new HashSet<>();
    boolean alias = false;
    boolean acronym = false;
    boolean unit = false;
    for (Organization o : landscape.organizations()) {
      o.names().forEach(n -> n.language().ifPresent(languages::add));
      alias |= o.names().stream().anyMatch(n -> n.kind() == NameKind.ALIAS);
      acronym |= o.names().stream().anyMatch(n -> n.kind() == NameKind.ACRONYM);
      unit |= o.parent().isPresent();
    }
    assertTrue(languages.containsAll(Set.of("en", "nl", "de", "fr", "es")), languages::toString);
    assertTrue(alias && acronym && unit);
  }

  @Test
  void rejectsTooFewOrganizations() {
    assertThrows(IllegalArgumentException.class, () -> LandscapeGenerator.seeded(1).organizations(9));
  }
}

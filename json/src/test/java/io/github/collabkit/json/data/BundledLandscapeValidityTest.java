package io.github.collabkit.json.data;

import io.github.collabkit.json.CollabkitJson;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.collabkit.model.Landscape;
import io.github.collabkit.validate.LandscapeValidator;
import io.github.collabkit.validate.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled Dutch umc dataset passes the dataset validator without errors or warnings. */
class BundledLandscapeValidityTest {

  @Test
  void bundledLandscapeHasNoViolations() {
    Landscape landscape = CollabkitJson.bundledLandscape();
    List<Violation> violations = LandscapeValidator.create().validate(landscape).violations();
    assertEquals(List.of(), violations, () -> "violations:\n" + String.join("\n",
        violations.stream().map(Violation::toString).toList()));
  }

  @Test
  void bundledLandscapeStaysValidUntilTheStrategyEnds() {
    Landscape landscape = CollabkitJson.bundledLandscape();
    List<Violation> violations =
        LandscapeValidator.create().asOf(LocalDate.of(2030, 12, 31)).validate(landscape).violations();
    assertEquals(List.of(), violations, () -> "violations:\n" + String.join("\n",
        violations.stream().map(Violation::toString).toList()));
  }
}

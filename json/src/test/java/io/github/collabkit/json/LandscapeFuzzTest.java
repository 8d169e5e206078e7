package io.github.collabkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.collabkit.model.Landscape;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes the dataset readers: whatever the bytes, the only exception allowed is {@link
 * CollabkitJsonException}, the collecting reader never throws, and what is read writes back to the
 * same value.
 *
 * <p>In {@code ./mvnw verify} this runs in Jazzer's regression mode: once per seed input in {@code
 * src/test/resources/io/github/collabkit/json/LandscapeFuzzTestInputs/} and once empty. For real
 * fuzzing: {@code JAZZER_FUZZ=1 ./mvnw -pl json -am test -Dtest=LandscapeFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}; a finding is saved as a new input that then runs in
 * every build.
 */
class LandscapeFuzzTest {
  static final CollabkitJson JSON = CollabkitJson.standard();

  @FuzzTest(maxDuration = "30s")
  void readsOnlyToCollabkitErrors(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    Landscape landscape;
    try {
      landscape = JSON.readLandscape(new ByteArrayInputStream(bytes));
    } catch (CollabkitJsonException expected) {
      landscape = null;
    }
    if (landscape != null) {
      assertEquals(landscape, JSON.readLandscape(JSON.writeLandscape(landscape)));
    }
    LandscapeReadResult result = JSON.readLandscapeCollecting(new ByteArrayInputStream(bytes));
    if (landscape != null) {
      assertEquals(landscape, result.landscape());
    }
    try (LandscapeLineReader lines = JSON.lineReader(new ByteArrayInputStream(bytes))) {
      while (lines.hasNext()) {
        lines.next();
      }
    } catch (CollabkitJsonException expected) {
      // the only failure allowed
    }
  }
}

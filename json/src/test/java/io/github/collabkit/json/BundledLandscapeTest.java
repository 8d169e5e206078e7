package io.github.collabkit.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.model.Landscape;
import io.github.collabkit.validate.LandscapeValidator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The dataset bundled in the jar loads, is cached, and is valid. Skipped until the dataset lands. */
class BundledLandscapeTest {

  @Test
  void loadsTheBundledDatasetOnceAndItIsValid() {
    Assumptions.assumeTrue(CollabkitJson.class.getResource(CollabkitJson.BUNDLED_LANDSCAPE) != null,
        "the bundled dataset " + CollabkitJson.BUNDLED_LANDSCAPE + " is not in this build yet");
    Landscape landscape = CollabkitJson.bundledLandscape();
    assertSame(landscape, CollabkitJson.bundledLandscape());
    assertFalse(landscape.organizations().isEmpty());
    assertTrue(LandscapeValidator.create().validate(landscape).isValid(),
        LandscapeValidator.create().validate(landscape).toString());
  }
}

package io.github.collabkit.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.model.Landscape;
import io.github.collabkit.validate.LandscapeValidator;
import org.junit.jupiter.api.Test;

/** The dataset bundled in the jar loads, is cached, and is valid; a build without it fails here. */
class BundledLandscapeTest {

  @Test
  void loadsTheBundledDatasetOnceAndItIsValid() {
    Landscape landscape = CollabkitJson.bundledLandscape();
    assertSame(landscape, CollabkitJson.bundledLandscape());
    assertFalse(landscape.organizations().isEmpty());
    assertTrue(LandscapeValidator.create().validate(landscape).isValid(),
        LandscapeValidator.create().validate(landscape).toString());
  }
}

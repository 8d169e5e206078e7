package io.github.collabkit.json.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.collabkit.json.CollabkitJson;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-written bundled dataset is in the canonical wire format: writing what was read gives the
 * same properties in the same order with the same values (only whitespace may differ).
 */
class BundledLandscapeFormatTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Test
  void bundledFileIsInCanonicalForm() throws IOException {
    JsonNode file;
    try (InputStream in = BundledLandscape.open()) {
      file = MAPPER.readTree(in);
    }
    JsonNode written = MAPPER.readTree(CollabkitJson.standard().writeLandscape(CollabkitJson.bundledLandscape()));
    // Compact text compares values and property order; tree equality alone ignores order.
    assertEquals(MAPPER.writeValueAsString(file), MAPPER.writeValueAsString(written));
  }
}

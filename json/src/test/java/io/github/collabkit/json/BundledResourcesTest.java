package io.github.collabkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The resource names that {@link CollabkitJson} publishes are names a class loader finds (no leading
 * slash). On the module path the consumer build checks the same through the opened packages.
 */
class BundledResourcesTest {

  @Test
  void bundledLandscapeIsFoundByTheSystemClassLoader() {
    assertFalse(CollabkitJson.BUNDLED_LANDSCAPE.startsWith("/"), CollabkitJson.BUNDLED_LANDSCAPE);
    assertNotNull(ClassLoader.getSystemResource(CollabkitJson.BUNDLED_LANDSCAPE), CollabkitJson.BUNDLED_LANDSCAPE);
    assertNotNull(CollabkitJson.class.getResource("/" + CollabkitJson.BUNDLED_LANDSCAPE));
  }

  @Test
  void aNameWithALeadingSlashIsWhatTheClassLoaderDoesNotFind() {
    // the regression: the constant used to start with '/', which no class loader resolves
    assertNull(ClassLoader.getSystemResource("/" + CollabkitJson.BUNDLED_LANDSCAPE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"landscape", "source", "concept", "organization", "person", "partnership",
      "infrastructure", "strategy", "event"})
  void eachSchemaIsFoundUnderTheSchemaFolderAndIsWhatSchemaReturns(String name) throws IOException {
    assertFalse(CollabkitJson.SCHEMA_FOLDER.startsWith("/"), CollabkitJson.SCHEMA_FOLDER);
    try (InputStream in = ClassLoader.getSystemResourceAsStream(CollabkitJson.SCHEMA_FOLDER + name + ".schema.json")) {
      assertNotNull(in, name);
      assertEquals(CollabkitJson.schema(name), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}

package io.github.collabkit.json.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.collabkit.json.CollabkitJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled dataset, as shipped, is valid against collabkit's own JSON Schema of a dataset document. */
class BundledLandscapeSchemaTest {
  private static final Schema LANDSCAPE = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(CollabkitJson.schema("landscape"), InputFormat.JSON);

  private static String bundled() throws IOException {
    try (InputStream in = BundledLandscape.open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void bundledFileHasNoSchemaFailures() throws IOException {
    List<Error> errors = LANDSCAPE.validate(bundled(), InputFormat.JSON);
    assertEquals(List.of(), errors);
  }

  @Test
  void schemaRejectsTheBundledFileWithAMistypedVocabularyCode() throws IOException {
    String broken = bundled().replaceFirst("\"kind\": \"joint-lab\"", "\"kind\": \"joint_lab\"");
    assertFalse(LANDSCAPE.validate(broken, InputFormat.JSON).isEmpty());
  }
}

package io.github.collabkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.collabkit.model.Landscape;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The wire format, fixed in checked-in documents: what collabkit writes is compared with them
 * character for character, so a change of format shows in review. On failure the actual JSON is
 * printed and written to {@code target/actual/}.
 */
class ExpectedDocumentTest {
  static final CollabkitJson JSON = CollabkitJson.standard();

  @Test
  void writesTheExpectedDatasetDocument() {
    assertWritten("landscape.json", JSON.writeLandscape(Fixtures.landscape()));
  }

  @Test
  void writesTheExpectedOrganizationOnOneLineWhenNotPretty() {
    assertWritten("organization-compact.json",
        CollabkitJson.builder().prettyPrint(false).build().write(Fixtures.lumc()) + "\n");
  }

  @Test
  void writesTheExpectedNewlineDelimitedLines() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    Landscape l = Fixtures.landscape();
    try (LandscapeLineWriter lines = JSON.lineWriter(out, l)) {
      lines.writeAll(l);
    }
    assertWritten("landscape.ndjson", out.toString(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void readsTheExpectedDatasetDocumentBack() {
    assertEquals(Fixtures.landscape(), JSON.readLandscape(Fixtures.resource("expected/landscape.json")));
  }

  @Test
  void readsAFormat10DocumentToTheSameValues() {
    String v10 = Fixtures.resource("expected/landscape-1.0.json");
    assertTrue(v10.startsWith("{\n  \"formatVersion\": \"1.0\""), "the fixture is a 1.0 document");
    assertEquals(Fixtures.landscape(), JSON.readLandscape(v10));
  }

  static void assertWritten(String name, String actual) {
    String expected = ExpectedDocumentTest.class.getResource("expected/" + name) == null
        ? "(missing)" : Fixtures.resource("expected/" + name);
    if (!expected.equals(actual)) {
      try {
        Path out = Path.of("target", "actual", name);
        Files.createDirectories(out.getParent());
        Files.writeString(out, actual);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      System.out.println("actual " + name + ":\n" + actual);
      fail("written JSON differs from src/test/resources/io/github/collabkit/json/expected/" + name
          + "; actual in target/actual/" + name + ":\n" + actual);
    }
  }
}

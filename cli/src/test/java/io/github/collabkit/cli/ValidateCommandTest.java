package io.github.collabkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.json.CollabkitJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {
  @TempDir
  Path dir;

  private Path bundled() throws IOException {
    Path file = dir.resolve("landscape.json");
    CollabkitJson.standard().writeLandscape(CollabkitJson.bundledLandscape(), file);
    return file;
  }

  @Test
  void aValidDocumentExits0WithTheExamplesReport() throws IOException {
    Path file = bundled();
    Run run = Run.of("validate", file.toString());
    assertEquals(Collabkit.OK, run.code(), run::toString);
    assertEquals(CollabkitJson.standard().readLandscapeCollecting(file).report(file.toString()), run.out());
  }

  @Test
  void aDocumentWithProblemsExits1AndNamesPointerLineAndRule() {
    Run run = Run.of("validate", Run.resource("broken-landscape.json"));
    assertEquals(Collabkit.PROBLEMS, run.code(), run::toString);
    assertTrue(run.out().contains("error /organizations/0/types/0 (line 5, column 80) [json.unknown-code]"), run.out());
    assertTrue(run.out().contains("error partnerships[lumc-ul-2021].parties[0].organization [reference.dangling]"));
    assertTrue(run.out().endsWith("The document is not valid.\n"));
  }

  @Test
  void theJsonReportIsForPipelines() {
    Run run = Run.of("validate", "--format", "json", Run.resource("broken-landscape.json"));
    assertEquals(Collabkit.PROBLEMS, run.code());
    JsonNode report = new JsonMapper().readTree(run.out());
    assertEquals(false, report.get("valid").asBoolean());
    JsonNode file = report.get("files").get(0);
    assertEquals("/organizations/0/types/0", file.get("problems").get(0).get("pointer").asString());
    assertEquals(5, file.get("problems").get(0).get("line").asInt());
    assertEquals("json.unknown-code", file.get("problems").get(0).get("rule").asString());
    assertEquals("reference.dangling", file.get("violations").get(1).get("rule").asString());
  }

  @Test
  void ndjsonIsValidatedToo() throws IOException {
    Path lines = dir.resolve("landscape.ndjson");
    assertEquals(Collabkit.OK, Run.of("convert", bundled().toString(), lines.toString()).code());
    Run run = Run.of("validate", lines.toString());
    assertEquals(Collabkit.OK, run.code(), run::toString);
    Files.writeString(lines, Files.readString(lines) + "{\"castle\":{}}\n");
    Run bad = Run.of("validate", lines.toString());
    assertEquals(Collabkit.PROBLEMS, bad.code(), bad::toString);
    assertTrue(bad.out().contains("unknown entity type 'castle'"), bad.out());
  }

  @Test
  void ndjsonKeepsEveryGoodLineAndReportsEachBadOneByLine() throws IOException {
    Path lines = dir.resolve("landscape.ndjson");
    assertEquals(Collabkit.OK, Run.of("convert", bundled().toString(), lines.toString()).code());
    List<String> all = new ArrayList<>(Files.readAllLines(lines));
    all.add(3, "this is not json");
    all.add(6, "{\"organization\":{\"key\":\"truncated\"");
    Files.write(lines, all);
    Run run = Run.of("validate", lines.toString());
    assertEquals(Collabkit.PROBLEMS, run.code(), run::toString);
    assertTrue(run.out().contains("(line 4, "), run.out());
    assertTrue(run.out().contains("(line 7, "), run.out());
    // the lines after each bad one are still read: no dangling references to organizations they hold
    assertTrue(!run.out().contains("[reference.dangling]"), run.out());
  }

  @Test
  void ndjsonWithAnUnreadableHeaderExits2() throws IOException {
    Path lines = Files.writeString(dir.resolve("notes.ndjson"), "not a header\n{\"organization\":{}}\n");
    assertEquals(Collabkit.UNUSABLE, Run.of("validate", lines.toString()).code());
  }

  @Test
  void aFileThatIsNotJsonOrMissingExits2() throws IOException {
    Path text = Files.writeString(dir.resolve("notes.json"), "these are notes, not JSON", StandardCharsets.UTF_8);
    Run run = Run.of("validate", text.toString());
    assertEquals(Collabkit.UNUSABLE, run.code(), run::toString);
    assertTrue(run.out().contains("[json.syntax]"), run.out());
    Run missing = Run.of("validate", dir.resolve("missing.json").toString());
    assertEquals(Collabkit.UNUSABLE, missing.code());
    assertEquals("collabkit validate: " + dir.resolve("missing.json") + ": no such file\n", missing.err());
  }

  @Test
  void theWorstFileDecidesTheExitCode() throws IOException {
    Run run = Run.of("validate", bundled().toString(), Run.resource("broken-landscape.json"));
    assertEquals(Collabkit.PROBLEMS, run.code());
    assertTrue(run.out().contains("The document is valid.\n\nChecking "), run.out());
  }
}

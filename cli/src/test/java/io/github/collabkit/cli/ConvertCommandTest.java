package io.github.collabkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.json.CollabkitJson;
import io.github.collabkit.model.Landscape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
  @TempDir
  Path dir;

  @Test
  void documentToNdjsonAndBackLosesNothing() throws IOException {
    Landscape landscape = CollabkitJson.bundledLandscape();
    Path json = dir.resolve("a.json");
    CollabkitJson.standard().writeLandscape(landscape, json);
    Path ndjson = dir.resolve("a.ndjson");
    Path back = dir.resolve("b.json");
    Run there = Run.of("convert", json.toString(), ndjson.toString());
    assertEquals(Collabkit.OK, there.code(), there::toString);
    assertEquals(Collabkit.OK, Run.of("convert", ndjson.toString(), back.toString()).code());
    assertEquals(landscape, CollabkitJson.standard().readLandscape(back));
    assertEquals(Files.readString(json), Files.readString(back));
  }

  @Test
  void writesCsvTablesAndJsonLd() throws IOException {
    Path json = dir.resolve("a.json");
    CollabkitJson.standard().writeLandscape(CollabkitJson.bundledLandscape(), json);
    assertEquals(Collabkit.OK, Run.of("convert", json.toString(), dir.resolve("tables").toString()).code());
    assertTrue(Files.readString(dir.resolve("tables/organizations.csv")).startsWith("key,"));
    assertEquals(Collabkit.OK, Run.of("convert", json.toString(), dir.resolve("a.jsonld").toString()).code());
    assertTrue(Files.readString(dir.resolve("a.jsonld")).contains("\"@context\""));
    assertEquals(Collabkit.OK, Run.of("convert", "--to", "ndjson", json.toString(), dir.resolve("x.txt").toString())
        .code());
    assertTrue(Files.readString(dir.resolve("x.txt")).startsWith("{\"formatVersion\""));
  }

  @Test
  void refusesInputWithJsonProblemsNamingLinePointerAndRule() {
    Run run = Run.of("convert", Run.resource("broken-landscape.json"), dir.resolve("out.ndjson").toString());
    assertEquals(Collabkit.UNUSABLE, run.code());
    assertTrue(run.err().matches("collabkit convert: .*broken-landscape\\.json: line 5, column 80,"
        + " /organizations/0/types/0: \\[json\\.unknown-code\\] OrganizationType: unknown code 'academisch-ziekenhuis'.*\n"),
        run.err());
    assertTrue(Files.notExists(dir.resolve("out.ndjson")));
  }

  @Test
  void anOutputNameWithoutAKnownFormatIsAnError() throws IOException {
    Path json = dir.resolve("a.json");
    CollabkitJson.standard().writeLandscape(CollabkitJson.bundledLandscape(), json);
    Run run = Run.of("convert", json.toString(), dir.resolve("out.xml").toString());
    assertEquals(Collabkit.UNUSABLE, run.code());
    assertTrue(run.err().contains("cannot tell the format from the name"), run.err());
  }
}

package io.github.collabkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.json.CollabkitJson;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.PartialDate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportRorCommandTest {
  @TempDir
  Path dir;

  @Test
  void importsADumpToNdjsonAndToADocument() throws IOException {
    Path ndjson = dir.resolve("ror.ndjson");
    Run run = Run.of("import-ror", Run.resource("ror-records.jsonl"), ndjson.toString());
    assertEquals(Collabkit.OK, run.code(), run::toString);
    assertTrue(run.err().contains("Imported 3 organizations"), run.err());
    Path json = dir.resolve("ror.json");
    assertEquals(Collabkit.OK, Run.of("import-ror", Run.resource("ror-records.jsonl"), json.toString()).code());
    Landscape landscape = CollabkitJson.standard().readLandscape(json);
    assertEquals(3, landscape.organizations().size());
    assertEquals(PartialDate.ofYear(1575),
        landscape.organization(OrganizationRef.of("027bh9e22")).orElseThrow().established().orElseThrow());
    assertEquals(Collabkit.OK, Run.of("validate", ndjson.toString()).code());
  }

  @Test
  void reportsEveryProblemWithItsLineAndExits1() throws IOException {
    String good = Files.readString(Path.of(Run.resource("ror-records.jsonl")));
    Path dump = Files.writeString(dir.resolve("dump.jsonl"), good + "{\"id\":\"https://ror.org/05xvt9f18\"}\nnot json\n");
    Run run = Run.of("import-ror", dump.toString(), dir.resolve("out.ndjson").toString());
    assertEquals(Collabkit.PROBLEMS, run.code(), run::toString);
    assertTrue(run.err().contains(dump + ": line 4: ROR record '05xvt9f18': id: ROR id '05xvt9f18' fails its checksum"), run.err());
    assertTrue(run.err().contains(dump + ": line 5: not valid JSON (line 5, column "), run.err());
    assertTrue(run.err().contains("Imported 3 organizations"), run.err());
    assertTrue(run.err().contains("2 problem(s): 2 record(s) skipped, 0 value(s) left out"), run.err());
  }

  @Test
  void refusesAnOutputItCannotWrite() {
    Run run = Run.of("import-ror", Run.resource("ror-records.jsonl"), dir.resolve("out.csv").toString());
    assertEquals(Collabkit.UNUSABLE, run.code());
    assertTrue(run.err().contains("import-ror writes a .json document or .ndjson"), run.err());
  }
}

package io.github.collabkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.collabkit.model.Landscape;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's JSON example, compiled and run. */
class ReadmeExampleTest {

  @Test
  void readmeExampleRuns(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("landscape.json"), Fixtures.resource("expected/landscape.json"));
    OutputStream out = new ByteArrayOutputStream();
    Path in = dir.resolve("landscape.json");
    Path copy = dir.resolve("copy.json");
    // --- as in README.md
    CollabkitJson json = CollabkitJson.standard();
    Landscape landscape = json.readLandscape(in);
    json.writeLandscape(landscape, copy);

    LandscapeReadResult result = json.readLandscapeCollecting(in);
    result.problems().forEach(System.out::println);
    System.out.println(result.validation());

    try (LandscapeLineWriter lines = json.lineWriter(out, landscape.name(), landscape.description())) {
      lines.writeAll(landscape);
    }
    // ---
    assertEquals(Files.readString(in), Files.readString(copy));
    assertEquals(Fixtures.resource("expected/landscape.ndjson"), out.toString());
  }
}

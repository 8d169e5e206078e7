package io.github.collabkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.collabkit.model.Landscape;
import io.github.collabkit.testing.ReadmeRegions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's JSON example, compiled and run: the code between the {@code json} markers must be the README's. */
class ReadmeExampleTest {
  private static final String SELF = "src/test/java/io/github/collabkit/json/ReadmeExampleTest.java";

  static void example(Path folder) throws IOException {
    // json:start
    Path in = folder.resolve("landscape.json");         // folder: a Path to where your files are
    CollabkitJson json = CollabkitJson.standard();
    Landscape landscape = json.readLandscape(in);       // strict: CollabkitJsonException at the first problem
    json.writeLandscape(landscape, folder.resolve("copy.json"));

    LandscapeReadResult result = json.readLandscapeCollecting(in);
    result.problems().forEach(System.out::println);     // every JSON problem, with pointer, line and rule
    System.out.println(result.validation());            // the core validator's report on what was read

    try (OutputStream out = Files.newOutputStream(folder.resolve("landscape.ndjson"));
         LandscapeLineWriter lines = json.lineWriter(out, landscape)) {
      lines.writeAll(landscape);                        // newline-delimited JSON, one entity a line
    }
    // json:end
  }

  @Test
  void readmeShowsThisCode() {
    ReadmeRegions.assertReadmeShowsCode(SELF, "json");
  }

  @Test
  void readmeExampleWritesTheCopyAndTheLines(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("landscape.json"), Fixtures.resource("expected/landscape.json"));
    ReadmeRegions.printed(() -> {
      try {
        example(folder);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertEquals(Files.readString(folder.resolve("landscape.json")), Files.readString(folder.resolve("copy.json")));
    assertEquals(Fixtures.resource("expected/landscape.ndjson"), Files.readString(folder.resolve("landscape.ndjson")));
  }
}

package io.github.collabkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.graph.NetworkDrawing;
import io.github.collabkit.json.CollabkitJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkCommandTest {
  @TempDir
  Path dir;

  @Test
  void writesTheLibrarysDrawingInEachForm() throws IOException {
    NetworkDrawing drawing = NetworkDrawing.of(CollabkitJson.bundledLandscape(), "en");
    assertEquals(drawing.dot(), Run.of("network").out());
    assertEquals(drawing.mermaid(), Run.of("network", "--format", "mermaid").out());
    Path svg = dir.resolve("network.svg");
    Run run = Run.of("network", "-o", svg.toString(), "--title", "Samenwerking");
    assertEquals(Collabkit.OK, run.code(), run::toString);
    assertEquals(drawing.svg("Samenwerking"), Files.readString(svg));
    assertTrue(run.err().startsWith("Wrote " + drawing.nodes().size() + " organizations"));
  }

  @Test
  void drawsADatasetFile() throws IOException {
    Path json = dir.resolve("a.json");
    CollabkitJson.standard().writeLandscape(CollabkitJson.bundledLandscape(), json);
    Run run = Run.of("network", json.toString(), "--format", "mermaid", "--lang", "nl");
    assertEquals(NetworkDrawing.of(CollabkitJson.bundledLandscape(), "nl").mermaid(), run.out());
  }
}

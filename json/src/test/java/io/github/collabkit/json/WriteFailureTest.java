package io.github.collabkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.model.LocalizedText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that fails is reported as collabkit's exception with rule {@code IO}, naming what failed. */
class WriteFailureTest {

  /** A stream that accepts {@code room} bytes and then fails. */
  private static final class FailingStream extends OutputStream {
    private int room;

    FailingStream(int room) {
      this.room = room;
    }

    @Override
    public void write(int b) throws IOException {
      if (room-- <= 0) {
        throw new IOException("disk full");
      }
    }
  }

  @Test
  void writeLandscapeToAFailingStreamFailsWithRuleIo() {
    CollabkitJsonException e = assertThrows(CollabkitJsonException.class,
        () -> CollabkitJson.standard().writeLandscape(Fixtures.landscape(), new FailingStream(0)));
    assertEquals(JsonRule.IO, e.rule(), e.getMessage());
    assertTrue(e.getMessage().contains("disk full"), e.getMessage());
  }

  @Test
  void writeLandscapeToAFileInAMissingFolderNamesTheFile(@TempDir Path dir) {
    Path file = dir.resolve("missing").resolve("copy.json");
    CollabkitJsonException e = assertThrows(CollabkitJsonException.class,
        () -> CollabkitJson.standard().writeLandscape(Fixtures.landscape(), file));
    assertEquals(JsonRule.IO, e.rule(), e.getMessage());
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void lineWriterToAFailingStreamFailsWithRuleIo() {
    CollabkitJsonException e = assertThrows(CollabkitJsonException.class, () -> {
      try (LandscapeLineWriter lines = CollabkitJson.standard().lineWriter(new FailingStream(0), "failing",
          LocalizedText.of("en", "a stream that fails"))) {
        lines.writeAll(Fixtures.landscape());
      }
    });
    assertEquals(JsonRule.IO, e.rule(), e.getMessage());
    assertTrue(e.getMessage().contains("cannot write"), e.getMessage());
  }

  @Test
  void writtenDocumentsStillReadBack() {
    CollabkitJson json = CollabkitJson.standard();
    assertEquals(Fixtures.landscape(), json.readLandscape(json.writeLandscape(Fixtures.landscape())));
  }
}

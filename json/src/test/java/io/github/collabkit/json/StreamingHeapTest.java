package io.github.collabkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.model.LocalizedText;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes and reads a million organizations as newline-delimited JSON in a JVM limited to 256 MiB
 * of heap (the {@code streaming-heap} surefire execution passes {@code -Xmx256m}).
 *
 * <p>A parsed organization like these retains about 960 bytes of heap (measured by reading 100,000 of
 * them into a list and comparing heap in use after GC), so holding a million read back would need
 * about 900 MiB: the read side can only pass by streaming. (The written values share their parts,
 * so the write side is bounded by design: the writer keeps nothing but its output buffer.)
 */
class StreamingHeapTest {
  static final int ENTITIES = 1_000_000;

  @Test
  void streamsAMillionEntitiesInBoundedHeap(@TempDir Path dir) throws IOException {
    long maxHeap = Runtime.getRuntime().maxMemory();
    assertTrue(maxHeap <= 300L * 1024 * 1024, "run with -Xmx256m (the streaming-heap execution); max heap is "
        + maxHeap / (1024 * 1024) + " MiB");
    Organization template = Fixtures.lumc();
    Path file = dir.resolve("organizations.ndjson.gz");
    CollabkitJson json = CollabkitJson.standard();
    try (LandscapeLineWriter lines = json.lineWriter(new GZIPOutputStream(new BufferedOutputStream(
        Files.newOutputStream(file))), "a million organizations", LocalizedText.empty())) {
      for (int i = 0; i < ENTITIES; i++) {
        lines.write(template.withKey(OrganizationRef.of("org-" + i)));
      }
      assertEquals(ENTITIES, lines.count());
    }
    long read = 0;
    long peak = 0;
    try (LandscapeLineReader lines = json.lineReader(new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file))))) {
      assertEquals("a million organizations", lines.name());
      while (lines.hasNext()) {
        Organization o = (Organization) lines.next();
        if (read % 100_000 == 0) {
          assertEquals(template.withKey(OrganizationRef.of("org-" + read)), o);
          Runtime rt = Runtime.getRuntime();
          peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
        }
        read++;
      }
    }
    assertEquals(ENTITIES, read);
    System.out.printf("streamed %,d entities with -Xmx%d MiB; compressed file %,d bytes; heap in use at samples <= %d MiB%n",
        read, maxHeap / (1024 * 1024), Files.size(file), peak / (1024 * 1024));
  }
}

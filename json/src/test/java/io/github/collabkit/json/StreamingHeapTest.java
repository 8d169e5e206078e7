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
        lines.write(template.withRef(OrganizationRef.of("org-" + i)));
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
          assertEquals(template.withRef(OrganizationRef.of("org-" + read)), o);
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

  /** An input made on the fly: a prefix, {@code count} copies of a part, and a suffix, never held whole. */
  static java.io.InputStream repeated(String prefix, String part, long count, String suffix) {
    return io.github.collabkit.json.ror.RorRecordFixture.generated(count + 2,
        i -> i == 0 ? prefix : i <= count ? part : suffix);
  }

  @Test
  void collectsProblemsOfAMillionBadOrganizationsInBoundedHeap() {
    // 12 MB of organizations without names: before the cap every problem was kept, about 36 bytes of
    // heap a byte of input (430 MB here, 1.6 GB for the 46 MB of 4,000,000 such objects)
    long count = 1_000_000;
    LandscapeReadResult r = CollabkitJson.standard().readLandscapeCollecting(repeated(
        "{\"formatVersion\":\"1.0\",\"name\":\"x\",\"organizations\":[{\"key\":\"X\"}", ",{\"key\":\"X\"}",
        count - 1, "]}"));
    assertEquals(CollabkitJson.DEFAULT_MAX_PROBLEMS + 1, r.problems().size());
    JsonProblem last = r.problems().get(r.problems().size() - 1);
    assertEquals(JsonRule.LIMIT, last.rule());
    assertTrue(last.message().startsWith((count - CollabkitJson.DEFAULT_MAX_PROBLEMS) + " more problems"), last.message());
    assertTrue(r.landscape().organizations().isEmpty());
  }

  @Test
  void skipsAnNdjsonLineOfNinetyThreeMegabytesInBoundedHeap() {
    // one line over the 64 MiB limit: before, the reader held it whole and ran out of memory at 512 MiB
    String org = "{\"organization\":{\"key\":\"o%d\",\"names\":[{\"value\":\"O\"}],\"types\":[\"umc\"]}}\n";
    java.io.InputStream in = new java.io.SequenceInputStream(java.util.Collections.enumeration(java.util.List.of(
        repeated("{\"formatVersion\":\"1.0\",\"name\":\"x\"}\n" + String.format(org, 1)
            + "{\"organization\":{\"key\":\"big\",\"names\":[{\"value\":\"", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            3_100_000, "\"}]}}\n" + String.format(org, 3)))));
    LandscapeReadResult r = CollabkitJson.standard().lineReader(in).readAllCollecting();
    assertEquals(java.util.List.of("o1", "o3"),
        r.landscape().organizations().stream().map(o -> o.key()).collect(java.util.stream.Collectors.toList()));
    assertEquals(1, r.errors().size(), r.toString());
    assertEquals(JsonRule.LIMIT, r.errors().get(0).rule());
    assertEquals(3, r.errors().get(0).line());
  }
}

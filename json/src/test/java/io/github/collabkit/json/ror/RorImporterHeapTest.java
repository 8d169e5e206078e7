package io.github.collabkit.json.ror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ROR imports in bounded memory. Runs in the surefire execution {@code streaming-heap} with a 256 MiB
 * heap (see json/pom.xml), where holding a 120,000-record array as one tree, or a 200 MB line,
 * would run out of memory.
 */
class RorImporterHeapTest {

  @BeforeAll
  static void runsWithASmallHeap() {
    long max = Runtime.getRuntime().maxMemory();
    Assumptions.assumeTrue(max <= 300L << 20, "this test proves bounded memory only with -Xmx256m, got " + (max >> 20) + " MiB (run it in the streaming-heap execution); skipping");
  }

  @Test
  void streamsA120000RecordArray() {
    AtomicLong organizations = new AtomicLong();
    List<RorProblem> problems = new ArrayList<>();
    long imported = RorImporter.create()
        .forEach(RorRecordFixture.array(120_000), RorImporter.Layout.JSON, o -> organizations.incrementAndGet(), problems::add);
    assertEquals(List.of(), problems);
    assertEquals(120_000, imported);
    assertEquals(120_000, organizations.get());
  }

  @Test
  void skipsA200MegabyteLineAndReadsOn() {
    int chunk = 1 << 20;
    String filler = "z".repeat(chunk);
    long parts = 200 + 3;
    List<String> keys = new ArrayList<>();
    List<RorProblem> problems = new ArrayList<>();
    RorImporter.create().forEach(RorRecordFixture.generated(parts, i -> i == 0
        ? RorRecordFixture.record(0) + "\n{\"id\":\"https://ror.org/" + RorRecordFixture.rorId(1) + "\",\"names\":[{\"value\":\""
        : i < parts - 1 ? filler : "\"}]}\n" + RorRecordFixture.record(2) + "\n"),
        RorImporter.Layout.JSON_LINES, o -> keys.add(o.key()), problems::add);
    assertEquals(List.of(RorRecordFixture.rorId(0), RorRecordFixture.rorId(2)), keys);
    assertEquals(1, problems.size());
    assertEquals("line 2", problems.get(0).where());
    assertTrue(problems.get(0).message().contains("limit"), problems.toString());
  }

  @Test
  void skipsA30MegabyteNameInAnArray() {
    String name = "n".repeat(30 << 20);
    List<String> keys = new ArrayList<>();
    List<RorProblem> problems = new ArrayList<>();
    RorImporter.create().forEach(RorRecordFixture.generated(3, i -> i == 0 ? "[" + RorRecordFixture.record(0) + ","
        : i == 1 ? RorRecordFixture.record(RorRecordFixture.rorId(1), name) : "," + RorRecordFixture.record(2) + "]"),
        RorImporter.Layout.JSON, o -> keys.add(o.key()), problems::add);
    assertEquals(List.of(RorRecordFixture.rorId(0), RorRecordFixture.rorId(2)), keys);
    assertEquals("record 2 (line 1)", problems.get(0).where());
  }

  @Test
  void readsTheSharedRegistryDump() {
    RorImport all = RorImporter.create().read(RorImporterTest.records().resolve("ror-records-v2.jsonl.gz"));
    assertEquals(35_990, all.organizations().size());
  }
}

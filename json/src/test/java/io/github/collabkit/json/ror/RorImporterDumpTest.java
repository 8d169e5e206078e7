package io.github.collabkit.json.ror;

import static io.github.collabkit.json.ror.RorRecordFixture.record;
import static io.github.collabkit.json.ror.RorRecordFixture.rorId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.json.ror.RorProblem.Outcome;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.PartialDate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ROR dumps as ROR publishes them: arrays, JSON lines, gzip and zip; bad records reported and skipped. */
class RorImporterDumpTest {
  private static final RorImporter IMPORTER = RorImporter.create();
  private static final byte[] BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

  @TempDir
  Path dir;

  private static String lines(int n) {
    return IntStream.range(0, n).mapToObj(RorRecordFixture::record).collect(Collectors.joining("\n", "", "\n"));
  }

  private static String array(int n) {
    return IntStream.range(0, n).mapToObj(RorRecordFixture::record).collect(Collectors.joining(",\n", "[\n", "\n]\n"));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private Path file(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static List<String> keys(RorImport result) {
    return result.organizations().stream().map(o -> o.key()).toList();
  }

  private static RorImport lines(byte[] bytes) {
    return IMPORTER.readJsonLines(new ByteArrayInputStream(bytes));
  }

  @Test
  void readsEveryLayoutAndCompressionToTheSameOrganizations() throws IOException {
    List<Organization> expected = IMPORTER.readJson(new ByteArrayInputStream(utf8(array(5)))).organizations();
    assertEquals(5, expected.size());
    assertEquals(expected, IMPORTER.read(file("a.json", utf8(array(5)))).organizations());
    assertEquals(expected, IMPORTER.read(file("a.jsonl", utf8(lines(5)))).organizations());
    assertEquals(expected, IMPORTER.read(file("a.json.gz", gzip(utf8(array(5))))).organizations());
    assertEquals(expected, IMPORTER.read(file("a.jsonl.gz", gzip(utf8(lines(5))))).organizations());
  }

  @Test
  void acceptsAByteOrderMarkOnEveryPath() throws IOException {
    assertEquals(3, IMPORTER.read(file("bom.json", concat(BOM, utf8(array(3))))).organizations().size());
    assertEquals(3, IMPORTER.read(file("bom.jsonl", concat(BOM, utf8(lines(3))))).organizations().size());
    assertEquals(3, IMPORTER.read(file("bom.jsonl.gz", gzip(concat(BOM, utf8(lines(3)))))).organizations().size());
    RorImport one = IMPORTER.read(file("one.json", concat(BOM, utf8(record(7)))));
    assertEquals(List.of(rorId(7)), keys(one));
    assertEquals(List.of(), one.problems());
  }

  @Test
  void readsTheV2EntryOfRorsZip() throws IOException {
    Path zip = dir.resolve("v1.58-2024-12-11-ror-data.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("v1.58-2024-12-11-ror-data.csv"));
      out.write(utf8("id,name\n"));
      out.putNextEntry(new ZipEntry("v1.58-2024-12-11-ror-data.json"));
      out.write(utf8("[{\"id\":\"https://ror.org/" + rorId(1) + "\",\"name\":\"schema v1\"}]"));
      out.putNextEntry(new ZipEntry("v1.58-2024-12-11-ror-data_schema_v2.json"));
      out.write(utf8(array(4)));
    }
    RorImport result = IMPORTER.read(zip);
    assertEquals(List.of(rorId(0), rorId(1), rorId(2), rorId(3)), keys(result));
    assertEquals(List.of(), result.problems());
  }

  @Test
  void readsAZipWithOneJsonEntryAndRejectsOneWhereTheV2EntryIsUnclear() throws IOException {
    Path single = dir.resolve("single.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(single))) {
      out.putNextEntry(new ZipEntry("ror-data.json"));
      out.write(utf8(array(2)));
    }
    assertEquals(2, IMPORTER.read(single).organizations().size());
    Path unclear = dir.resolve("unclear.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(unclear))) {
      out.putNextEntry(new ZipEntry("a.json"));
      out.write(utf8(array(1)));
      out.putNextEntry(new ZipEntry("b.json"));
      out.write(utf8(array(1)));
    }
    RorImportException e = assertThrows(RorImportException.class, () -> IMPORTER.read(unclear));
    assertTrue(e.getMessage().contains("[a.json, b.json]"), e.getMessage());
  }

  @Test
  void keepsTheCompleteRecordsBeforeATruncatedGzip() throws IOException {
    byte[] whole = gzip(utf8(lines(2000)));
    RorImport result = IMPORTER.read(file("cut.jsonl.gz", Arrays.copyOf(whole, whole.length / 2)));
    int kept = result.organizations().size();
    assertTrue(kept > 100 && kept < 2000, "kept " + kept);
    assertEquals(rorId(kept - 1), result.organizations().get(kept - 1).key());
    RorProblem last = result.problems().get(result.problems().size() - 1);
    assertEquals(Outcome.INPUT_ENDED, last.outcome(), result.problems().toString());
    assertTrue(last.message().contains("cannot be read further"), last.toString());
  }

  @Test
  void keepsTheCompleteRecordsOfAnArrayCutShort() throws IOException {
    String whole = array(10);
    String cut = whole.substring(0, whole.indexOf(rorId(6)) + 20);
    RorImport result = IMPORTER.read(file("cut.json", utf8(cut)));
    assertEquals(6, result.organizations().size());
    assertEquals(2, result.problems().size(), result.problems().toString());
    assertEquals("record 7 (line 8)", result.problems().get(0).where());
    assertEquals(Outcome.RECORD_SKIPPED, result.problems().get(0).outcome());
    assertEquals(Outcome.INPUT_ENDED, result.problems().get(1).outcome());
    assertTrue(result.problems().get(1).message().contains("not closed"));
  }

  @Test
  void reportsContentAfterTheArray() {
    RorImport result = IMPORTER.readJson(new ByteArrayInputStream(utf8(array(2) + "{}")));
    assertEquals(2, result.organizations().size());
    assertEquals(1, result.problems().size());
    assertTrue(result.problems().get(0).message().contains("after the end of the array"));
  }

  @Test
  void rejectsInvalidUtf8ButKeepsTheOtherLines() {
    byte[] bad = utf8(record(rorId(1), "Universit\u00e9 X"));
    int e = new String(bad, StandardCharsets.ISO_8859_1).indexOf("X") - 2; // the first byte of é
    bad[e] = (byte) 0xff;
    RorImport result = lines(concat(utf8(record(0) + "\n"), bad, utf8("\n" + record(2) + "\n")));
    assertEquals(List.of(rorId(0), rorId(2)), keys(result));
    assertEquals(1, result.problems().size());
    RorProblem p = result.problems().get(0);
    assertEquals("line 2", p.where());
    assertTrue(p.message().contains("UTF-8"), p.toString());
    assertEquals(Outcome.RECORD_SKIPPED, p.outcome());
  }

  @Test
  void rejectsADuplicateProperty() {
    String dup = record(1).replaceFirst("\\{", "{\"id\":\"https://ror.org/" + rorId(9) + "\",");
    RorImport result = lines(utf8(record(0) + "\n" + dup + "\n"));
    assertEquals(List.of(rorId(0)), keys(result));
    assertTrue(result.problems().get(0).message().contains("Duplicate"), result.problems().toString());
  }

  @Test
  void skipsARecordLargerThanTheLimitAndReadsOn() {
    String big = record(rorId(1), "x".repeat(5000));
    RorImport result = RorImporter.create().withMaxRecordBytes(2000)
        .readJsonLines(new ByteArrayInputStream(utf8(record(0) + "\n" + big + "\n" + record(2))));
    assertEquals(List.of(rorId(0), rorId(2)), keys(result));
    assertEquals("line 2", result.problems().get(0).where());
    assertTrue(result.problems().get(0).message().contains("limit of 2000 bytes"));
    RorImport inArray = RorImporter.create().withMaxRecordBytes(2000)
        .readJson(new ByteArrayInputStream(utf8("[" + record(0) + "," + big + "," + record(2) + "]")));
    assertEquals(List.of(rorId(0), rorId(2)), keys(inArray));
    assertEquals("record 2 (line 1)", inArray.problems().get(0).where());
  }

  @Test
  void skipsARecordWithANameBeyondTheStringLimit() {
    RorImport result = lines(utf8(record(rorId(1), "y".repeat(200_000)) + "\n" + record(2)));
    assertEquals(List.of(rorId(2)), keys(result));
    assertTrue(result.problems().get(0).message().contains("String value length"), result.problems().toString());
  }

  @Test
  void importsEstablishedGivenAsAStringAndReportsOneThatIsNoYear() {
    RorImport result = lines(utf8(record(0).replace("\"established\":1990", "\"established\":\"1996\"") + "\n"
        + record(1).replace("\"established\":1990", "\"established\":\"circa 1996\"") + "\n"
        + record(2).replace("\"established\":1990", "\"established\":1996.5")));
    assertEquals(PartialDate.ofYear(1996), result.organizations().get(0).established().orElseThrow());
    assertTrue(result.organizations().get(1).established().isEmpty());
    assertTrue(result.organizations().get(2).established().isEmpty());
    assertEquals(2, result.problems().size(), result.problems().toString());
    assertTrue(result.problems().stream().allMatch(p -> p.field().equals("established")
        && p.outcome() == Outcome.VALUE_LEFT_OUT));
    assertTrue(result.problems().get(0).message().contains("circa 1996"), result.problems().toString());
  }

  @Test
  void reportsNodesOfTheWrongKindInsteadOfThrowing() {
    RorImport result = lines(utf8(record(0).replace("[\"education\",\"funder\"]", "[{\"x\":1},\"funder\"]") + "\n"
        + record(1).replace("\"lang\":\"en\"", "\"lang\":[\"en\"]") + "\n"
        + record(2).replace("\"status\":\"active\"", "\"status\":{}") + "\n"
        + record(3).replace("\"names\":[", "\"names\":[7,") + "\n"
        + record(4).replace("[\"education\",\"funder\"]", "[{\"x\":1}]") + "\n"
        + "[1,2]\n"));
    assertEquals(List.of(rorId(0), rorId(1), rorId(2), rorId(3)), keys(result));
    assertEquals(List.of(OrganizationType.FUNDER), List.copyOf(result.organizations().get(0).types()));
    List<String> seen = new ArrayList<>();
    result.problems().forEach(p -> seen.add(p.where() + " " + p.field() + " " + p.outcome()));
    assertEquals(List.of("line 1 types VALUE_LEFT_OUT", "line 2 names[0].lang VALUE_LEFT_OUT",
        "line 3 status VALUE_LEFT_OUT", "line 4 names[0] VALUE_LEFT_OUT", "line 5 types VALUE_LEFT_OUT",
        "line 5 types RECORD_SKIPPED", "line 6  RECORD_SKIPPED"), seen);
  }

  @Test
  void callsTheProgressCallbackWithGrowingCounts() throws IOException {
    Path f = file("p.jsonl", utf8(lines(2500)));
    List<long[]> calls = new ArrayList<>();
    RorImporter.create().withProgress((records, bytes, total) -> calls.add(new long[] {records, bytes, total}))
        .forEach(f, o -> { }, p -> { });
    assertEquals(List.of(1000L, 2000L, 2500L), calls.stream().map(c -> c[0]).toList());
    long size = Files.size(f);
    assertTrue(calls.get(0)[1] > 0 && calls.get(0)[1] <= size);
    assertEquals(size, calls.get(2)[1]);
    assertTrue(calls.stream().allMatch(c -> c[2] == size));
  }

  @Test
  void importsCoordinatesAndDomains() {
    Organization o = lines(utf8(record(0).replace("\"example.nl\"", "\"Example.NL\",\"not a domain\"") + "\n"))
        .organizations().get(0);
    assertEquals(52.15833, o.location().orElseThrow().latitude().orElseThrow());
    assertEquals(4.49306, o.location().orElseThrow().longitude().orElseThrow());
    assertEquals(List.of("example.nl"), o.domains());
    RorImport result = lines(utf8(record(0).replace("\"example.nl\"", "\"Example.NL\",\"not a domain\"")
        .replace(",\"lng\":4.49306", "") + "\n"));
    assertEquals(List.of("locations[0].geonames_details", "domains"),
        result.problems().stream().map(RorProblem::field).toList(), result.problems().toString());
    assertTrue(result.organizations().get(0).location().orElseThrow().latitude().isEmpty());
  }

  @Test
  void reportsAMissingFileAsUnreadable() {
    RorImportException e = assertThrows(RorImportException.class, () -> IMPORTER.read(dir.resolve("none.json")));
    assertTrue(e.getMessage().endsWith("none.json: no such file"), e.getMessage());
  }
}

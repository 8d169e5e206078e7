package io.github.collabkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.collabkit.csv.CsvExport;
import io.github.collabkit.csv.CsvTable;
import io.github.collabkit.json.jsonld.JsonLdExport;
import io.github.collabkit.model.Landscape;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz targets, one per reader and export: whatever the bytes, the only exception allowed is {@link
 * CollabkitJsonException}, the collecting readers never throw and keep a bounded number of problems,
 * the line reader accounts for every line, what is read writes back to the same value, and the
 * exports stay safe (JSON-LD embeddable in HTML, CSV without formula cells, one record a row).
 *
 * <p>In {@code ./mvnw verify} each target runs twice. The default surefire execution runs it in
 * Jazzer's regression mode: once per seed input in {@code
 * src/test/resources/io/github/collabkit/json/LandscapeFuzzTestInputs/<target>/} and once empty.
 * The {@code fuzz-*} executions then fuzz each target for a fixed {@code maxDuration} in a JVM of
 * their own with a 512 MiB heap, and {@link Timeout} bounds each input to 5 seconds (Jazzer turns
 * it into libFuzzer's per-input {@code -timeout}). A finding fails the build and is saved under
 * {@code json/target/jazzer}; add it to the target's inputs so it runs in every build. To fuzz one
 * target longer: {@code JAZZER_FUZZ=1 ./mvnw -pl core,json test -Dtest='LandscapeFuzzTest#readsDocuments'
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class LandscapeFuzzTest {
  static final CollabkitJson JSON = CollabkitJson.standard();
  static final CollabkitJson COMPACT = CollabkitJson.builder().prettyPrint(false).build();

  /** Reads a document strictly; returns null when it is refused with collabkit's exception. */
  static Landscape readOrNull(byte[] bytes) {
    try {
      return JSON.readLandscape(new ByteArrayInputStream(bytes));
    } catch (CollabkitJsonException expected) {
      return null;
    }
  }

  @FuzzTest(maxDuration = "10s")
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void readsDocuments(byte[] bytes) {
    Landscape landscape = readOrNull(bytes);
    if (landscape != null) {
      assertEquals(landscape, JSON.readLandscape(JSON.writeLandscape(landscape)), "pretty round trip");
      assertEquals(landscape, JSON.readLandscape(COMPACT.writeLandscape(landscape)), "compact round trip");
    }
  }

  @FuzzTest(maxDuration = "10s")
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void collectsEveryProblemWithoutThrowing(byte[] bytes) {
    LandscapeReadResult result = JSON.readLandscapeCollecting(new ByteArrayInputStream(bytes));
    assertTrue(result.problems().size() <= CollabkitJson.DEFAULT_MAX_PROBLEMS + 1, "problems are capped");
    for (JsonProblem p : result.problems()) {
      assertFalse(p.message().contains("\n"), () -> "one line: " + p);
    }
    Landscape strict = readOrNull(bytes);
    if (strict != null) {
      assertEquals(strict, result.landscape(), "a document read strictly is read the same when collecting");
      assertTrue(result.errors().isEmpty(), result::toString);
    }
  }

  @FuzzTest(maxDuration = "10s")
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void readsLinesKeepingEveryGoodOne(byte[] bytes) {
    int good = 0;
    int bad = 0;
    try (LandscapeLineReader lines = JSON.lineReader(new ByteArrayInputStream(bytes))) {
      long last = 0;
      while (lines.hasNext()) {
        long number = lines.nextLineNumber();
        assertTrue(number > last, "line numbers increase");
        last = number;
        try {
          lines.next();
          good++;
        } catch (CollabkitJsonException e) {
          assertEquals(number, e.line(), e::getMessage);
          bad++;
        }
      }
    } catch (CollabkitJsonException headerRefused) {
      return;
    }
    LandscapeReadResult all = JSON.lineReader(new ByteArrayInputStream(bytes)).readAllCollecting();
    int kept = all.landscape().organizations().size() + all.landscape().people().size()
        + all.landscape().partnerships().size() + all.landscape().infrastructures().size()
        + all.landscape().strategies().size() + all.landscape().sources().size() + all.landscape().concepts().size()
        + all.landscape().events().size();
    assertTrue(kept >= good, "collecting keeps at least every line the strict reader returned");
    assertTrue(bad == 0 || !all.errors().isEmpty(), "a bad line is reported");
  }

  @FuzzTest(maxDuration = "10s")
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void exportsSafely(byte[] bytes) {
    Landscape landscape = readOrNull(bytes);
    if (landscape == null) {
      return;
    }
    String jsonLd = JsonLdExport.create().toJsonLdString(landscape);
    assertFalse(jsonLd.contains("<") || jsonLd.contains(">") || jsonLd.contains("&"), "HTML-safe: " + jsonLd);
    assertFalse(jsonLd.contains("\u2028") || jsonLd.contains("\u2029"), "no raw line separators");
    assertTrue(JSON.mapper().readTree(jsonLd).isObject());
    for (CsvTable table : CsvTable.values()) {
      CsvExport csv = CsvExport.of(landscape);
      assertEquals(csv.rows(table).size() + 1, countRecordsAndCheckFieldStarts(csv.toCsv(table)), table::name);
    }
  }

  /**
   * Counts the CRLF-ended records of RFC 4180 text and fails on a field that starts, unquoted or
   * just inside its quote, with a formula character.
   */
  static int countRecordsAndCheckFieldStarts(String csv) {
    int records = 0;
    boolean quoted = false;
    boolean fieldStart = true;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (fieldStart) {
        if (c == '"') {
          quoted = true;
          fieldStart = i + 1 < csv.length() && csv.charAt(i + 1) != '"';
          if (fieldStart) {
            continue;
          }
        }
        assertFalse(c == '=' || c == '+' || c == '-' || c == '@' || c == '\t',
            () -> "a formula cell at " + csv.substring(0, Math.min(csv.length(), 200)));
        fieldStart = false;
      }
      if (quoted) {
        if (c == '"') {
          if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
            i++;
          } else {
            quoted = false;
          }
        }
      } else if (c == ',') {
        fieldStart = true;
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        records++;
        i++;
        fieldStart = true;
      }
    }
    assertFalse(quoted, "quotes are balanced");
    return records;
  }
}

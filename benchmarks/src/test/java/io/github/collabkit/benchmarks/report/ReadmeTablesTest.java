package io.github.collabkit.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReadmeTablesTest {
  private static String tables;

  @BeforeAll
  static void render() throws IOException {
    try (InputStream in = ReadmeTablesTest.class.getResourceAsStream("/report/targets-jmh.json")) {
      JsonNode results = JsonMapper.builder().build().readTree(in);
      tables = ReadmeTables.render(results, null, "java -jar benchmarks.jar (test)");
    }
  }

  private static void assertRow(String row) {
    assertTrue(tables.contains(row), () -> "no row\n" + row + "\nin\n" + tables);
  }

  @Test
  void aThroughputWhoseErrorReachesBelowTheTargetIsMetOnTheMeanOnly() {
    // 9,441.8 ± 590.6 ns: 105,912/s on the mean, 99,677/s at the bound.
    assertRow("| >= 100,000 resolutions/s on one core over the registry | ror AFFILIATION "
        + "| 105,912/s (99,677/s at the error's bound) | on the mean only |");
  }

  @Test
  void generatedQueriesKeepTheTargetsOfTheirOwnIssue() {
    assertRow("| >= 50,000 resolutions/s on one core over the registry | ror CLEAN "
        + "| 125,000/s (123,457/s at the error's bound) | yes |");
  }

  @Test
  void realAffiliationStringsAreComparedWithLuceneAtAHundredTimes() {
    assertRow("| resolution >= 100x faster than Lucene at equal or better F1 | ror AFFILIATION "
        + "| 391.9x faster; F1 ? vs ? | no (F1) |");
  }

  @Test
  void completionIsCheckedAgainstTheTreeMapRangeAndLucene() {
    assertRow("| completion within 10x of a TreeMap range (the HASH_MAP peer) "
        + "| complete organizations=ror | 3.00x | yes |");
    assertRow("| completion at least 5x faster than Lucene's PrefixQuery (time ratio <= 0.2) "
        + "| complete organizations=ror | 0.07x | yes |");
  }

  @Test
  void aLongerRunInALaterFileReplacesTheRowOfTheSameBenchmark() throws IOException {
    JsonMapper mapper = JsonMapper.builder().build();
    tools.jackson.databind.node.ArrayNode results;
    try (InputStream in = ReadmeTablesTest.class.getResourceAsStream("/report/targets-jmh.json")) {
      results = (tools.jackson.databind.node.ArrayNode) mapper.readTree(in);
    }
    tools.jackson.databind.node.ObjectNode again =
        (tools.jackson.databind.node.ObjectNode) results.get(0).deepCopy();
    ((tools.jackson.databind.node.ObjectNode) again.path("primaryMetric")).put("score", 8000.0)
        .put("scoreError", 200.0);
    results.add(again);
    String replaced = ReadmeTables.render(results, null, "(test)");
    assertTrue(replaced.contains("| 125,000/s (121,951/s at the error's bound) | yes |"), replaced);
    assertTrue(!replaced.contains("105,912/s"), replaced);
  }

  @Test
  void aBuildWhoseErrorReachesAboveTwoSecondsIsMetOnTheMeanOnly() {
    assertRow("| registry index built in <= 2 s | ror | 1.82 s (2.08 s at the error's bound) "
        + "| on the mean only |");
  }
}

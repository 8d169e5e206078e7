package io.github.collabkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.index.OrganizationIndex;
import io.github.collabkit.json.ror.RorImporter;
import io.github.collabkit.testing.AffiliationRow;
import io.github.collabkit.testing.ResolutionScore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Guards the quality of name resolution on real labelled affiliation strings; skips when the
 * shared ROR data is absent.
 */
class ResolutionEvaluationTest {

  static Path ror() {
    String dir = System.getProperty("collabkit.shared.dir", "../../shared");
    Path ror = Path.of(dir, "data", "ror");
    Assumptions.assumeTrue(Files.isRegularFile(ror.resolve("records/ror-records-v2.jsonl.gz")),
        "shared ROR data not found under " + ror + " (set collabkit.shared.dir); skipping");
    return ror;
  }

  private static List<io.github.collabkit.model.Organization> registry;
  private static OrganizationIndex index;

  /** Reads and indexes the registry once for the tests that need it. */
  static synchronized OrganizationIndex index(Path ror) {
    if (index == null) {
      registry = RorImporter.create().read(ror.resolve("records/ror-records-v2.jsonl.gz"))
          .organizations();
      index = OrganizationIndex.of(registry);
    }
    return index;
  }

  static synchronized List<io.github.collabkit.model.Organization> registryOf(Path ror) {
    index(ror);
    return registry;
  }

  static List<AffiliationRow> sample() throws IOException {
    try (InputStream in = ResolutionEvaluationTest.class.getResourceAsStream("affiliation-sample.csv")) {
      List<List<String>> csv = AffiliationRow.parseCsv(new String(in.readAllBytes(),
          StandardCharsets.UTF_8));
      List<AffiliationRow> rows = new ArrayList<>();
      for (int i = 1; i < csv.size(); i++) {
        rows.add(new AffiliationRow("sample", i - 1, csv.get(i).get(0),
            AffiliationRow.parseGold(csv.get(i).get(1)), ""));
      }
      return rows;
    }
  }

  @Test
  void readsQuotedCsvWithDoubledQuotesAndGoldLists() {
    List<List<String>> rows = AffiliationRow.parseCsv(
        "\uFEFFa,b\n\"x, \"\"y\"\"\",https://ror.org/05xvt9f17; https://ror.org/027bh9e22\nz,NP\n");
    assertEquals(List.of("x, \"y\"", "https://ror.org/05xvt9f17; https://ror.org/027bh9e22"),
        rows.get(1));
    assertEquals(java.util.Set.of("05xvt9f17", "027bh9e22"), AffiliationRow.parseGold(rows.get(1).get(1)));
    assertEquals(java.util.Set.of(), AffiliationRow.parseGold(rows.get(2).get(1)));
  }

  @Test
  void scoresAsRorCountsAnswersToNoOrganizationRowsAsFalsePositives() {
    List<AffiliationRow> rows = List.of(
        new AffiliationRow("t", 0, "LUMC", java.util.Set.of("05xvt9f17"), ""),
        new AffiliationRow("t", 1, "Leiden", java.util.Set.of("027bh9e22"), ""),
        new AffiliationRow("t", 2, "thanks", java.util.Set.of(), ""));
    ResolutionScore s = ResolutionEvaluation.score(rows,
        List.of("05xvt9f17", "", "027bh9e22"));
    assertEquals(0.5, s.precision(), 1e-9);
    assertEquals(0.5, s.recall(), 1e-9);
  }

  @Test
  void scoresRecallBothOursAndAsRorsCalculateFScoreDoes() {
    List<AffiliationRow> rows = List.of(
        new AffiliationRow("t", 0, "LUMC", java.util.Set.of("05xvt9f17"), ""),
        new AffiliationRow("t", 1, "Leiden University", java.util.Set.of("027bh9e22"), ""),
        new AffiliationRow("t", 2, "Leiden", java.util.Set.of("027bh9e22"), ""));
    ResolutionScore s = ResolutionEvaluation.score(rows,
        List.of("05xvt9f17", "05xvt9f17", ""));
    assertEquals(0.5, s.precision(), 1e-9);
    assertEquals(1 / 3.0, s.recall(), 1e-9, "a wrong answer counts against our recall");
    assertEquals(0.5, s.rorRecall(), 1e-9, "ROR counts only the unanswered row as missed");
    assertEquals(0.5, s.rorF1(), 1e-9);
  }

  @Test
  void resolvesTheLabelledSampleWithHighPrecision() throws IOException {
    Path ror = ror();
    List<AffiliationRow> rows = sample();
    ResolutionScore s = ResolutionEvaluation.score(rows,
        ResolutionEvaluation.predict(index(ror), rows));
    assertTrue(s.precision() >= PRECISION_FLOOR, () -> "precision fell to " + s.precision());
    assertTrue(s.recall() >= RECALL_FLOOR, () -> "recall fell to " + s.recall());
  }

  /**
   * Measured on the 60-row fixture sample (31 of 33 answers right, 31 of 50 labelled rows found),
   * less a little slack: one more wrong answer or three fewer right ones fail the build.
   */
  private static final double PRECISION_FLOOR = 0.92;

  private static final double RECALL_FLOOR = 0.57;

  @Test
  void beatsRorsMatcherOnF1OnTheSameRows() throws IOException {
    Path ror = ror();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Map<String, ResolutionScore[]> result =
        ResolutionEvaluation.run(ror, registryOf(ror), index(ror),
            new PrintStream(out, true, StandardCharsets.UTF_8));
    String table = out.toString(StandardCharsets.UTF_8);
    for (String rows : List.of("all", "all, odd (held out)", "Crossref train")) {
      ResolutionScore[] s = result.get(rows);
      assertTrue(s[0].f1() > s[1].f1(), rows + "\n" + table);
      assertTrue(s[0].precision() >= 0.95, rows + "\n" + table);
    }
  }
}

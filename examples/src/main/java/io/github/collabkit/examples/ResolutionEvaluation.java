package io.github.collabkit.examples;

import io.github.collabkit.index.OrganizationIndex;
import io.github.collabkit.index.Resolution;
import io.github.collabkit.json.ror.RorImport;
import io.github.collabkit.json.ror.RorImporter;
import io.github.collabkit.model.Organization;
import io.github.collabkit.testing.AffiliationRow;
import io.github.collabkit.testing.ResolutionScore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How well does collabkit resolve affiliation strings to organizations, compared with ROR's own
 * affiliation matcher on the same strings?
 *
 * <p>Reads the ROR registry extract ({@code ror/records/ror-records-v2.jsonl.gz}, 35,990
 * organizations) and the labelled affiliation strings ({@code ror/affiliation/*_train.csv} and
 * their {@code *_ror-affiliation_results.csv}) from the shared data directory ({@code
 * ../shared/data}, or the first argument), keeps the rows whose gold organization is in the
 * registry and the rows labelled NP (no organization), and prints precision, recall and F1 of
 * both matchers. As ROR counts: a prediction is right when it is a gold id; any other prediction,
 * including any answer to an NP row, is a false positive; recall is over the rows with a gold
 * organization.
 *
 * <p>Run: {@code ./mvnw -q -pl examples -am package -DskipTests && java -cp ... 
 * io.github.collabkit.examples.ResolutionEvaluation ../shared/data}
 */
public final class ResolutionEvaluation {
  private ResolutionEvaluation() {}

  /**
   * Scores a list of predictions against the rows, as ROR counts.
   *
   * @param rows the rows
   * @param predictions one predicted ROR id per row, the empty string for none
   * @return the scores
   */
  public static ResolutionScore score(List<AffiliationRow> rows, List<String> predictions) {
    return ResolutionScore.of(rows.stream().map(AffiliationRow::gold).toList(), predictions);
  }

  /**
   * Resolves every row with an index.
   *
   * @param index the index, keyed by ROR id
   * @param rows the rows
   * @return the predicted ROR id (the key) per row, or the empty string
   */
  public static List<String> predict(OrganizationIndex index, List<AffiliationRow> rows) {
    List<String> out = new ArrayList<>(rows.size());
    for (AffiliationRow row : rows) {
      Resolution r = index.resolve(row.text());
      out.add(r.organization().map(o -> o.key()).orElse(""));
    }
    return out;
  }

  /**
   * Reads labelled rows and ROR's predictions, aligned row by row.
   *
   * @param dataset a short name for the rows
   * @param train the labelled file
   * @param results ROR's results on the same rows
   * @return the rows
   * @throws IOException when a file cannot be read
   * @throws IllegalStateException when the two files do not hold the same rows
   */
  public static List<AffiliationRow> readRows(String dataset, Path train, Path results)
      throws IOException {
    List<List<String>> a = AffiliationRow.parseCsv(Files.readString(train, StandardCharsets.UTF_8));
    List<List<String>> b = AffiliationRow.parseCsv(Files.readString(results, StandardCharsets.UTF_8));
    if (a.size() != b.size()) {
      throw new IllegalStateException(train + " and " + results + " differ in length");
    }
    List<AffiliationRow> rows = new ArrayList<>();
    for (int i = 1; i < a.size(); i++) {
      List<String> x = a.get(i);
      List<String> y = b.get(i);
      if (!x.get(0).equals(y.get(0))) {
        throw new IllegalStateException(train + " row " + i + " differs from " + results);
      }
      String predicted = y.size() > 2 ? y.get(2).replace("https://ror.org/", "").strip() : "";
      rows.add(new AffiliationRow(dataset, i - 1, x.get(0), AffiliationRow.parseGold(x.get(1)),
          predicted));
    }
    return rows;
  }

  /**
   * Keeps the rows whose gold organization is in the registry (any of the gold ids) and the NP rows.
   *
   * @param rows the rows
   * @param registry the ROR ids in the registry
   * @return the rows to evaluate
   */
  public static List<AffiliationRow> inRegistry(List<AffiliationRow> rows, Set<String> registry) {
    List<AffiliationRow> kept = new ArrayList<>();
    for (AffiliationRow row : rows) {
      if (row.isNone() || row.gold().stream().anyMatch(registry::contains)) {
        kept.add(row);
      }
    }
    return kept;
  }

  /** The rows of a set that are (or are not) in the tuning half. */
  private static List<AffiliationRow> half(List<AffiliationRow> rows, Set<AffiliationRow> even,
      boolean tuning) {
    List<AffiliationRow> kept = new ArrayList<>();
    for (AffiliationRow r : rows) {
      if (even.contains(r) == tuning) {
        kept.add(r);
      }
    }
    return kept;
  }

  /**
   * Runs the evaluation and prints the table.
   *
   * @param args the shared data directory, {@code ../shared/data} when absent
   * @throws IOException when a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    Path ror = data.resolve("ror");
    if (!Files.isDirectory(ror.resolve("affiliation"))) {
      System.err.println("ResolutionEvaluation: no ROR data at " + ror.toAbsolutePath()
          + "; pass the shared data directory as the first argument.");
      System.exit(2);
    }
    run(ror, System.out);
  }

  /**
   * Runs the evaluation on the ROR data directory and prints the table.
   *
   * @param ror the {@code ror} data directory
   * @param out where to print
   * @return the scores per row set, collabkit's then ROR's
   * @throws IOException when a file cannot be read
   */
  public static Map<String, ResolutionScore[]> run(Path ror, PrintStream out) throws IOException {
    long t0 = System.nanoTime();
    RorImport registry = RorImporter.create().read(ror.resolve("records/ror-records-v2.jsonl.gz"));
    long t1 = System.nanoTime();
    OrganizationIndex index = OrganizationIndex.of(registry.organizations());
    long t2 = System.nanoTime();
    out.printf(Locale.ROOT, "registry: %d organizations read in %.1f s, indexed in %.1f s%n",
        index.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    return run(ror, registry.organizations(), index, out);
  }

  /**
   * Runs the evaluation with a registry already read and indexed, and prints the table.
   *
   * @param ror the {@code ror} data directory, for the affiliation files
   * @param registry the registry's organizations, keyed by ROR id
   * @param index the index over them
   * @param out where to print
   * @return the scores per row set, collabkit's then ROR's
   * @throws IOException when a file cannot be read
   */
  public static Map<String, ResolutionScore[]> run(Path ror, List<Organization> registry,
      OrganizationIndex index, PrintStream out) throws IOException {
    Set<String> ids = new HashSet<>();
    for (Organization o : registry) {
      ids.add(o.key());
    }
    Path aff = ror.resolve("affiliation");
    List<AffiliationRow> crossref = inRegistry(readRows("crossref",
        aff.resolve("20230628_Crossref_publisher_asserted_affiliation_string_ROR_IDs_train.csv"),
        aff.resolve("20230628_Crossref_publisher_asserted_affiliation_string_ror-affiliation_results.csv")), ids);
    List<AffiliationRow> logs = inRegistry(readRows("logs",
        aff.resolve("20230903_affiliation_matching_logs_train.csv"),
        aff.resolve("20230903_affiliation_matching_logs_valid_ror-affiliation_results.csv")), ids);
    Set<String> dutch = new HashSet<>();
    List<List<String>> nl = AffiliationRow.parseCsv(Files.readString(
        aff.resolve("dutch_affiliations_train.csv"), StandardCharsets.UTF_8));
    for (List<String> r : nl.subList(1, nl.size())) {
      dutch.add(r.get(2) + "\u0000" + AffiliationRow.parseGold(r.get(3)));
    }
    List<AffiliationRow> all = new ArrayList<>(crossref);
    all.addAll(logs);
    List<AffiliationRow> dutchRows = new ArrayList<>();
    for (AffiliationRow r : all) {
      if (dutch.contains(r.text() + "\u0000" + r.gold())) {
        dutchRows.add(r);
      }
    }
    // A fixed split: rules and thresholds are tuned looking at the even rows (of all rows, in
    // file order) only; the odd rows are held out as the dev set.
    Set<AffiliationRow> even = new HashSet<>();
    for (int i = 0; i < all.size(); i += 2) {
      even.add(all.get(i));
    }
    Map<String, List<AffiliationRow>> sets = new LinkedHashMap<>();
    sets.put("Crossref train", crossref);
    sets.put("matching logs train", logs);
    sets.put("all", all);
    sets.put("Dutch subset", dutchRows);
    sets.put("all, even (tuned)", half(all, even, true));
    sets.put("all, odd (held out)", half(all, even, false));
    sets.put("Crossref, even", half(crossref, even, true));
    sets.put("Crossref, odd", half(crossref, even, false));
    sets.put("logs, even", half(logs, even, true));
    sets.put("logs, odd", half(logs, even, false));
    sets.put("Dutch, even", half(dutchRows, even, true));
    sets.put("Dutch, odd", half(dutchRows, even, false));

    long t3 = System.nanoTime();
    Map<String, List<String>> ours = new LinkedHashMap<>();
    List<String> allPredictions = predict(index, all);
    long t4 = System.nanoTime();
    out.printf(Locale.ROOT, "resolved %d strings in %.1f s (%.0f us each)%n%n", all.size(),
        (t4 - t3) / 1e9, (t4 - t3) / 1e3 / all.size());
    Map<String, String> byText = new java.util.HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      byText.put(all.get(i).dataset() + ":" + all.get(i).row(), allPredictions.get(i));
    }
    Map<String, ResolutionScore[]> result = new LinkedHashMap<>();
    out.println("rows: gold organization in the registry, plus NP rows; ROR = ROR's affiliation matcher");
    out.println("R, F1: recall over all labelled rows; R', F1': as ROR's calculate_f_score counts"
        + " (a wrong answer is not a false negative)");
    out.printf(Locale.ROOT, "%-22s %5s %4s | %-37s | %-37s%n", "", "", "", "collabkit", "ROR matcher");
    out.printf(Locale.ROOT, "%-22s %5s %4s | %5s %5s %5s %5s %5s | %5s %5s %5s %5s %5s%n",
        "row set", "rows", "NP", "P", "R", "F1", "R'", "F1'", "P", "R", "F1", "R'", "F1'");
    for (Map.Entry<String, List<AffiliationRow>> e : sets.entrySet()) {
      List<AffiliationRow> rows = e.getValue();
      List<String> mine = new ArrayList<>();
      List<String> theirs = new ArrayList<>();
      for (AffiliationRow r : rows) {
        mine.add(byText.get(r.dataset() + ":" + r.row()));
        theirs.add(r.rorPrediction());
      }
      ResolutionScore a = score(rows, mine);
      ResolutionScore b = score(rows, theirs);
      ours.put(e.getKey(), mine);
      result.put(e.getKey(), new ResolutionScore[] {a, b});
      out.printf(Locale.ROOT,
          "%-22s %5d %4d | %5.3f %5.3f %5.3f %5.3f %5.3f | %5.3f %5.3f %5.3f %5.3f %5.3f%n",
          e.getKey(), rows.size(), rows.size() - a.expected(), a.precision(), a.recall(), a.f1(),
          a.rorRecall(), a.rorF1(), b.precision(), b.recall(), b.f1(), b.rorRecall(), b.rorF1());
    }
    if (Boolean.getBoolean("collabkit.evaluation.errors")) {
      // Errors of the tuning half only, so the held-out half stays unseen.
      for (int i = 0; i < all.size(); i += 2) {
        AffiliationRow r = all.get(i);
        String p = allPredictions.get(i);
        if (!p.isEmpty() && !r.gold().contains(p)) {
          out.println("FP\t" + r.text() + "\tgold=" + r.gold() + "\tours=" + p + "\tror=" + r.rorPrediction());
          out.println("  " + index.resolve(r.text()).explanation().replace("\n", "\n  "));
        } else if (p.isEmpty() && !r.isNone() && r.gold().contains(r.rorPrediction())) {
          out.println("FN\t" + r.text() + "\tgold=" + r.gold());
          out.println("  " + index.resolve(r.text()).explanation().replace("\n", "\n  "));
        }
      }
    }
    return result;
  }
}

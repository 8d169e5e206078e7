package io.github.collabkit.benchmarks.report;

import io.github.collabkit.benchmarks.data.Landscapes;
import io.github.collabkit.benchmarks.data.QueryKind;
import io.github.collabkit.benchmarks.data.QuerySet;
import io.github.collabkit.benchmarks.peer.Peer;
import io.github.collabkit.benchmarks.peer.Resolver;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the precision, recall and F1 of each resolver on exactly the queries {@code
 * ResolutionBenchmark} times, so speed is compared at known quality.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.github.collabkit.benchmarks.report.ResolutionQuality \
 *     benchmarks/results/quality.json 10000 ror}</pre>
 *
 * <p>An answer is right when it is the expected organization or one of its units (an affiliation
 * string that names a department may fairly resolve to it); any answer to a no-match query is a
 * false positive. Precision is right answers over answers given, recall right answers over queries
 * that have an answer.
 */
public final class ResolutionQuality {
  private ResolutionQuality() {}

  /**
   * The quality of one peer on one kind of query.
   *
   * @param landscape the landscape
   * @param queries the kind of query
   * @param peer the peer
   * @param right right answers
   * @param wrong wrong answers (false positives)
   * @param expected queries that have an answer
   */
  public record Score(String landscape, QueryKind queries, Peer peer, int right, int wrong, int expected) {
    /**
     * Returns right answers over answers given.
     *
     * @return the precision, 1 when no answer was given
     */
    public double precision() {
      return right + wrong == 0 ? 1 : (double) right / (right + wrong);
    }

    /**
     * Returns right answers over queries that have one.
     *
     * @return the recall, 1 when no query has an answer
     */
    public double recall() {
      return expected == 0 ? 1 : (double) right / expected;
    }

    /**
     * Returns the harmonic mean of precision and recall.
     *
     * @return F1
     */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /**
   * Scores a peer on one kind of query.
   *
   * @param spec the landscape's parameter value
   * @param landscape the landscape
   * @param resolver the peer, built over the landscape
   * @param peer which peer
   * @param kind the kind of query
   * @return the score
   */
  public static Score score(String spec, Landscape landscape, Resolver resolver, Peer peer, QueryKind kind) {
    QuerySet set = kind.queries(landscape, 1024);
    int right = 0;
    int wrong = 0;
    int expected = 0;
    for (int i = 0; i < set.size(); i++) {
      OrganizationRef gold = set.expected()[i];
      OrganizationRef answer = resolver.resolve(set.texts()[i]);
      if (gold != null) {
        expected++;
      }
      if (answer != null) {
        if (gold != null && isWithin(landscape, answer, gold)) {
          right++;
        } else {
          wrong++;
        }
      }
    }
    return new Score(spec, kind, peer, right, wrong, expected);
  }

  private static boolean isWithin(Landscape landscape, OrganizationRef answer, OrganizationRef gold) {
    Optional<OrganizationRef> current = Optional.of(answer);
    for (int depth = 0; depth < 8 && current.isPresent(); depth++) {
      if (current.get().equals(gold)) {
        return true;
      }
      current = landscape.organization(current.get()).flatMap(Organization::parent);
    }
    return false;
  }

  /**
   * Scores every resolver on every kind of query and writes the scores as JSON.
   *
   * @param args the output file, then the landscapes (default {@code 10000})
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "benchmarks/results/quality.json");
    List<String> landscapes = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("10000");
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String spec : landscapes) {
      Landscape landscape;
      try {
        landscape = Landscapes.get(spec);
      } catch (IllegalStateException e) {
        System.out.println("skipping landscape " + spec + ": " + e.getMessage());
        continue;
      }
      for (Peer peer : Peer.values()) {
        Resolver resolver;
        try {
          resolver = peer.create(Resolver.class, landscape);
        } catch (UnsupportedOperationException e) {
          continue;
        }
        for (QueryKind kind : QueryKind.values()) {
          Score s = score(spec, landscape, resolver, peer, kind);
          System.out.printf(Locale.ROOT, "%-8s %-9s %-13s P %.3f R %.3f F1 %.3f%n", spec, kind, peer,
              s.precision(), s.recall(), s.f1());
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("landscape", spec);
          row.put("queries", kind.name());
          row.put("peer", peer.name());
          row.put("right", s.right());
          row.put("wrong", s.wrong());
          row.put("expected", s.expected());
          row.put("precision", s.precision());
          row.put("recall", s.recall());
          row.put("f1", s.f1());
          rows.add(row);
        }
      }
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), rows);
    System.out.println("wrote " + out);
  }
}

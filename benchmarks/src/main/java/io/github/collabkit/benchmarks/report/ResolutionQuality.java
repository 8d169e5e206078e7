package io.github.collabkit.benchmarks.report;

import io.github.collabkit.benchmarks.data.Landscapes;
import io.github.collabkit.benchmarks.data.QueryKind;
import io.github.collabkit.benchmarks.data.QuerySet;
import io.github.collabkit.benchmarks.peer.Peer;
import io.github.collabkit.benchmarks.peer.Resolver;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.testing.ResolutionScore;
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
 * ResolutionBenchmark} and {@code AffiliationResolutionBenchmark} time, so speed is compared at
 * known quality.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.github.collabkit.benchmarks.report.ResolutionQuality \
 *     benchmarks/results/quality.json 10000 ror}</pre>
 *
 * <p>Over landscape {@code ror} the real affiliation strings ({@code AFFILIATION}) are scored too.
 * The brute-force {@code COMMONS_TEXT} peer compares each query with every name, so over more than
 * {@value #BRUTE_FORCE_LIMIT} organizations it is scored on the first {@value #SAMPLE} queries of
 * each set only (the {@code queries} column says how many each row counts).
 *
 * <p>{@code -Dquality.peers=COLLABKIT,LUCENE} scores only those peers; the file keeps the rows of
 * other peers and landscapes from earlier runs.
 *
 * <p>An answer is right when it is the expected organization or one of its units (an affiliation
 * string that names a department may fairly resolve to it); any answer to a no-match query is a
 * false positive. Precision is right answers over answers given, recall right answers over queries
 * that have an answer.
 */
public final class ResolutionQuality {
  /** Above this many organizations the brute-force peer is scored on a sample. */
  static final int BRUTE_FORCE_LIMIT = 20_000;
  /** The sample size for the brute-force peer on large landscapes. */
  static final int SAMPLE = 32;

  private ResolutionQuality() {}

  /**
   * The quality of one peer on one kind of query.
   *
   * @param landscape the landscape
   * @param queries the kind of query
   * @param peer the peer
   * @param quality the counts, precision, recall and F1
   */
  public record Score(String landscape, QueryKind queries, Peer peer, ResolutionScore quality) {}

  /**
   * Scores a peer on one kind of query.
   *
   * @param spec the landscape's parameter value
   * @param landscape the landscape
   * @param resolver the peer, built over the landscape
   * @param peer which peer
   * @param kind the kind of query
   * @param limit the most queries to score
   * @return the score
   */
  public static Score score(String spec, Landscape landscape, Resolver resolver, Peer peer, QueryKind kind,
      int limit) {
    QuerySet set = kind.queries(landscape, 1024);
    int right = 0;
    int wrong = 0;
    int expected = 0;
    int answeredExpected = 0;
    int total = Math.min(limit, set.size());
    for (int i = 0; i < total; i++) {
      OrganizationRef gold = set.expected()[i];
      OrganizationRef answer = resolver.resolve(set.texts()[i]);
      if (gold != null) {
        expected++;
      }
      if (answer != null) {
        answeredExpected += gold == null ? 0 : 1;
        if (gold != null && isWithin(landscape, answer, gold)) {
          right++;
        } else {
          wrong++;
        }
      }
    }
    return new Score(spec, kind, peer, new ResolutionScore(total, expected, right + wrong, answeredExpected, right));
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
    List<Peer> peers = new ArrayList<>();
    for (String name : System.getProperty("quality.peers", "COLLABKIT,LUCENE,COMMONS_TEXT,HASH_MAP,LINEAR_SCAN")
        .split(",")) {
      peers.add(Peer.valueOf(name.strip()));
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    if (Files.exists(out)) {
      // Keep the rows of the landscapes and peers not scored again now.
      for (tools.jackson.databind.JsonNode row : JsonMapper.builder().build().readTree(out.toFile())) {
        if (!(landscapes.contains(row.path("landscape").asString())
            && peers.contains(Peer.valueOf(row.path("peer").asString())))) {
          rows.add(JsonMapper.builder().build().convertValue(row,
              new tools.jackson.core.type.TypeReference<Map<String, Object>>() {}));
        }
      }
    }
    for (String spec : landscapes) {
      Landscape landscape;
      try {
        landscape = Landscapes.get(spec);
      } catch (IllegalStateException e) {
        System.out.println("skipping landscape " + spec + ": " + e.getMessage());
        continue;
      }
      for (Peer peer : peers) {
        Resolver resolver = peer.create(Resolver.class, landscape);
        int limit = peer == Peer.COMMONS_TEXT && landscape.organizations().size() > BRUTE_FORCE_LIMIT
            ? SAMPLE : Integer.MAX_VALUE;
        for (QueryKind kind : QueryKind.values()) {
          if (kind == QueryKind.AFFILIATION && !spec.startsWith(Landscapes.ROR)) {
            continue;
          }
          ResolutionScore s = score(spec, landscape, resolver, peer, kind, limit).quality();
          System.out.printf(Locale.ROOT, "%-8s %-11s %-13s %5d queries P %.3f R %.3f F1 %.3f%n", spec, kind,
              peer, s.total(), s.precision(), s.recall(), s.f1());
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("landscape", spec);
          row.put("queries", kind.name());
          row.put("peer", peer.name());
          row.put("right", s.right());
          row.put("wrong", s.wrong());
          row.put("expected", s.expected());
          row.put("queries_scored", s.total());
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

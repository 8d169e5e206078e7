package io.github.collabkit.benchmarks;

import io.github.collabkit.benchmarks.data.Landscapes;
import io.github.collabkit.benchmarks.data.QueryKind;
import io.github.collabkit.benchmarks.data.QuerySet;
import io.github.collabkit.benchmarks.peer.Peer;
import io.github.collabkit.benchmarks.peer.Resolver;
import io.github.collabkit.model.OrganizationRef;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast is free text (a name, an affiliation string, a name with typos, or text naming no known
 * organization) resolved to one organization, against Lucene, brute-force Jaro-Winkler, exact
 * lookup and a linear scan?
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar ResolutionBenchmark -prof gc}</pre>
 *
 * <p>Speed means little without quality: {@code ResolutionQuality} prints each peer's precision,
 * recall and F1 on exactly these queries ({@code java -cp benchmarks/target/benchmarks.jar
 * io.github.collabkit.benchmarks.report.ResolutionQuality}). Landscape {@code ror} is the registry
 * of 35,990 real organizations in {@code ../shared}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class ResolutionBenchmark {
  /** The landscape: a number of generated organizations, or {@code ror}. */
  @Param({"10000", "100000"})
  public String landscape;

  /** What the text is like. */
  @Param({"CLEAN", "NOISY", "TYPO", "NO_MATCH"})
  public QueryKind queries;

  /** Who resolves. */
  @Param({"LUCENE", "COMMONS_TEXT", "HASH_MAP", "LINEAR_SCAN"})
  public Peer peer;

  private Resolver resolver;
  private String[] texts;
  private int mask;
  private int i;

  /** Builds the peer and prepares the texts. */
  @Setup
  public void setUp() {
    var data = Landscapes.get(landscape);
    resolver = peer.create(Resolver.class, data);
    QuerySet set = queries.queries(data, 1024);
    texts = set.texts();
    mask = set.mask();
  }

  /**
   * Resolves the next text.
   *
   * @return the organization, or {@code null} when none is found
   */
  @Benchmark
  public OrganizationRef resolve() {
    return resolver.resolve(texts[i++ & mask]);
  }
}

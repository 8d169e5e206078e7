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
 * How fast are real affiliation strings, as publishers and authors wrote them and as people
 * labelled them with a ROR id, resolved over the real registry of 35,990 organizations?
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar AffiliationResolutionBenchmark -prof gc}</pre>
 *
 * <p>The strings are the labelled rows of {@code ror/affiliation/*_train.csv} whose organization
 * the registry extract has, or that name none ("NP"), chosen as {@code Queries.affiliations}
 * describes; {@code ResolutionQuality} prints each peer's precision, recall and F1 on exactly
 * these strings. This is the measure for issue #10's targets of 100,000 resolutions per second
 * on one core and 100 times Lucene's speed, which the generated targets table checks at the mean
 * and at the bound of JMH's error.
 * It needs {@code ../shared}; without it the setup fails with a message saying so.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class AffiliationResolutionBenchmark {
  /** The registry: {@code ror}, or {@code ror:N} for its first N organizations (the smoke test). */
  @Param({"ror"})
  public String registry;

  /** Who resolves (named apart from the lookups' {@code peer}, so a run can choose resolvers alone). */
  @Param({"COLLABKIT", "LUCENE", "COMMONS_TEXT", "HASH_MAP", "LINEAR_SCAN"})
  public Peer resolver;

  private Resolver peerResolver;
  private String[] texts;
  private int mask;
  private int i;

  /** Builds the peer and prepares the strings. */
  @Setup
  public void setUp() {
    var data = Landscapes.get(registry);
    peerResolver = resolver.create(Resolver.class, data);
    QuerySet set = QueryKind.AFFILIATION.queries(data, 0);
    texts = set.texts();
    mask = set.mask();
  }

  /**
   * Resolves the next string.
   *
   * @return the organization, or {@code null} when none is found
   */
  @Benchmark
  public OrganizationRef resolve() {
    return peerResolver.resolve(texts[i++ & mask]);
  }
}

package io.github.collabkit.benchmarks;

import io.github.collabkit.benchmarks.data.Landscapes;
import io.github.collabkit.benchmarks.data.Queries;
import io.github.collabkit.benchmarks.peer.PrefixCompletion;
import io.github.collabkit.benchmarks.peer.Peer;
import io.github.collabkit.model.Organization;
import java.util.List;
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
 * How fast are the first ten organizations whose name starts with what a user typed ({@code
 * "leid"}) found, as a search box completes it?
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar PrefixCompletionBenchmark -prof gc}</pre>
 *
 * <p>Prefixes are two to eight characters of a name. Every peer folds the prefix the same way;
 * {@code HASH_MAP} here is a {@code TreeMap} range of folded names.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class PrefixCompletionBenchmark {
  /** Organizations in the generated landscape. */
  @Param({"1000", "10000", "100000", "1000000"})
  public String organizations;

  /** Who answers. */
  @Param({"HASH_MAP", "LUCENE", "LINEAR_SCAN"})
  public Peer peer;

  private PrefixCompletion completion;
  private String[] names;
  private static final int LIMIT = 10;
  private int mask;
  private int i;

  /** Builds the peer and prepares the prefixes. */
  @Setup
  public void setUp() {
    var landscape = Landscapes.get(organizations);
    completion = peer.create(PrefixCompletion.class, landscape);
    var queries = Queries.prefixes(landscape, Queries.SIZE);
    names = queries.texts();
    mask = queries.mask();
  }

  /**
   * Completes the next prefix.
   *
   * @return up to ten organizations with a name that starts with it
   */
  @Benchmark
  public List<Organization> complete() {
    return completion.complete(names[i++ & mask], LIMIT);
  }
}

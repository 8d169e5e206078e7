package io.github.collabkit.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast are the first ten organizations whose name starts with what a user typed ({@code
 * "leid"}) found, as a search box completes it?
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar PrefixCompletionBenchmark -prof gc}</pre>
 *
 * <p>Prefixes are two to eight characters of a name, in lower case. collabkit ranks every name (or
 * later word of a name) starting with the prefix and returns the best ten organizations; {@code
 * HASH_MAP} is a {@code TreeMap} range of normalised name keys that stops at ten, Lucene a {@code
 * PrefixQuery}, so collabkit does more work than its peers here.
 *
 * <p>Landscape, peer and queries come from {@link LookupState}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class PrefixCompletionBenchmark {
  private static final int LIMIT = 10;

  /**
   * Completes the next prefix.
   *
   * @param s the landscape, peer and queries
   * @return up to ten suggestions
   */
  @Benchmark
  public List<?> complete(LookupState s) {
    return s.lookup.complete(s.prefixes[s.next()], LIMIT);
  }
}

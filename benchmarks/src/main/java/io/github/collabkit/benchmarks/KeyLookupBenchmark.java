package io.github.collabkit.benchmarks;

import io.github.collabkit.model.Organization;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast is an organization found by its key, such as {@code lumc} (a ROR id in the registry)?
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar KeyLookupBenchmark -prof gc}</pre>
 *
 * <p>One key in eight is absent. Keys are typed {@link io.github.collabkit.model.OrganizationRef}s
 * made before measurement, the same objects for every peer; {@code HASH_MAP} is {@code
 * HashMap.get}, the floor.
 *
 * <p>Landscape, peer and queries come from {@link LookupState}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class KeyLookupBenchmark {
  /**
   * Looks up the next key.
   *
   * @param s the landscape, peer and queries
   * @return the organization, or {@code null} for an absent key
   */
  @Benchmark
  public Organization byKey(LookupState s) {
    return s.lookup.byKey(s.keys[s.next()]);
  }
}

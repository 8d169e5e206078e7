package io.github.collabkit.benchmarks;

import io.github.collabkit.benchmarks.data.Landscapes;
import io.github.collabkit.benchmarks.data.Queries;
import io.github.collabkit.benchmarks.data.QuerySet;
import io.github.collabkit.benchmarks.peer.KeyLookup;
import io.github.collabkit.benchmarks.peer.Peer;
import io.github.collabkit.model.Organization;
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
 * How fast is an organization found by its key, such as {@code lumc}?
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar KeyLookupBenchmark -prof gc}</pre>
 *
 * <p>One key in eight is absent. Keys are typed {@link OrganizationRef}s made before measurement,
 * the same objects for every peer.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class KeyLookupBenchmark {
  /** Organizations in the generated landscape. */
  @Param({"1000", "10000", "100000", "1000000"})
  public String organizations;

  /** Who answers. */
  @Param({"COLLABKIT", "HASH_MAP", "LINEAR_SCAN"})
  public Peer peer;

  private KeyLookup lookup;
  private OrganizationRef[] keys;
  private int mask;
  private int i;

  /** Builds the peer and prepares the keys. */
  @Setup
  public void setUp() {
    var landscape = Landscapes.get(organizations);
    lookup = peer.create(KeyLookup.class, landscape);
    QuerySet queries = Queries.keys(landscape, Queries.SIZE);
    keys = new OrganizationRef[queries.size()];
    for (int j = 0; j < keys.length; j++) {
      keys[j] = OrganizationRef.of(queries.texts()[j]);
    }
    mask = queries.mask();
  }

  /**
   * Looks up the next key.
   *
   * @return the organization, or {@code null} for an absent key
   */
  @Benchmark
  public Organization byKey() {
    return lookup.byKey(keys[i++ & mask]);
  }
}

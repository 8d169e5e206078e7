package io.github.collabkit.benchmarks;

import io.github.collabkit.benchmarks.data.Landscapes;
import io.github.collabkit.benchmarks.data.Queries;
import io.github.collabkit.benchmarks.peer.NameLookup;
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
 * How fast are the organizations with a name, alias or acronym found, in any case and with or
 * without diacritics ({@code "leids universitair medisch centrum"}, {@code "LUMC"})?
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar NameLookupBenchmark -prof gc}</pre>
 *
 * <p>Every peer folds the query the same way (lower case, diacritics removed, punctuation to
 * spaces) before looking it up; {@code HASH_MAP} is {@code HashMap.get} on the folded name, the
 * floor.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class NameLookupBenchmark {
  /** Organizations in the generated landscape. */
  @Param({"1000", "10000", "100000", "1000000"})
  public String organizations;

  /** Who answers. */
  @Param({"HASH_MAP", "LUCENE", "LINEAR_SCAN"})
  public Peer peer;

  private NameLookup lookup;
  private String[] names;
  private int mask;
  private int i;

  /** Builds the peer and prepares the names. */
  @Setup
  public void setUp() {
    var landscape = Landscapes.get(organizations);
    lookup = peer.create(NameLookup.class, landscape);
    var queries = Queries.names(landscape, Queries.SIZE);
    names = queries.texts();
    mask = queries.mask();
  }

  /**
   * Looks up the next name.
   *
   * @return the organizations with that name
   */
  @Benchmark
  public List<Organization> byName() {
    return lookup.byName(names[i++ & mask]);
  }
}

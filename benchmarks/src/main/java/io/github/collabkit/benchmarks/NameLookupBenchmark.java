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
 * How fast are the organizations with a name, alias or acronym found, in any case and with or
 * without diacritics ({@code "leids universitair medisch centrum"}, {@code "LUMC"})?
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar NameLookupBenchmark -prof gc}</pre>
 *
 * <p>The peers key names by collabkit's normalised name key ({@code IndexKey}: folded letters and
 * digits, the rest dropped, with the library's one folding); {@code HASH_MAP}
 * is {@code HashMap.get} on that key, the floor. collabkit also looks the name up with its synonyms
 * replaced ("UMC" = "Universitair Medisch Centrum"), which the peers do not.
 *
 * <p>Landscape, peer and queries come from {@link LookupState}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class NameLookupBenchmark {
  /**
   * Looks up the next name.
   *
   * @param s the landscape, peer and queries
   * @return the organizations with that name
   */
  @Benchmark
  public List<?> byName(LookupState s) {
    return s.lookup.byName(s.names[s.next()]);
  }
}

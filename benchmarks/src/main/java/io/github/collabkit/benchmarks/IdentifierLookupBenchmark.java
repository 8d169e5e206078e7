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
 * How fast is an organization found by one of its identifiers (ROR, ISNI, Wikidata, GRID, Crossref
 * Funder, website, KvK), given the scheme and the canonical value?
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar IdentifierLookupBenchmark -prof gc}</pre>
 *
 * <p>One identifier in eight is a well-formed Wikidata id that no organization has. collabkit's
 * {@code OrganizationIndex.byIdentifier(scheme, value)} normalises and validates the value (a ROR
 * checksum, say) before its hash lookup; {@code HASH_MAP} is {@code HashMap.get} on the {@code
 * Identifier} value object, the floor.
 *
 * <p>Landscape, peer and queries come from {@link LookupState}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class IdentifierLookupBenchmark {
  /**
   * Looks up the next identifier.
   *
   * @param s the landscape, peer and queries
   * @return the organization, or {@code null} for an absent identifier
   */
  @Benchmark
  public Organization byIdentifier(LookupState s) {
    return s.lookup.byIdentifier(s.identifiers[s.next()]);
  }
}

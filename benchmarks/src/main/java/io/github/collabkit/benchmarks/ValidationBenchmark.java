package io.github.collabkit.benchmarks;

import io.github.collabkit.benchmarks.data.Landscapes;
import io.github.collabkit.benchmarks.peer.LandscapeValidation;
import io.github.collabkit.benchmarks.peer.Peer;
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
 * How long does validating a whole landscape take, against Hibernate Validator on equivalent beans?
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar ValidationBenchmark}</pre>
 *
 * <p>collabkit's {@code LandscapeValidator} checks every cross-entity rule (the construction
 * invariants were checked when the values were built and cannot be broken). The Hibernate Validator
 * peer checks the construction invariants with built-in constraints (not blank, size, pattern, a
 * custom identifier rule) cascading through every bean, and the cross-entity rules that Bean
 * Validation can express (unique keys, dangling references, undefined concepts, missing sources,
 * units without parent) in one class-level constraint; it does not check cycles, signatories'
 * roles or status against dates, which collabkit does. Both find no violation in generated data.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class ValidationBenchmark {
  /** Organizations in the generated landscape. */
  @Param({"1000", "10000", "100000", "1000000"})
  public String organizations;

  /** Who validates. */
  @Param({"COLLABKIT", "HIBERNATE_VALIDATOR"})
  public Peer peer;

  private LandscapeValidation validation;

  /** Builds the peer (and, for Hibernate Validator, the beans). */
  @Setup
  public void setUp() {
    validation = peer.create(LandscapeValidation.class, Landscapes.get(organizations));
  }

  /**
   * Validates the whole landscape.
   *
   * @return the number of violations
   */
  @Benchmark
  public int validate() {
    return validation.validate();
  }
}

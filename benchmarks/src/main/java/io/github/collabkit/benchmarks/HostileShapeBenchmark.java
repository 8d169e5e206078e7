package io.github.collabkit.benchmarks;

import io.github.collabkit.benchmarks.data.HostileShape;
import io.github.collabkit.graph.CollaborationNetwork;
import io.github.collabkit.graph.Hub;
import io.github.collabkit.match.ActionLineClassifier;
import io.github.collabkit.match.InfrastructureMatcher;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.testing.LandscapeGenerator;
import io.github.collabkit.validate.LandscapeValidator;
import io.github.collabkit.validate.ValidationReport;
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
 * How long do the builders take on the hostile shapes of issue #11 (a partnership of 5,000
 * parties, a chain of 12,000 partnership links, parent chains of 20,000 and 100,000 units, a
 * part-of chain of 20,000 infrastructures), each added to a generated landscape of 10,000
 * organizations? The fork's heap is capped at 1 GB, so a run also shows each fits in it.
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar HostileShapeBenchmark -prof gc}</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class HostileShapeBenchmark {
  /** The shape added to the landscape. */
  @Param({"PARTIES_5000", "LINK_CHAIN_12000", "PARENT_CHAIN_20000", "PARENT_CHAIN_100000", "PART_OF_CHAIN_20000"})
  public HostileShape shape;

  private Landscape landscape;
  private LandscapeValidator validator;

  /** Builds the landscape of the shape. */
  @Setup
  public void setUp() {
    landscape = shape.landscape();
    validator = LandscapeValidator.create().asOf(LandscapeGenerator.AS_OF);
  }

  /**
   * Validates the landscape.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport validate() {
    return validator.validate(landscape);
  }

  /**
   * Builds the collaboration network.
   *
   * @return the network
   */
  @Benchmark
  public CollaborationNetwork network() {
    return CollaborationNetwork.of(landscape);
  }

  /**
   * Builds the collaboration network and ranks its hubs by betweenness (Brandes' algorithm, exact
   * or sampled as the network decides).
   *
   * @return the top ten hubs
   */
  @Benchmark
  public List<Hub> networkHubs() {
    return CollaborationNetwork.of(landscape).hubs(Hub.Measure.BETWEENNESS, 10);
  }

  /**
   * Builds the action-line classifier.
   *
   * @return the classifier
   */
  @Benchmark
  public ActionLineClassifier classifier() {
    return ActionLineClassifier.of(landscape);
  }

  /**
   * Builds the infrastructure matcher.
   *
   * @return the matcher
   */
  @Benchmark
  public InfrastructureMatcher matcher() {
    return InfrastructureMatcher.of(landscape);
  }
}

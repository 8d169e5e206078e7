package io.github.collabkit.benchmarks;

import io.github.collabkit.benchmarks.data.Landscapes;
import io.github.collabkit.match.ActionLineClassifier;
import io.github.collabkit.match.Classification;
import io.github.collabkit.model.Infrastructure;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Partnership;
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
 * How fast is a partnership or an infrastructure classified into the action lines of the
 * landscape's strategies, with the reasons for each line?
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar ActionLineClassificationBenchmark -prof gc}</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class ActionLineClassificationBenchmark {
  /** Organizations in the generated landscape. */
  @Param({"1000", "10000", "100000"})
  public String organizations;

  private ActionLineClassifier classifier;
  private Partnership[] partnerships;
  private Infrastructure[] infrastructures;
  private int i;

  /** Builds the classifier and picks the entities to classify. */
  @Setup
  public void setUp() {
    Landscape landscape = Landscapes.get(organizations);
    classifier = ActionLineClassifier.of(landscape);
    partnerships = firstPowerOfTwo(landscape.partnerships()).toArray(Partnership[]::new);
    infrastructures = firstPowerOfTwo(landscape.infrastructures()).toArray(Infrastructure[]::new);
  }

  private static <T> List<T> firstPowerOfTwo(List<T> all) {
    return all.subList(0, Integer.highestOneBit(Math.min(all.size(), 1024)));
  }

  /**
   * Classifies the next partnership.
   *
   * @return its action lines with reasons
   */
  @Benchmark
  public Classification partnership() {
    return classifier.classify(partnerships[i++ & (partnerships.length - 1)]);
  }

  /**
   * Classifies the next infrastructure.
   *
   * @return its action lines with reasons
   */
  @Benchmark
  public Classification infrastructure() {
    return classifier.classify(infrastructures[i++ & (infrastructures.length - 1)]);
  }
}

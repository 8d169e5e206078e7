package io.github.collabkit.benchmarks;

import io.github.collabkit.benchmarks.data.Landscapes;
import io.github.collabkit.match.Importance;
import io.github.collabkit.match.InfrastructureMatcher;
import io.github.collabkit.match.MatchResult;
import io.github.collabkit.match.Requester;
import io.github.collabkit.match.ResearchNeed;
import io.github.collabkit.model.Infrastructure;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Organization;
import java.util.SplittableRandom;
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
 * How fast are the infrastructures that fit a research need (capabilities, themes, kinds, who is
 * asking) found and ranked?
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar InfrastructureMatchBenchmark -prof gc}</pre>
 *
 * <p>Needs are made before measurement from the landscape's own infrastructures (a capability and
 * theme required, a kind preferred) and asked by one of its organizations.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class InfrastructureMatchBenchmark {
  /** Organizations in the generated landscape (a tenth as many infrastructures). */
  @Param({"1000", "10000", "100000"})
  public String organizations;

  private InfrastructureMatcher matcher;
  private ResearchNeed[] needs;
  private int i;

  /** Builds the matcher and prepares the needs. */
  @Setup
  public void setUp() {
    Landscape landscape = Landscapes.get(organizations);
    matcher = InfrastructureMatcher.of(landscape);
    SplittableRandom random = new SplittableRandom(21);
    needs = new ResearchNeed[256];
    for (int j = 0; j < needs.length; j++) {
      Infrastructure model = landscape.infrastructures().get(random.nextInt(landscape.infrastructures().size()));
      Organization asking = landscape.organizations().get(random.nextInt(landscape.organizations().size()));
      needs[j] = ResearchNeed.builder()
          .capability(model.capabilities().iterator().next(), Importance.REQUIRED)
          .theme(model.themes().iterator().next(), Importance.PREFERRED)
          .kind(model.kinds().iterator().next(), Importance.PREFERRED)
          .requester(Requester.organization(asking.ref()))
          .build();
    }
  }

  /**
   * Matches the next need.
   *
   * @return the ranked matches
   */
  @Benchmark
  public MatchResult match() {
    return matcher.match(needs[i++ & (needs.length - 1)]);
  }
}

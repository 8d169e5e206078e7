package io.github.collabkit.benchmarks;

import io.github.collabkit.benchmarks.data.Landscapes;
import io.github.collabkit.graph.Chain;
import io.github.collabkit.graph.CollaborationNetwork;
import io.github.collabkit.graph.InfrastructureOverlaps;
import io.github.collabkit.graph.Overlap;
import io.github.collabkit.graph.Partner;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.OrganizationRef;
import java.util.List;
import java.util.Optional;
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
 * How fast does the collaboration network answer: who are an organization's partners, what is the
 * shortest chain of partnerships between two organizations, which infrastructures overlap?
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar NetworkBenchmark -prof gc}</pre>
 *
 * <p>Organizations are drawn at random, so most pairs are several partnerships apart or not
 * connected at all (a search of the whole component). {@code overlaps} finds the overlapping
 * infrastructures with {@link InfrastructureOverlaps}, which needs no network: the whole search,
 * including the organization hierarchy it builds, is measured.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class NetworkBenchmark {
  /** Organizations in the generated landscape. */
  @Param({"1000", "10000", "100000"})
  public String organizations;

  private Landscape landscape;
  private CollaborationNetwork network;
  private OrganizationRef[] from;
  private OrganizationRef[] to;
  private int i;

  /** Builds the network and draws the organizations. */
  @Setup
  public void setUp() {
    landscape = Landscapes.get(organizations);
    network = CollaborationNetwork.of(landscape);
    SplittableRandom random = new SplittableRandom(31);
    from = new OrganizationRef[1024];
    to = new OrganizationRef[1024];
    for (int j = 0; j < from.length; j++) {
      from[j] = landscape.organizations().get(random.nextInt(landscape.organizations().size())).ref();
      to[j] = landscape.organizations().get(random.nextInt(landscape.organizations().size())).ref();
    }
  }

  /**
   * Lists the partners of the next organization.
   *
   * @return its partners
   */
  @Benchmark
  public List<Partner> partners() {
    return network.partners(from[i++ & 1023]);
  }

  /**
   * Finds the shortest chain between the next two organizations.
   *
   * @return the chain, or empty when they are not connected
   */
  @Benchmark
  public Optional<Chain> shortestChain() {
    int j = i++ & 1023;
    return network.shortestChain(from[j], to[j]);
  }

  /**
   * Finds every pair of overlapping infrastructures.
   *
   * @return the overlaps
   */
  @Benchmark
  public List<Overlap> overlaps() {
    return InfrastructureOverlaps.find(landscape);
  }
}

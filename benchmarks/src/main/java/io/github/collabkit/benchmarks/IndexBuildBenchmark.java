package io.github.collabkit.benchmarks;

import io.github.collabkit.benchmarks.data.Landscapes;
import io.github.collabkit.benchmarks.peer.NameLookup;
import io.github.collabkit.benchmarks.peer.Peer;
import io.github.collabkit.graph.CollaborationNetwork;
import io.github.collabkit.index.OrganizationIndex;
import io.github.collabkit.match.ActionLineClassifier;
import io.github.collabkit.match.InfrastructureMatcher;
import io.github.collabkit.model.Landscape;
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
 * How long does building each index take: the organization index (lookups and resolution), the
 * landscape's key maps, the collaboration network, the infrastructure matcher, the action-line
 * classifier, and the peers' structures (HashMaps, a Lucene index) over the same landscape?
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar IndexBuildBenchmark}</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class IndexBuildBenchmark {
  /** Organizations in the generated landscape. */
  @Param({"1000", "10000", "100000", "1000000"})
  public String organizations;

  private Landscape landscape;

  /** Generates the landscape. */
  @Setup
  public void setUp() {
    landscape = Landscapes.get(organizations);
  }

  /**
   * Builds the organization index: keys, identifiers, names, prefixes and the resolution index.
   *
   * @return the index
   */
  @Benchmark
  public OrganizationIndex organizationIndex() {
    return OrganizationIndex.of(landscape);
  }

  /**
   * Builds the landscape's maps by key (on a copy, whose lazy maps are new).
   *
   * @return the copy, with its maps built
   */
  @Benchmark
  public Landscape landscapeKeys() {
    Landscape copy = landscape.withName(landscape.name() + "'");
    copy.organization(OrganizationRef.of("lumc"));
    return copy;
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
   * Builds the infrastructure matcher.
   *
   * @return the matcher
   */
  @Benchmark
  public InfrastructureMatcher matcher() {
    return InfrastructureMatcher.of(landscape);
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
   * Builds the HashMap peer's maps by key, identifier and folded name.
   *
   * @return the peer
   */
  @Benchmark
  public NameLookup hashMapPeer() {
    return Peer.HASH_MAP.create(NameLookup.class, landscape);
  }

  /**
   * Builds the Lucene peer's in-memory index.
   *
   * @return the peer
   */
  @Benchmark
  public NameLookup lucenePeer() {
    return Peer.LUCENE.create(NameLookup.class, landscape);
  }
}

package io.github.collabkit.benchmarks;

import io.github.collabkit.benchmarks.data.Landscapes;
import io.github.collabkit.index.OrganizationIndex;
import io.github.collabkit.index.Resolution;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationType;
import java.util.ArrayList;
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
 * How long can one hostile input stall the organization index: a text of one letter repeated, a
 * text of many names one after another, and an organization with a name of {@code length}
 * characters in the build? Resolution reads at most {@link OrganizationIndex#MAX_TEXT} characters
 * and is linear in them, so the texts' times should not grow with {@code length}; the build is
 * linear in the total length of the names.
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar HostileInputBenchmark}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class HostileInputBenchmark {
  /** The number of generated organizations in the index. */
  @Param({"10000"})
  public String organizations;

  /** The length of the hostile text and of the long name, in characters. */
  @Param({"160000", "1000000"})
  public int length;

  private OrganizationIndex index;
  private List<Organization> withLongName;
  private String oneLetter;
  private String manyNames;

  /** Builds the index and the hostile texts. */
  @Setup
  public void setUp() {
    Landscape landscape = Landscapes.get(organizations);
    index = OrganizationIndex.of(landscape);
    oneLetter = "a".repeat(length);
    StringBuilder sb = new StringBuilder(length + 200);
    int k = 0;
    List<Organization> all = landscape.organizations();
    while (sb.length() < length) {
      sb.append(all.get(k++ % all.size()).displayName()).append(", ");
    }
    manyNames = sb.substring(0, length);
    withLongName = new ArrayList<>(all);
    withLongName.add(Organization.builder().ref(OrganizationRef.of("long-name"))
        .addNames(Name.of(("Institute " + "a".repeat(length)).substring(0, length), "en",
            NameKind.DISPLAY))
        .addType(OrganizationType.RESEARCH_INSTITUTE).build());
  }

  /**
   * Resolves one letter repeated {@code length} times.
   *
   * @return the resolution
   */
  @Benchmark
  public Resolution resolveOneLetterRepeated() {
    return index.resolve(oneLetter);
  }

  /**
   * Resolves {@code length} characters of organization names separated by commas.
   *
   * @return the resolution
   */
  @Benchmark
  public Resolution resolveManyNames() {
    return index.resolve(manyNames);
  }

  /**
   * Builds the index over the organizations plus one with a name of {@code length} characters.
   *
   * @return the index
   */
  @Benchmark
  public OrganizationIndex buildWithLongName() {
    return OrganizationIndex.of(withLongName);
  }
}

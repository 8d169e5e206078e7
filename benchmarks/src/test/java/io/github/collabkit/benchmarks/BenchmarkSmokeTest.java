package io.github.collabkit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.collabkit.benchmarks.data.Landscapes;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark method once on tiny data, in this JVM, so a broken benchmark (a setup that
 * throws, a peer that fails) fails the build. Nothing is timed or asserted about speed. The
 * affiliation benchmark runs on the registry's first 2,048 organizations when {@code ../shared} is
 * there, and is left out, saying so, when it is not.
 */
class BenchmarkSmokeTest {

  @Test
  void everyBenchmarkRunsOnTinyData() throws RunnerException {
    boolean registry = Landscapes.hasRegistry();
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include("io\\.github\\.collabkit\\.benchmarks\\..*Benchmark")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(1))
        .param("organizations", "1000")
        .param("landscape", "1000")
        .param("registry", "ror:2048")
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT);
    if (!registry) {
      System.out.println("BenchmarkSmokeTest: no ROR registry under " + Landscapes.rorDirectory()
          + "; AffiliationResolutionBenchmark left out");
      options.exclude("AffiliationResolutionBenchmark");
    }
    // The smoke run measures nothing, so a real benchmark run holding JMH's lock must not stop it.
    System.setProperty("jmh.ignoreLock", "true");
    Collection<RunResult> results = new Runner(options.build()).run();
    Set<String> ran = new TreeSet<>();
    for (RunResult r : results) {
      ran.add(r.getParams().getBenchmark());
    }
    Set<String> declared = new TreeSet<>();
    for (BenchmarkListEntry e : BenchmarkList.defaultList().getAll(null, java.util.List.of())) {
      if (registry || !e.getUsername().contains("AffiliationResolutionBenchmark")) {
        declared.add(e.getUsername());
      }
    }
    assertEquals(declared, ran, "every benchmark method runs");
  }
}

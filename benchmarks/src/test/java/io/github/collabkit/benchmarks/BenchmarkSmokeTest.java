package io.github.collabkit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark method once on tiny data, in this JVM, so a broken benchmark (a setup that
 * throws, a peer that fails) fails the build. Nothing is timed or asserted about speed.
 */
class BenchmarkSmokeTest {

  @Test
  void everyBenchmarkRunsOnTinyData() throws RunnerException {
    Options options = new OptionsBuilder()
        .include("io\\.github\\.collabkit\\.benchmarks\\..*Benchmark")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(1))
        .param("organizations", "1000")
        .param("landscape", "1000")
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT)
        .build();
    // The smoke run measures nothing, so a real benchmark run holding JMH's lock must not stop it.
    System.setProperty("jmh.ignoreLock", "true");
    Collection<RunResult> results = new Runner(options).run();
    assertFalse(results.isEmpty(), "no benchmark ran");
  }
}

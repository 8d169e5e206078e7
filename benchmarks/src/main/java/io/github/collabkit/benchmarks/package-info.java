/**
 * JMH benchmarks of collabkit's hot paths, each beside its peers on identical inputs: one class per
 * question ({@link io.github.collabkit.benchmarks.KeyLookupBenchmark}, ...), peers as an enum
 * {@code @Param} behind a small facade (package {@code peer}), data and prepared queries in package
 * {@code data}, and the programs that score resolution quality, measure index memory and turn
 * JMH's JSON into the README tables in package {@code report}. The four exact-lookup benchmarks
 * share one {@link io.github.collabkit.benchmarks.LookupState}; quick mode is {@code
 * benchmarks/run-quick.sh}.
 *
 * <p>Build and run: {@code ./mvnw -B -q -pl benchmarks -am package -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar}; see {@code benchmarks/README.md}.
 */
package io.github.collabkit.benchmarks;

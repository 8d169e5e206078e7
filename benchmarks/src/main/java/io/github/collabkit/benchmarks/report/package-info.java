/**
 * Programs that turn runs into results: {@link io.github.collabkit.benchmarks.report.ResolutionQuality}
 * (precision, recall and F1 of each resolver on the benchmark's queries), {@link
 * io.github.collabkit.benchmarks.report.IndexFootprint} (retained heap of each index per
 * organization) and {@link io.github.collabkit.benchmarks.report.ReadmeTables} (the README's tables,
 * from JMH's JSON output and those two).
 */
package io.github.collabkit.benchmarks.report;

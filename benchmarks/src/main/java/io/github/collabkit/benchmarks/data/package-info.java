/**
 * The data the benchmarks run on: generated landscapes of 1k to 1M organizations ({@link
 * io.github.collabkit.benchmarks.data.Landscapes}), the ROR registry when {@code ../shared} is
 * present, and query arrays prepared before measurement ({@link
 * io.github.collabkit.benchmarks.data.Queries}) with their expected answers.
 */
package io.github.collabkit.benchmarks.data;

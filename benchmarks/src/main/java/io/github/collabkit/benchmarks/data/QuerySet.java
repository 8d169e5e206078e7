package io.github.collabkit.benchmarks.data;

import io.github.collabkit.model.OrganizationRef;
import java.util.Arrays;

/**
 * Queries prepared before measurement, with the organization each should find ({@code null} where
 * none should be found). The length is a power of two, so a benchmark takes query {@code i++ &
 * mask()} without a bounds check or a modulo.
 *
 * @param texts the queries
 * @param expected the organization each query should find, or {@code null}
 */
public record QuerySet(String[] texts, OrganizationRef[] expected) {

  /**
   * Checks that both arrays have the same power-of-two length.
   *
   * @param texts the queries
   * @param expected the expected answers
   */
  public QuerySet {
    if (texts.length != expected.length || Integer.bitCount(texts.length) != 1) {
      throw new IllegalArgumentException("queries: need equal power-of-two lengths, got "
          + texts.length + " and " + expected.length);
    }
  }

  /**
   * Returns the mask to index the queries with.
   *
   * @return the length minus one
   */
  public int mask() {
    return texts.length - 1;
  }

  /**
   * Returns the number of queries.
   *
   * @return the length
   */
  public int size() {
    return texts.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QuerySet other && Arrays.equals(texts, other.texts)
        && Arrays.equals(expected, other.expected);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(texts) + Arrays.hashCode(expected);
  }

  @Override
  public String toString() {
    return "QuerySet[" + texts.length + " queries, first '" + texts[0] + "']";
  }
}

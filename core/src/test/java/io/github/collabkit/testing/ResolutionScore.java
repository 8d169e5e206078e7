package io.github.collabkit.testing;

/**
 * How well a resolver answered a set of labelled queries: precision, recall and F1, counted once
 * for the resolution evaluation (examples) and the benchmarks' quality report alike. An answer to a
 * query that has none is a wrong answer.
 *
 * @param total the queries scored
 * @param expected the queries that have a right answer
 * @param answered the answers given, right or wrong
 * @param right the right answers
 */
public record ResolutionScore(int total, int expected, int answered, int right) {

  /**
   * Checks the counts.
   *
   * @param total the queries scored
   * @param expected the queries that have a right answer
   * @param answered the answers given, right or wrong
   * @param right the right answers
   * @throws IllegalArgumentException when a count is negative or larger than the one it is part of
   */
  public ResolutionScore {
    if (right < 0 || right > answered || right > expected || answered > total || expected > total) {
      throw new IllegalArgumentException("inconsistent counts: total " + total + ", expected " + expected
          + ", answered " + answered + ", right " + right);
    }
  }

  /**
   * Returns right answers over answers given.
   *
   * @return the precision, 1 when no answer was given
   */
  public double precision() {
    return answered == 0 ? 1 : (double) right / answered;
  }

  /**
   * Returns right answers over queries that have one.
   *
   * @return the recall, 1 when no query has an answer
   */
  public double recall() {
    return expected == 0 ? 1 : (double) right / expected;
  }

  /**
   * Returns the harmonic mean of precision and recall.
   *
   * @return F1, 0 when both are 0
   */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /**
   * Returns the answers that were wrong.
   *
   * @return answers given less the right ones
   */
  public int wrong() {
    return answered - right;
  }
}

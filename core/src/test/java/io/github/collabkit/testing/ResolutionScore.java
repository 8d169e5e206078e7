package io.github.collabkit.testing;

import java.util.Collection;
import java.util.List;

/**
 * How well a resolver answered a set of labelled queries: precision, recall and F1, counted once
 * for the resolution evaluation (examples) and the benchmarks' quality report alike, in two
 * scorings.
 *
 * <p>Ours: an answer to a query that has none is a wrong answer, and recall is right answers over
 * every query that has one, so a wrong answer counts against precision and recall. ROR's ({@code
 * calculate_f_score.py} of ror-community/affiliation-matching-experimental): a wrong answer is a
 * false positive only, and a false negative is a query with a right answer left unanswered, so its
 * recall is right answers over right answers plus unanswered queries that have one. Precision is
 * the same in both.
 *
 * @param total the queries scored
 * @param expected the queries that have a right answer
 * @param answered the answers given, right or wrong
 * @param answeredExpected the answers given to queries that have a right answer
 * @param right the right answers
 */
public record ResolutionScore(int total, int expected, int answered, int answeredExpected, int right) {

  /**
   * Checks the counts.
   *
   * @param total the queries scored
   * @param expected the queries that have a right answer
   * @param answered the answers given, right or wrong
   * @param answeredExpected the answers given to queries that have a right answer
   * @param right the right answers
   * @throws IllegalArgumentException when a count is negative or larger than the one it is part of
   */
  public ResolutionScore {
    if (right < 0 || right > answeredExpected || answeredExpected > answered
        || answeredExpected > expected || answered > total || expected > total) {
      throw new IllegalArgumentException("inconsistent counts: total " + total + ", expected " + expected
          + ", answered " + answered + ", answered expected " + answeredExpected + ", right " + right);
    }
  }

  /**
   * Counts answers against gold labels, one answer and one label set per query.
   *
   * @param gold the right answers of each query, empty when the query has none
   * @param answers the answer to each query, null or empty when there is none
   * @return the score
   * @throws IllegalArgumentException when the lists differ in size
   */
  public static ResolutionScore of(List<? extends Collection<String>> gold, List<String> answers) {
    if (gold.size() != answers.size()) {
      throw new IllegalArgumentException(gold.size() + " queries but " + answers.size() + " answers");
    }
    int expected = 0;
    int answered = 0;
    int answeredExpected = 0;
    int right = 0;
    for (int i = 0; i < gold.size(); i++) {
      Collection<String> g = gold.get(i);
      String a = answers.get(i);
      boolean hasGold = !g.isEmpty();
      expected += hasGold ? 1 : 0;
      if (a != null && !a.isEmpty()) {
        answered++;
        if (hasGold) {
          answeredExpected++;
          right += g.contains(a) ? 1 : 0;
        }
      }
    }
    return new ResolutionScore(gold.size(), expected, answered, answeredExpected, right);
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
    return harmonic(precision(), recall());
  }

  private static double harmonic(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /**
   * Returns the recall as ROR's {@code calculate_f_score} counts it.
   *
   * @return right answers over right answers plus unanswered queries that have one; 0 when both
   *     are 0
   */
  public double rorRecall() {
    int missed = expected - answeredExpected;
    return right + missed == 0 ? 0 : (double) right / (right + missed);
  }

  /**
   * Returns F1 as ROR's {@code calculate_f_score} counts it.
   *
   * @return the harmonic mean of precision and {@link #rorRecall()}
   */
  public double rorF1() {
    return harmonic(precision(), rorRecall());
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

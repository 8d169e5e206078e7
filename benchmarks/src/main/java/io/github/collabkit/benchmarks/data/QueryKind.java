package io.github.collabkit.benchmarks.data;

import io.github.collabkit.model.Landscape;
import java.util.function.BiFunction;

/** The kinds of free text a resolver is asked to resolve, as a benchmark {@code @Param}. */
public enum QueryKind {
  /** Names as written, in another case or without diacritics. */
  CLEAN(Queries::clean),
  /** Affiliation strings: the name among department, street, postcode, city and country. */
  NOISY(Queries::noisy),
  /** Names with one or two typing errors. */
  TYPO(Queries::typos),
  /** Names and affiliations of organizations the landscape does not have. */
  NO_MATCH(Queries::noMatch);

  private final BiFunction<Landscape, Integer, QuerySet> factory;

  QueryKind(BiFunction<Landscape, Integer, QuerySet> factory) {
    this.factory = factory;
  }

  /**
   * Prepares queries of this kind.
   *
   * @param landscape the landscape they are about
   * @param size a power of two
   * @return the queries with their expected answers
   */
  public QuerySet queries(Landscape landscape, int size) {
    return factory.apply(landscape, size);
  }
}

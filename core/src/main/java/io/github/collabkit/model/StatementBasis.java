package io.github.collabkit.model;

/**
 * How the dataset knows a statement: stated by a source, inferred by the dataset's editors, taken from a registry, or a rule of the dataset's own.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code} for JSON,
 * Dutch and English labels and a definition; see {@link Vocabulary}.
 */
public enum StatementBasis implements Vocabulary {
  /** A source states it in so many words. Code {@code stated}. */
  STATED("stated", "Stated", "Vermeld", "A source states it in so many words."),

  /** The editors concluded it from what a source states; the source does not say it. Code {@code inferred}. */
  INFERRED("inferred", "Inferred", "Afgeleid", "The editors concluded it from what a source states; the source does not say it."),

  /** Taken from a registry record, such as a ROR record. Code {@code registry}. */
  REGISTRY("registry", "From a registry", "Uit een register", "Taken from a registry record, such as a ROR record."),

  /** A rule or definition of the dataset its editors chose, not a fact about the world. Code {@code editorial}. */
  EDITORIAL("editorial", "Editorial rule", "Redactionele regel", "A rule or definition of the dataset its editors chose, not a fact about the world.");

  private final Term term;

  StatementBasis(String code, String labelEn, String labelNl, String definition) {
    this.term = new Term(code, labelEn, labelNl, definition);
  }

  @Override
  public Term term() {
    return term;
  }

  /**
   * Returns the constant with a code.
   *
   * @param code the code as it appears in JSON
   * @return the constant
   * @throws UnknownCodeException when no constant has that code
   */
  public static StatementBasis fromCode(String code) {
    return Vocabulary.fromCode(StatementBasis.class, code);
  }
}

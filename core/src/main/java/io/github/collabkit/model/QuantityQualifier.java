package io.github.collabkit.model;

/**
 * How a stated figure relates to the true value.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code} for JSON,
 * Dutch and English labels and a definition; see {@link Vocabulary}.
 */
public enum QuantityQualifier implements Vocabulary {
  /** The value is exact. Code {@code exact}. */
  EXACT("exact", "Exactly", "Precies", "The value is exact."),

  /** The value is approximate. Code {@code about}. */
  ABOUT("about", "About", "Ongeveer", "The value is approximate."),

  /** The true value exceeds the stated one. Code {@code more-than}. */
  MORE_THAN("more-than", "More than", "Meer dan", "The true value exceeds the stated one."),

  /** The true value is the stated one or more. Code {@code at-least}. */
  AT_LEAST("at-least", "At least", "Ten minste", "The true value is the stated one or more."),

  /** The true value is below the stated one. Code {@code less-than}. */
  LESS_THAN("less-than", "Less than", "Minder dan", "The true value is below the stated one."),

  /** The true value is the stated one or less. Code {@code at-most}. */
  AT_MOST("at-most", "At most", "Hoogstens", "The true value is the stated one or less.");

  private final Term term;

  QuantityQualifier(String code, String labelEn, String labelNl, String definition) {
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
  public static QuantityQualifier fromCode(String code) {
    return Vocabulary.fromCode(QuantityQualifier.class, code);
  }
}

package io.github.collabkit.model;

/**
 * Whether an organization belongs to the public or the private sector.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code} for JSON,
 * Dutch and English labels and a definition; see {@link Vocabulary}.
 */
public enum Sector implements Vocabulary {
  /** Public bodies and publicly funded institutions such as umc's and universities. Code {@code public}. */
  PUBLIC("public", "Public", "Publiek", "Public bodies and publicly funded institutions such as umc's and universities."),

  /** Private organizations without a profit motive, such as most Dutch care organizations. Code {@code private-non-profit}. */
  PRIVATE_NON_PROFIT("private-non-profit", "Private non-profit", "Privaat zonder winstoogmerk", "Private organizations without a profit motive, such as most Dutch care organizations."),

  /** Commercial companies. Code {@code private-for-profit}. */
  PRIVATE_FOR_PROFIT("private-for-profit", "Private for-profit", "Privaat met winstoogmerk", "Commercial companies.");

  private final Term term;

  Sector(String code, String labelEn, String labelNl, String definition) {
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
  public static Sector fromCode(String code) {
    return Vocabulary.fromCode(Sector.class, code);
  }
}

package io.github.collabkit.model;

/**
 * How a date given at month or year precision relates to the actual moment.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code} for JSON,
 * Dutch and English labels and a definition; see {@link Vocabulary}.
 */
public enum DateQualifier implements Vocabulary {
  /** Early in the given month or year. Code {@code early}. */
  EARLY("early", "Early in", "Begin", "Early in the given month or year."),

  /** Around the middle of the given month or year. Code {@code mid}. */
  MID("mid", "Mid", "Midden", "Around the middle of the given month or year."),

  /** Late in the given month or year. Code {@code late}. */
  LATE("late", "Late in", "Eind", "Late in the given month or year."),

  /** Shortly before a named moment, such as Christmas. Code {@code before}. */
  BEFORE("before", "Shortly before", "Vlak voor", "Shortly before a named moment, such as Christmas."),

  /** Approximately at the given date. Code {@code about}. */
  ABOUT("about", "About", "Omstreeks", "Approximately at the given date.");

  private final Term term;

  DateQualifier(String code, String labelEn, String labelNl, String definition) {
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
  public static DateQualifier fromCode(String code) {
    return Vocabulary.fromCode(DateQualifier.class, code);
  }
}

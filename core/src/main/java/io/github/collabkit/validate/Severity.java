package io.github.collabkit.validate;

import io.github.collabkit.model.Term;
import io.github.collabkit.model.Vocabulary;

/**
 * How serious a {@link Violation} is.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code}, Dutch and English
 * labels and a definition; see {@link Vocabulary}.
 */
public enum Severity implements Vocabulary {
  /** The data is wrong: a reference that resolves to nothing, a duplicate key. Code {@code error}. */
  ERROR("error", "Error", "Fout", "The data is wrong and must be corrected."),

  /** The data is doubtful or incomplete. Code {@code warning}. */
  WARNING("warning", "Warning", "Waarschuwing", "The data is doubtful or incomplete and should be checked.");

  private final Term term;

  Severity(String code, String labelEn, String labelNl, String definition) {
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
   * @throws io.github.collabkit.model.UnknownCodeException when no constant has that code
   */
  public static Severity fromCode(String code) {
    return Vocabulary.fromCode(Severity.class, code);
  }
}

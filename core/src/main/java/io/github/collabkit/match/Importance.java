package io.github.collabkit.match;

import io.github.collabkit.model.Term;
import io.github.collabkit.model.Vocabulary;

/**
 * Whether a criterion of a {@link ResearchNeed} must hold or only adds to the score.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code}, Dutch and
 * English labels (the word a {@link MatchReason} ends with) and a definition; see {@link Vocabulary}.
 */
public enum Importance implements Vocabulary {
  /** A must-have: an infrastructure that fails it is not offered. Code {@code required}. */
  REQUIRED("required", "required", "vereist", "A must-have: an infrastructure that fails it is not offered."),
  /** A nice-to-have: each one met adds to the score and gives a reason. Code {@code preferred}. */
  PREFERRED("preferred", "preferred", "gewenst", "A nice-to-have: each one met adds to the score and gives a reason.");

  private final Term term;

  Importance(String code, String labelEn, String labelNl, String definition) {
    this.term = new Term(code, labelEn, labelNl, definition);
  }

  @Override
  public Term term() {
    return term;
  }

  /**
   * Returns the constant with a code.
   *
   * @param code the code, such as {@code required}
   * @return the constant
   * @throws io.github.collabkit.model.UnknownCodeException when no constant has that code
   */
  public static Importance fromCode(String code) {
    return Vocabulary.fromCode(Importance.class, code);
  }
}

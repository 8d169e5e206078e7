package io.github.collabkit.model;

/**
 * How far an ambition has come: only envisaged, under consideration, intended, being worked on, or reached.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code} for JSON,
 * Dutch and English labels and a definition; see {@link Vocabulary}.
 */
public enum AmbitionStatus implements Vocabulary {
  /** Named as a future ambition, with no decision to pursue it. Code {@code envisaged}. */
  ENVISAGED("envisaged", "Envisaged", "Toekomstig", "Named as a future ambition, with no decision to pursue it."),

  /** The parties are thinking about it. Code {@code under-consideration}. */
  UNDER_CONSIDERATION("under-consideration", "Under consideration", "Wordt overwogen", "The parties are thinking about it."),

  /** The parties have decided to pursue it. Code {@code intended}. */
  INTENDED("intended", "Intended", "Voorgenomen", "The parties have decided to pursue it."),

  /** It is being developed or set up. Code {@code in-progress}. */
  IN_PROGRESS("in-progress", "In progress", "In uitvoering", "It is being developed or set up."),

  /** It has been reached. Code {@code achieved}. */
  ACHIEVED("achieved", "Achieved", "Bereikt", "It has been reached.");

  private final Term term;

  AmbitionStatus(String code, String labelEn, String labelNl, String definition) {
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
  public static AmbitionStatus fromCode(String code) {
    return Vocabulary.fromCode(AmbitionStatus.class, code);
  }
}

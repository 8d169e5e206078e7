package io.github.collabkit.model;

/**
 * Where an infrastructure stands in its life.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code} for JSON,
 * Dutch and English labels and a definition; see {@link Vocabulary}.
 */
public enum InfrastructureStatus implements Vocabulary {
  /** Intended or announced, not yet being built. Code {@code planned}. */
  PLANNED("planned", "Planned", "Gepland", "Intended or announced, not yet being built."),

  /** Being set up or built. Code {@code in-development}. */
  IN_DEVELOPMENT("in-development", "In development", "In ontwikkeling", "Being set up or built."),

  /** In use. Code {@code operational}. */
  OPERATIONAL("operational", "Operational", "Operationeel", "In use."),

  /** No longer in use. Code {@code ended}. */
  ENDED("ended", "Ended", "Beëindigd", "No longer in use.");

  private final Term term;

  InfrastructureStatus(String code, String labelEn, String labelNl, String definition) {
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
  public static InfrastructureStatus fromCode(String code) {
    return Vocabulary.fromCode(InfrastructureStatus.class, code);
  }
}

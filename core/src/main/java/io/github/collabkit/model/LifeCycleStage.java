package io.github.collabkit.model;

/**
 * How far a capability or infrastructure has come in its life, in the stages of the EOSC resource profile's life-cycle status.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code} for JSON,
 * Dutch and English labels and a definition; see {@link Vocabulary}.
 */
public enum LifeCycleStage implements Vocabulary {
  /** An idea that is being worked out. Code {@code concept}. */
  CONCEPT("concept", "Concept", "Concept", "An idea that is being worked out."),

  /** Being designed. Code {@code design}. */
  DESIGN("design", "Design", "Ontwerp", "Being designed."),

  /** Designed and planned, not yet built. Code {@code planned}. */
  PLANNED("planned", "Planned", "Gepland", "Designed and planned, not yet built."),

  /** A first version, tried by a few users. Code {@code alpha}. */
  ALPHA("alpha", "Alpha", "Alfa", "A first version, tried by a few users."),

  /** Open to a wider group of users for trial. Code {@code beta}. */
  BETA("beta", "Beta", "Bèta", "Open to a wider group of users for trial."),

  /** In regular use. Code {@code production}. */
  PRODUCTION("production", "Production", "Productie", "In regular use."),

  /** Being phased out or retired. Code {@code retirement}. */
  RETIREMENT("retirement", "Retirement", "Uitfasering", "Being phased out or retired.");

  private final Term term;

  LifeCycleStage(String code, String labelEn, String labelNl, String definition) {
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
  public static LifeCycleStage fromCode(String code) {
    return Vocabulary.fromCode(LifeCycleStage.class, code);
  }
}

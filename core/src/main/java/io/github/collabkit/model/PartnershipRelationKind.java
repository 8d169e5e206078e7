package io.github.collabkit.model;

/**
 * How a partnership relates to an earlier one.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code} for JSON,
 * Dutch and English labels and a definition; see {@link Vocabulary}.
 */
public enum PartnershipRelationKind implements Vocabulary {
  /** Carries on the earlier partnership. Code {@code continues}. */
  CONTINUES("continues", "Continues", "Zet voort", "Carries on the earlier partnership."),

  /** Widens the earlier partnership with new topics or parties. Code {@code extends}. */
  EXTENDS("extends", "Extends", "Breidt uit", "Widens the earlier partnership with new topics or parties."),

  /** Deepens an existing collaboration of the same parties. Code {@code intensifies}. */
  INTENSIFIES("intensifies", "Intensifies", "Intensiveert", "Deepens an existing collaboration of the same parties."),

  /** Is otherwise related, such as being signed on the same occasion. Code {@code related}. */
  RELATED("related", "Related", "Verwant", "Is otherwise related, such as being signed on the same occasion.");

  private final Term term;

  PartnershipRelationKind(String code, String labelEn, String labelNl, String definition) {
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
  public static PartnershipRelationKind fromCode(String code) {
    return Vocabulary.fromCode(PartnershipRelationKind.class, code);
  }
}

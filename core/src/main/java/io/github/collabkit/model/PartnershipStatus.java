package io.github.collabkit.model;

/**
 * Where a partnership stands in its life.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code} for JSON,
 * Dutch and English labels and a definition; see {@link Vocabulary}.
 */
public enum PartnershipStatus implements Vocabulary {
  /** Announced or planned, not yet signed or set up. Code {@code intended}. */
  INTENDED("intended", "Intended", "Voorgenomen", "Announced or planned, not yet signed or set up."),

  /** Signed by the parties. Code {@code signed}. */
  SIGNED("signed", "Signed", "Ondertekend", "Signed by the parties."),

  /** In effect and being carried out. Code {@code active}. */
  ACTIVE("active", "Active", "Actief", "In effect and being carried out."),

  /** No longer in effect. Code {@code ended}. */
  ENDED("ended", "Ended", "Beëindigd", "No longer in effect.");

  private final Term term;

  PartnershipStatus(String code, String labelEn, String labelNl, String definition) {
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
  public static PartnershipStatus fromCode(String code) {
    return Vocabulary.fromCode(PartnershipStatus.class, code);
  }
}

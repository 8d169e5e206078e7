package io.github.collabkit.model;

/**
 * The role an organization plays in a partnership.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code} for JSON,
 * Dutch and English labels and a definition; see {@link Vocabulary}.
 */
public enum PartyRole implements Vocabulary {
  /** Took the initiative for the partnership. Code {@code initiator}. */
  INITIATOR("initiator", "Initiator", "Initiatiefnemer", "Took the initiative for the partnership."),

  /** Leads or coordinates the partnership. Code {@code lead}. */
  LEAD("lead", "Lead", "Penvoerder", "Leads or coordinates the partnership."),

  /** A full party to the partnership. Code {@code partner}. */
  PARTNER("partner", "Partner", "Partner", "A full party to the partnership."),

  /** Contributes knowledge or means without being a full party. Code {@code contributor}. */
  CONTRIBUTOR("contributor", "Contributor", "Bijdrager", "Contributes knowledge or means without being a full party."),

  /** Funds the partnership. Code {@code funder}. */
  FUNDER("funder", "Funder", "Financier", "Funds the partnership."),

  /** A member of a consortium or network. Code {@code member}. */
  MEMBER("member", "Member", "Lid", "A member of a consortium or network.");

  private final Term term;

  PartyRole(String code, String labelEn, String labelNl, String definition) {
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
  public static PartyRole fromCode(String code) {
    return Vocabulary.fromCode(PartyRole.class, code);
  }
}

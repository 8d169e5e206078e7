package io.github.collabkit.model;

/**
 * On what terms users get access, after the EOSC resource profile's access modes.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code} for JSON,
 * Dutch and English labels and a definition; see {@link Vocabulary}.
 */
public enum AccessMode implements Vocabulary {
  /** Open to the audience without application or fee. Code {@code free}. */
  FREE("free", "Free", "Vrij", "Open to the audience without application or fee."),

  /** Granted after a request is approved, such as a data access request. Code {@code on-approval}. */
  ON_APPROVAL("on-approval", "On approval", "Na goedkeuring", "Granted after a request is approved, such as a data access request."),

  /** Granted for a fee. Code {@code paid}. */
  PAID("paid", "Paid", "Betaald", "Granted for a fee."),

  /** Granted to proposals selected by peer review of their merit. Code {@code peer-reviewed}. */
  PEER_REVIEWED("peer-reviewed", "Peer-reviewed", "Na peer review", "Granted to proposals selected by peer review of their merit.");

  private final Term term;

  AccessMode(String code, String labelEn, String labelNl, String definition) {
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
  public static AccessMode fromCode(String code) {
    return Vocabulary.fromCode(AccessMode.class, code);
  }
}

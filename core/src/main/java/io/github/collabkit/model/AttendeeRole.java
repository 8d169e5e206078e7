package io.github.collabkit.model;

/**
 * The part a person plays at an {@link Event}, such as signing or witnessing the agreements.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code} for JSON,
 * Dutch and English labels and a definition; see {@link Vocabulary}.
 */
public enum AttendeeRole implements Vocabulary {
  /** Signed one or more of the agreements signed at the event. Code {@code signatory}. */
  SIGNATORY("signatory", "Signatory", "Ondertekenaar", "Signed one or more of the agreements signed at the event."),

  /** Witnessed a signing without signing. Code {@code witness}. */
  WITNESS("witness", "Witness", "Getuige", "Witnessed a signing without signing."),

  /** Received the guests on behalf of the host. Code {@code host}. */
  HOST("host", "Host", "Gastheer of gastvrouw", "Received the guests on behalf of the host."),

  /** Spoke at the event. Code {@code speaker}. */
  SPEAKER("speaker", "Speaker", "Spreker", "Spoke at the event."),

  /** Attended without one of the other roles. Code {@code guest}. */
  GUEST("guest", "Guest", "Gast", "Attended without one of the other roles.");

  private final Term term;

  AttendeeRole(String code, String labelEn, String labelNl, String definition) {
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
  public static AttendeeRole fromCode(String code) {
    return Vocabulary.fromCode(AttendeeRole.class, code);
  }
}

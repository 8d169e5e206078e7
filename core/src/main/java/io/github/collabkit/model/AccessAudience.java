package io.github.collabkit.model;

/**
 * Who may use an infrastructure.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code} for JSON,
 * Dutch and English labels and a definition; see {@link Vocabulary}.
 */
public enum AccessAudience implements Vocabulary {
  /** Only the staff of the organizations that run it. Code {@code internal}. */
  INTERNAL("internal", "Internal", "Intern", "Only the staff of the organizations that run it."),

  /** Members of the consortium or network behind it. Code {@code members}. */
  MEMBERS("members", "Members", "Leden", "Members of the consortium or network behind it."),

  /** Researchers of universities, umc's and research institutes. Code {@code academic-partners}. */
  ACADEMIC_PARTNERS("academic-partners", "Academic partners", "Academische partners", "Researchers of universities, umc's and research institutes."),

  /** Public and non-profit organizations in care, education and government. Code {@code public-partners}. */
  PUBLIC_PARTNERS("public-partners", "Public partners", "Publieke partners", "Public and non-profit organizations in care, education and government."),

  /** Companies. Code {@code commercial-partners}. */
  COMMERCIAL_PARTNERS("commercial-partners", "Commercial partners", "Commerciële partners", "Companies."),

  /** Anyone. Code {@code open}. */
  OPEN("open", "Open", "Open", "Anyone.");

  private final Term term;

  AccessAudience(String code, String labelEn, String labelNl, String definition) {
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
  public static AccessAudience fromCode(String code) {
    return Vocabulary.fromCode(AccessAudience.class, code);
  }
}

package io.github.collabkit.model;

/**
 * What kind of document a source is.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code} for JSON,
 * Dutch and English labels and a definition; see {@link Vocabulary}.
 */
public enum SourceType implements Vocabulary {
  /** A news item or press release. Code {@code news-article}. */
  NEWS_ARTICLE("news-article", "News article", "Nieuwsbericht", "A news item or press release."),

  /** A report, brochure or strategy document. Code {@code report}. */
  REPORT("report", "Report", "Rapport", "A report, brochure or strategy document."),

  /** A registry record, such as a ROR record. Code {@code registry}. */
  REGISTRY("registry", "Registry", "Register", "A registry record, such as a ROR record."),

  /** A web page. Code {@code website}. */
  WEBSITE("website", "Website", "Website", "A web page."),

  /** Another kind of document. Code {@code other}. */
  OTHER("other", "Other", "Overig", "Another kind of document.");

  private final Term term;

  SourceType(String code, String labelEn, String labelNl, String definition) {
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
  public static SourceType fromCode(String code) {
    return Vocabulary.fromCode(SourceType.class, code);
  }
}

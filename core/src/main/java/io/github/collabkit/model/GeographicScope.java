package io.github.collabkit.model;

/**
 * The geographic reach of a partnership or infrastructure.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code} for JSON,
 * Dutch and English labels and a definition; see {@link Vocabulary}.
 */
public enum GeographicScope implements Vocabulary {
  /** Within one region of a country. Code {@code regional}. */
  REGIONAL("regional", "Regional", "Regionaal", "Within one region of a country."),

  /** Across one country. Code {@code national}. */
  NATIONAL("national", "National", "Nationaal", "Across one country."),

  /** Across borders. Code {@code international}. */
  INTERNATIONAL("international", "International", "Internationaal", "Across borders.");

  private final Term term;

  GeographicScope(String code, String labelEn, String labelNl, String definition) {
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
  public static GeographicScope fromCode(String code) {
    return Vocabulary.fromCode(GeographicScope.class, code);
  }
}

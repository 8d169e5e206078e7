package io.github.collabkit.model;

/**
 * How users reach an infrastructure, after the EOSC resource profile's access types.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code} for JSON,
 * Dutch and English labels and a definition; see {@link Vocabulary}.
 */
public enum AccessType implements Vocabulary {
  /** Users come to the facility or handle its equipment or material in person. Code {@code physical}. */
  PHYSICAL("physical", "Physical", "Fysiek", "Users come to the facility or handle its equipment or material in person."),

  /** Users send samples or requests and the facility does the work for them. Code {@code remote}. */
  REMOTE("remote", "Remote", "Op afstand", "Users send samples or requests and the facility does the work for them."),

  /** Users reach data, computing or services over a network. Code {@code virtual}. */
  VIRTUAL("virtual", "Virtual", "Virtueel", "Users reach data, computing or services over a network.");

  private final Term term;

  AccessType(String code, String labelEn, String labelNl, String definition) {
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
  public static AccessType fromCode(String code) {
    return Vocabulary.fromCode(AccessType.class, code);
  }
}

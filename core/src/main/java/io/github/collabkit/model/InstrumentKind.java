package io.github.collabkit.model;

/**
 * A means a partnership sets up to reach its goals.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code} for JSON,
 * Dutch and English labels and a definition; see {@link Vocabulary}.
 */
public enum InstrumentKind implements Vocabulary {
  /** A fund that finances joint activities of the partners. Code {@code stimulation-fund}. */
  STIMULATION_FUND("stimulation-fund", "Stimulation fund", "Stimuleringsfonds", "A fund that finances joint activities of the partners."),

  /** Exchange of researchers, teachers or experts between the partners. Code {@code staff-exchange}. */
  STAFF_EXCHANGE("staff-exchange", "Staff exchange", "Uitwisseling van personeel", "Exchange of researchers, teachers or experts between the partners."),

  /** The partners may use each other's facilities. Code {@code shared-facilities}. */
  SHARED_FACILITIES("shared-facilities", "Shared facilities", "Gedeelde faciliteiten", "The partners may use each other's facilities."),

  /** A joint study or training programme. Code {@code education-program}. */
  EDUCATION_PROGRAM("education-program", "Education program", "Onderwijsprogramma", "A joint study or training programme."),

  /** Another instrument, described in words. Code {@code other}. */
  OTHER("other", "Other", "Overig", "Another instrument, described in words.");

  private final Term term;

  InstrumentKind(String code, String labelEn, String labelNl, String definition) {
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
  public static InstrumentKind fromCode(String code) {
    return Vocabulary.fromCode(InstrumentKind.class, code);
  }
}

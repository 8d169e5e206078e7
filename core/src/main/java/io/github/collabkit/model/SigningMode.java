package io.github.collabkit.model;

/**
 * How the signatories met when a partnership was signed.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code} for JSON,
 * Dutch and English labels and a definition; see {@link Vocabulary}.
 */
public enum SigningMode implements Vocabulary {
  /** The signatories met in person. Code {@code in-person}. */
  IN_PERSON("in-person", "In person", "Fysiek", "The signatories met in person."),

  /** The signatories met through a video call. Code {@code video-call}. */
  VIDEO_CALL("video-call", "Video call", "Videoverbinding", "The signatories met through a video call."),

  /** Some signatories met in person, others remotely. Code {@code hybrid}. */
  HYBRID("hybrid", "Hybrid", "Hybride", "Some signatories met in person, others remotely.");

  private final Term term;

  SigningMode(String code, String labelEn, String labelNl, String definition) {
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
  public static SigningMode fromCode(String code) {
    return Vocabulary.fromCode(SigningMode.class, code);
  }
}

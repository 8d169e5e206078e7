package io.github.collabkit.model;

/**
 * Whether an organization still exists, following ROR's record status.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code} for JSON,
 * Dutch and English labels and a definition; see {@link Vocabulary}.
 */
public enum OrganizationStatus implements Vocabulary {
  /** The organization exists and operates. Code {@code active}. */
  ACTIVE("active", "Active", "Actief", "The organization exists and operates."),

  /** The organization no longer operates, for example after a merger. Code {@code inactive}. */
  INACTIVE("inactive", "Inactive", "Inactief", "The organization no longer operates, for example after a merger."),

  /** The record was withdrawn from its registry. Code {@code withdrawn}. */
  WITHDRAWN("withdrawn", "Withdrawn", "Ingetrokken", "The record was withdrawn from its registry.");

  private final Term term;

  OrganizationStatus(String code, String labelEn, String labelNl, String definition) {
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
  public static OrganizationStatus fromCode(String code) {
    return Vocabulary.fromCode(OrganizationStatus.class, code);
  }
}

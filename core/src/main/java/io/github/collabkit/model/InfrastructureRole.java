package io.github.collabkit.model;

/**
 * The role an organization plays for an infrastructure.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code} for JSON,
 * Dutch and English labels and a definition; see {@link Vocabulary}.
 */
public enum InfrastructureRole implements Vocabulary {
  /** Owns the infrastructure. Code {@code owner}. */
  OWNER("owner", "Owner", "Eigenaar", "Owns the infrastructure."),

  /** Houses the infrastructure. Code {@code host}. */
  HOST("host", "Host", "Gastheer", "Houses the infrastructure."),

  /** Runs the infrastructure day to day. Code {@code operator}. */
  OPERATOR("operator", "Operator", "Beheerder", "Runs the infrastructure day to day."),

  /** Took the initiative to set it up. Code {@code initiator}. */
  INITIATOR("initiator", "Initiator", "Initiatiefnemer", "Took the initiative to set it up."),

  /** Takes part, for example with a cohort or data. Code {@code participant}. */
  PARTICIPANT("participant", "Participant", "Deelnemer", "Takes part, for example with a cohort or data."),

  /** Contributes knowledge or means. Code {@code contributor}. */
  CONTRIBUTOR("contributor", "Contributor", "Bijdrager", "Contributes knowledge or means.");

  private final Term term;

  InfrastructureRole(String code, String labelEn, String labelNl, String definition) {
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
  public static InfrastructureRole fromCode(String code) {
    return Vocabulary.fromCode(InfrastructureRole.class, code);
  }
}

package io.github.collabkit.model;

/**
 * Where an organization's link to a partnership, an infrastructure or another organization
 * stands: it holds now, it held once, or it is only foreseen, such as the German universities
 * that may join the north-eastern technology and health partnership in time.
 *
 * <p>The status of a {@link Participation}, an {@link InfrastructureParticipation} and an
 * {@link OrganizationRelation}; together with their period it makes them time-bounded links, as
 * CERIF's link entities are. A prospective link is not yet a link: the collaboration network
 * leaves it out.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code} for JSON,
 * Dutch and English labels and a definition; see {@link Vocabulary}.
 */
public enum ParticipationStatus implements Vocabulary {
  /** The organization takes part or is related now, the meaning of every format 1.0 document. Code {@code current}. */
  CURRENT("current", "Current", "Huidig", "The organization takes part or is related now."),

  /** The organization took part or was related, and no longer is. Code {@code former}. */
  FORMER("former", "Former", "Voormalig", "The organization took part or was related, and no longer is."),

  /** The organization is foreseen or may join, but has not joined. Code {@code prospective}. */
  PROSPECTIVE("prospective", "Prospective", "Beoogd", "The organization is foreseen or may join, but has not joined.");

  private final Term term;

  ParticipationStatus(String code, String labelEn, String labelNl, String definition) {
    this.term = new Term(code, labelEn, labelNl, definition);
  }

  @Override
  public Term term() {
    return term;
  }

  /**
   * Tells whether a link with this status has been made: it holds or held.
   *
   * @return {@code true} unless {@link #PROSPECTIVE}
   */
  public boolean isJoined() {
    return this != PROSPECTIVE;
  }

  /**
   * Returns the constant with a code.
   *
   * @param code the code as it appears in JSON
   * @return the constant
   * @throws UnknownCodeException when no constant has that code
   */
  public static ParticipationStatus fromCode(String code) {
    return Vocabulary.fromCode(ParticipationStatus.class, code);
  }
}

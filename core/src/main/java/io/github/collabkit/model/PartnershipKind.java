package io.github.collabkit.model;

/**
 * The form a partnership takes.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code} for JSON,
 * Dutch and English labels and a definition; see {@link Vocabulary}.
 */
public enum PartnershipKind implements Vocabulary {
  /** A signed agreement to work together on stated topics. Code {@code collaboration-agreement}. */
  COLLABORATION_AGREEMENT("collaboration-agreement", "Collaboration agreement", "Samenwerkingsovereenkomst", "A signed agreement to work together on stated topics."),

  /** A statement of intent to collaborate, without binding obligations. Code {@code memorandum-of-understanding}. */
  MEMORANDUM_OF_UNDERSTANDING("memorandum-of-understanding", "Memorandum of understanding", "Intentieverklaring (MoU)", "A statement of intent to collaborate, without binding obligations."),

  /** A broad, long-term alliance on a shared theme. Code {@code strategic-partnership}. */
  STRATEGIC_PARTNERSHIP("strategic-partnership", "Strategic partnership", "Strategisch partnerschap", "A broad, long-term alliance on a shared theme."),

  /** A laboratory run jointly by departments of the partners. Code {@code joint-lab}. */
  JOINT_LAB("joint-lab", "Joint lab", "Gezamenlijk lab", "A laboratory run jointly by departments of the partners."),

  /** Several organizations pooling resources for a shared goal. Code {@code consortium}. */
  CONSORTIUM("consortium", "Consortium", "Consortium", "Several organizations pooling resources for a shared goal."),

  /** A lasting collaboration of a umc with care practice on research, care and education. Code {@code academic-workplace}. */
  ACADEMIC_WORKPLACE("academic-workplace", "Academic workplace", "Academische werkplaats", "A lasting collaboration of a umc with care practice on research, care and education."),

  /** Providers organizing patient care together in a shared region. Code {@code care-collaboration}. */
  CARE_COLLABORATION("care-collaboration", "Care collaboration", "Zorgsamenwerking", "Providers organizing patient care together in a shared region."),

  /** A joint research programme or project. Code {@code research-program}. */
  RESEARCH_PROGRAM("research-program", "Research program", "Onderzoeksprogramma", "A joint research programme or project."),

  /** An agreement that sets the frame for further collaboration agreements. Code {@code framework-agreement}. */
  FRAMEWORK_AGREEMENT("framework-agreement", "Framework agreement", "Raamovereenkomst", "An agreement that sets the frame for further collaboration agreements.");

  private final Term term;

  PartnershipKind(String code, String labelEn, String labelNl, String definition) {
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
  public static PartnershipKind fromCode(String code) {
    return Vocabulary.fromCode(PartnershipKind.class, code);
  }
}

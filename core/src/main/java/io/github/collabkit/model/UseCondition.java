package io.github.collabkit.model;

/**
 * A condition on the use of a cohort's or biobank's data and material, after the Data Use Ontology (DUO) that BBMRI-ERIC's directory uses with MIABIS.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code} for JSON,
 * Dutch and English labels and a definition; see {@link Vocabulary}.
 */
public enum UseCondition implements Vocabulary {
  /** No restriction on use (DUO:0000004). Code {@code no-restriction}. */
  NO_RESTRICTION("no-restriction", "No restriction", "Geen beperking", "No restriction on use (DUO:0000004)."),

  /** Use for any research purpose (DUO:0000042). Code {@code general-research-use}. */
  GENERAL_RESEARCH_USE("general-research-use", "General research use", "Algemeen onderzoeksgebruik", "Use for any research purpose (DUO:0000042)."),

  /** Use for health, medical or biomedical research only (DUO:0000006). Code {@code health-medical-biomedical-research}. */
  HEALTH_MEDICAL_BIOMEDICAL_RESEARCH("health-medical-biomedical-research", "Health, medical or biomedical research", "Gezondheids-, medisch of biomedisch onderzoek", "Use for health, medical or biomedical research only (DUO:0000006)."),

  /** Use for research on named diseases only (DUO:0000007). Code {@code disease-specific-research}. */
  DISEASE_SPECIFIC_RESEARCH("disease-specific-research", "Disease-specific research", "Ziektespecifiek onderzoek", "Use for research on named diseases only (DUO:0000007)."),

  /** Use by not-for-profit organizations and for not-for-profit purposes only (DUO:0000018). Code {@code not-for-profit-use-only}. */
  NOT_FOR_PROFIT_USE_ONLY("not-for-profit-use-only", "Not-for-profit use only", "Alleen gebruik zonder winstoogmerk", "Use by not-for-profit organizations and for not-for-profit purposes only (DUO:0000018)."),

  /** Use requires collaboration with the holder (DUO:0000020). Code {@code collaboration-required}. */
  COLLABORATION_REQUIRED("collaboration-required", "Collaboration required", "Samenwerking vereist", "Use requires collaboration with the holder (DUO:0000020)."),

  /** Use requires approval by an ethics committee (DUO:0000021). Code {@code ethics-approval-required}. */
  ETHICS_APPROVAL_REQUIRED("ethics-approval-required", "Ethics approval required", "Ethische goedkeuring vereist", "Use requires approval by an ethics committee (DUO:0000021)."),

  /** Results must be published (DUO:0000019). Code {@code publication-required}. */
  PUBLICATION_REQUIRED("publication-required", "Publication required", "Publicatie vereist", "Results must be published (DUO:0000019).");

  private final Term term;

  UseCondition(String code, String labelEn, String labelNl, String definition) {
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
  public static UseCondition fromCode(String code) {
    return Vocabulary.fromCode(UseCondition.class, code);
  }
}

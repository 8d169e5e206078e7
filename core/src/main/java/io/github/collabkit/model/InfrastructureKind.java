package io.github.collabkit.model;

/**
 * The kind of a research infrastructure; an infrastructure may have several.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code} for JSON,
 * Dutch and English labels and a definition; see {@link Vocabulary}.
 */
public enum InfrastructureKind implements Vocabulary {
  /** A collection of human biological samples with data, kept for research. Code {@code biobank}. */
  BIOBANK("biobank", "Biobank", "Biobank", "A collection of human biological samples with data, kept for research."),

  /** A study that follows a group of people over time. Code {@code cohort}. */
  COHORT("cohort", "Cohort study", "Cohortstudie", "A study that follows a group of people over time."),

  /** A consortium that pools several cohort studies. Code {@code cohort-consortium}. */
  COHORT_CONSORTIUM("cohort-consortium", "Cohort consortium", "Cohortenconsortium", "A consortium that pools several cohort studies."),

  /** Equipment and expertise for medical or biological imaging. Code {@code imaging-facility}. */
  IMAGING_FACILITY("imaging-facility", "Imaging facility", "Beeldvormingsfaciliteit", "Equipment and expertise for medical or biological imaging."),

  /** A platform to store, manage, share or analyse research data. Code {@code data-platform}. */
  DATA_PLATFORM("data-platform", "Data platform", "Dataplatform", "A platform to store, manage, share or analyse research data."),

  /** Instruments for measurement in research. Code {@code measurement-equipment}. */
  MEASUREMENT_EQUIPMENT("measurement-equipment", "Measurement equipment", "Meetapparatuur", "Instruments for measurement in research."),

  /** A library with medical and scientific literature and services. Code {@code medical-library}. */
  MEDICAL_LIBRARY("medical-library", "Medical library", "Medische bibliotheek", "A library with medical and scientific literature and services."),

  /** Compute capacity for data-intensive research, such as an HPC cluster. Code {@code compute}. */
  COMPUTE("compute", "High-performance computing", "Rekenkracht (HPC)", "Compute capacity for data-intensive research, such as an HPC cluster."),

  /** Housing for servers and research equipment. Code {@code data-center}. */
  DATA_CENTER("data-center", "Data center", "Datacenter", "Housing for servers and research equipment."),

  /** A laboratory, such as for cell and stem cell research. Code {@code laboratory}. */
  LABORATORY("laboratory", "Laboratory", "Laboratorium", "A laboratory, such as for cell and stem cell research."),

  /** Facilities to sequence DNA or RNA. Code {@code sequencing-platform}. */
  SEQUENCING_PLATFORM("sequencing-platform", "Sequencing platform", "Sequencingplatform", "Facilities to sequence DNA or RNA."),

  /** Support and facilities for clinical studies. Code {@code clinical-research-facility}. */
  CLINICAL_RESEARCH_FACILITY("clinical-research-facility", "Clinical research facility", "Faciliteit voor klinisch onderzoek", "Support and facilities for clinical studies."),

  /** An organization that runs studies on contract as part of an infrastructure. Code {@code contract-research-organization}. */
  CONTRACT_RESEARCH_ORGANIZATION("contract-research-organization", "Contract research organization", "Contractonderzoeksorganisatie", "An organization that runs studies on contract as part of an infrastructure."),

  /** A centre giving researchers access to advanced equipment and expertise. Code {@code technology-center}. */
  TECHNOLOGY_CENTER("technology-center", "Technology center", "Technologiecentrum", "A centre giving researchers access to advanced equipment and expertise."),

  /** A lab where clinicians and data scientists build AI applications. Code {@code ai-lab}. */
  AI_LAB("ai-lab", "AI lab", "AI-lab", "A lab where clinicians and data scientists build AI applications."),

  /** A national facility bundling compute, secure data processing and AI expertise. Code {@code national-ai-facility}. */
  NATIONAL_AI_FACILITY("national-ai-facility", "National AI facility", "Nationale AI-voorziening", "A national facility bundling compute, secure data processing and AI expertise."),

  /** A lasting research collaboration between a umc and care practice. Code {@code academic-workplace}. */
  ACADEMIC_WORKPLACE("academic-workplace", "Academic workplace", "Academische werkplaats", "A lasting research collaboration between a umc and care practice."),

  /** An infrastructure serving researchers across the country. Code {@code national-research-infrastructure}. */
  NATIONAL_RESEARCH_INFRASTRUCTURE("national-research-infrastructure", "National research infrastructure", "Nationale onderzoeksinfrastructuur", "An infrastructure serving researchers across the country.");

  private final Term term;

  InfrastructureKind(String code, String labelEn, String labelNl, String definition) {
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
  public static InfrastructureKind fromCode(String code) {
    return Vocabulary.fromCode(InfrastructureKind.class, code);
  }
}

package io.github.collabkit.model;

/**
 * A kind of data a cohort or biobank holds, as MIABIS Core lists them.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code} for JSON,
 * Dutch and English labels and a definition; see {@link Vocabulary}.
 */
public enum DataCategory implements Vocabulary {
  /** Samples of human material. Code {@code biological-samples}. */
  BIOLOGICAL_SAMPLES("biological-samples", "Biological samples", "Biologische monsters", "Samples of human material."),

  /** Answers to questionnaires and interviews. Code {@code survey-data}. */
  SURVEY_DATA("survey-data", "Survey data", "Vragenlijstgegevens", "Answers to questionnaires and interviews."),

  /** Medical images such as MRI, CT or ultrasound. Code {@code imaging-data}. */
  IMAGING_DATA("imaging-data", "Imaging data", "Beeldgegevens", "Medical images such as MRI, CT or ultrasound."),

  /** Data from patient records. Code {@code medical-records}. */
  MEDICAL_RECORDS("medical-records", "Medical records", "Medische dossiers", "Data from patient records."),

  /** Data linked from national registries. Code {@code national-registries}. */
  NATIONAL_REGISTRIES("national-registries", "National registries", "Nationale registraties", "Data linked from national registries."),

  /** Family relations and pedigrees. Code {@code genealogical-records}. */
  GENEALOGICAL_RECORDS("genealogical-records", "Genealogical records", "Genealogische gegevens", "Family relations and pedigrees."),

  /** Physiological or biochemical measurements. Code {@code physiological-measurements}. */
  PHYSIOLOGICAL_MEASUREMENTS("physiological-measurements", "Physiological or biochemical measurements", "Fysiologische of biochemische metingen", "Physiological or biochemical measurements."),

  /** Another kind of data. Code {@code other}. */
  OTHER("other", "Other", "Overig", "Another kind of data.");

  private final Term term;

  DataCategory(String code, String labelEn, String labelNl, String definition) {
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
  public static DataCategory fromCode(String code) {
    return Vocabulary.fromCode(DataCategory.class, code);
  }
}

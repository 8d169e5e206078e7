package io.github.collabkit.model;

/**
 * The kind of an organization; an organization may have several.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code} for JSON,
 * Dutch and English labels and a definition; see {@link Vocabulary}.
 */
public enum OrganizationType implements Vocabulary {
  /** A Dutch university medical centre that integrates care, research and education. Code {@code umc}. */
  UMC("umc", "University medical centre", "Universitair medisch centrum", "A Dutch university medical centre that integrates care, research and education."),

  /** A research university. Code {@code university}. */
  UNIVERSITY("university", "University", "Universiteit", "A research university."),

  /** A university of applied sciences (hbo). Code {@code university-of-applied-sciences}. */
  UNIVERSITY_OF_APPLIED_SCIENCES("university-of-applied-sciences", "University of applied sciences", "Hogeschool", "A university of applied sciences (hbo)."),

  /** A school for secondary vocational education (mbo). Code {@code vocational-school}. */
  VOCATIONAL_SCHOOL("vocational-school", "Vocational school", "Mbo-instelling", "A school for secondary vocational education (mbo)."),

  /** A general or specialised hospital that is not a university medical centre. Code {@code hospital}. */
  HOSPITAL("hospital", "Hospital", "Ziekenhuis", "A general or specialised hospital that is not a university medical centre."),

  /** A provider of long-term, disability, elderly or home care. Code {@code care-organization}. */
  CARE_ORGANIZATION("care-organization", "Care organization", "Zorgorganisatie", "A provider of long-term, disability, elderly or home care."),

  /** A general practitioner's practice or cooperative (primary care). Code {@code general-practice}. */
  GENERAL_PRACTICE("general-practice", "General practice", "Huisartsenpraktijk", "A general practitioner's practice or cooperative (primary care)."),

  /** A municipal public health service (GGD). Code {@code public-health-service}. */
  PUBLIC_HEALTH_SERVICE("public-health-service", "Public health service", "GGD", "A municipal public health service (GGD)."),

  /** A commercial enterprise. Code {@code company}. */
  COMPANY("company", "Company", "Bedrijf", "A commercial enterprise."),

  /** An organization whose main task is research. Code {@code research-institute}. */
  RESEARCH_INSTITUTE("research-institute", "Research institute", "Onderzoeksinstituut", "An organization whose main task is research."),

  /** An organization that carries out research, such as clinical trials, on contract. Code {@code contract-research-organization}. */
  CONTRACT_RESEARCH_ORGANIZATION("contract-research-organization", "Contract research organization", "Contractonderzoeksorganisatie", "An organization that carries out research, such as clinical trials, on contract."),

  /** A ministry, agency or other public authority. Code {@code government-body}. */
  GOVERNMENT_BODY("government-body", "Government body", "Overheidsorgaan", "A ministry, agency or other public authority."),

  /** A consortium or network of organizations that acts under its own name. Code {@code consortium}. */
  CONSORTIUM("consortium", "Consortium or network", "Consortium of netwerk", "A consortium or network of organizations that acts under its own name."),

  /** A foundation or association without a profit motive. Code {@code foundation}. */
  FOUNDATION("foundation", "Foundation", "Stichting", "A foundation or association without a profit motive."),

  /** An organization that funds research. Code {@code funder}. */
  FUNDER("funder", "Funder", "Financier", "An organization that funds research."),

  /** A department, division or other unit inside a larger organization. Code {@code department}. */
  DEPARTMENT("department", "Department or unit", "Afdeling of eenheid", "A department, division or other unit inside a larger organization."),

  /** An organization of a kind not listed here. Code {@code other}. */
  OTHER("other", "Other", "Overig", "An organization of a kind not listed here.");

  private final Term term;

  OrganizationType(String code, String labelEn, String labelNl, String definition) {
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
  public static OrganizationType fromCode(String code) {
    return Vocabulary.fromCode(OrganizationType.class, code);
  }
}

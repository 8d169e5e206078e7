package io.github.collabkit.model;

/**
 * A kind of human material a biobank or cohort stores, after the material types of MIABIS Core.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code} for JSON,
 * Dutch and English labels and a definition; see {@link Vocabulary}.
 */
public enum MaterialType implements Vocabulary {
  /** Whole blood. Code {@code whole-blood}. */
  WHOLE_BLOOD("whole-blood", "Whole blood", "Volbloed", "Whole blood."),

  /** Blood plasma. Code {@code plasma}. */
  PLASMA("plasma", "Plasma", "Plasma", "Blood plasma."),

  /** Blood serum. Code {@code serum}. */
  SERUM("serum", "Serum", "Serum", "Blood serum."),

  /** Isolated DNA. Code {@code dna}. */
  DNA("dna", "DNA", "DNA", "Isolated DNA."),

  /** Isolated RNA. Code {@code rna}. */
  RNA("rna", "RNA", "RNA", "Isolated RNA."),

  /** Tissue stored frozen. Code {@code tissue-frozen}. */
  TISSUE_FROZEN("tissue-frozen", "Tissue, frozen", "Weefsel, ingevroren", "Tissue stored frozen."),

  /** Tissue fixed in formalin and embedded in paraffin. Code {@code tissue-ffpe}. */
  TISSUE_FFPE("tissue-ffpe", "Tissue, FFPE", "Weefsel, FFPE", "Tissue fixed in formalin and embedded in paraffin."),

  /** Cultured cell lines. Code {@code cell-lines}. */
  CELL_LINES("cell-lines", "Cell lines", "Cellijnen", "Cultured cell lines."),

  /** Urine. Code {@code urine}. */
  URINE("urine", "Urine", "Urine", "Urine."),

  /** Saliva. Code {@code saliva}. */
  SALIVA("saliva", "Saliva", "Speeksel", "Saliva."),

  /** Faeces. Code {@code faeces}. */
  FAECES("faeces", "Faeces", "Feces", "Faeces."),

  /** Another kind of material. Code {@code other}. */
  OTHER("other", "Other", "Overig", "Another kind of material.");

  private final Term term;

  MaterialType(String code, String labelEn, String labelNl, String definition) {
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
  public static MaterialType fromCode(String code) {
    return Vocabulary.fromCode(MaterialType.class, code);
  }
}

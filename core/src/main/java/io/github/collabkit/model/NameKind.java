package io.github.collabkit.model;

/**
 * How a name of an organization or infrastructure is used.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code} for JSON,
 * Dutch and English labels and a definition; see {@link Vocabulary}.
 */
public enum NameKind implements Vocabulary {
  /** The preferred name to show; at most one per language. Code {@code display}. */
  DISPLAY("display", "Display name", "Weergavenaam", "The preferred name to show; at most one per language."),

  /** An official name in a language other than the display name's. Code {@code label}. */
  LABEL("label", "Label", "Label", "An official name in a language other than the display name's."),

  /** Another name the organization is known by, including earlier or informal names. Code {@code alias}. */
  ALIAS("alias", "Alias", "Alias", "Another name the organization is known by, including earlier or informal names."),

  /** An abbreviation such as LUMC or CHDR. Code {@code acronym}. */
  ACRONYM("acronym", "Acronym", "Acroniem", "An abbreviation such as LUMC or CHDR.");

  private final Term term;

  NameKind(String code, String labelEn, String labelNl, String definition) {
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
  public static NameKind fromCode(String code) {
    return Vocabulary.fromCode(NameKind.class, code);
  }
}

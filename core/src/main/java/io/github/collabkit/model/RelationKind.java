package io.github.collabkit.model;

/**
 * How one organization relates to another, besides being its parent.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code} for JSON,
 * Dutch and English labels and a definition; see {@link Vocabulary}.
 */
public enum RelationKind implements Vocabulary {
  /** A closely related organization, such as a university and its medical centre. Code {@code related}. */
  RELATED("related", "Related", "Verwant", "A closely related organization, such as a university and its medical centre."),

  /** An organization this one continues. Code {@code predecessor}. */
  PREDECESSOR("predecessor", "Predecessor", "Voorganger", "An organization this one continues."),

  /** An organization that continues this one. Code {@code successor}. */
  SUCCESSOR("successor", "Successor", "Opvolger", "An organization that continues this one."),

  /** A subsidiary or sister organization, such as a company's foreign branch. Code {@code affiliate}. */
  AFFILIATE("affiliate", "Affiliate", "Gelieerd", "A subsidiary or sister organization, such as a company's foreign branch."),

  /**
   * A further organization this one is a unit of, beside its {@linkplain Organization#parent()
   * parent}; registries such as ROR give some organizations several parents. Code {@code parent}.
   */
  PARENT("parent", "Parent", "Moederorganisatie", "A further organization this one is a unit of, beside its first parent."),

  /**
   * An organization that is a unit of this one, such as a hospital or institute of a umc; the
   * inverse of a parent. Code {@code child}.
   */
  CHILD("child", "Child", "Onderdeel", "An organization that is a unit of this one, the inverse of a parent."),

  /** A consortium or network this organization is a member of. Code {@code member-of}. */
  MEMBER_OF("member-of", "Member of", "Lid van", "A consortium or network this organization is a member of.");

  private final Term term;

  RelationKind(String code, String labelEn, String labelNl, String definition) {
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
  public static RelationKind fromCode(String code) {
    return Vocabulary.fromCode(RelationKind.class, code);
  }
}

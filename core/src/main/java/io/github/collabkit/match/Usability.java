package io.github.collabkit.match;

import io.github.collabkit.model.Term;
import io.github.collabkit.model.Vocabulary;

/**
 * Whether a requester may use an infrastructure, judged from its access terms.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code} (what
 * {@code collabkit match --format json} prints), Dutch and English labels for listings and a
 * definition; see {@link Vocabulary}.
 */
public enum Usability implements Vocabulary {
  /**
   * An access term applies to the requester (its audience, open access, or it runs or is a member of
   * it), or the infrastructure states no terms and the requester's own organization owns, hosts,
   * operates or initiated it (internal use). Code {@code usable}.
   */
  USABLE("usable", "usable", "bruikbaar",
      "An access term applies to the requester, or the requester's own organization runs the infrastructure."),
  /** The infrastructure states no access terms and the requester does not run it, so nobody can tell. Code {@code unknown}. */
  UNKNOWN("unknown", "access unknown", "toegang onbekend",
      "The infrastructure states no access terms, so nobody can tell."),

  /**
   * Access terms are stated as examples ({@link io.github.collabkit.model.Infrastructure#accessExhaustive()}
   * is false) and none names the requester, so its access is not stated: not excluded. Code {@code not-stated}.
   */
  NOT_STATED("not-stated", "access not stated", "toegang niet vermeld",
      "The source names users as examples; whoever it does not name is not excluded."),
  /** Access terms are stated and none applies to the requester. Code {@code not-usable}. */
  NOT_USABLE("not-usable", "not usable", "niet bruikbaar", "Access terms are stated and none applies to the requester.");

  private final Term term;

  Usability(String code, String labelEn, String labelNl, String definition) {
    this.term = new Term(code, labelEn, labelNl, definition);
  }

  @Override
  public Term term() {
    return term;
  }

  /**
   * Returns the constant with a code.
   *
   * @param code the code, such as {@code not-stated}
   * @return the constant
   * @throws io.github.collabkit.model.UnknownCodeException when no constant has that code
   */
  public static Usability fromCode(String code) {
    return Vocabulary.fromCode(Usability.class, code);
  }
}

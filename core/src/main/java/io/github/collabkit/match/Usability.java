package io.github.collabkit.match;

/** Whether a requester may use an infrastructure, judged from its access terms. */
public enum Usability {
  /**
   * An access term applies to the requester (its audience, open access, or it runs or is a member of
   * it), or the infrastructure states no terms and the requester's own organization owns, hosts,
   * operates or initiated it (internal use).
   */
  USABLE,
  /** The infrastructure states no access terms and the requester does not run it, so nobody can tell. */
  UNKNOWN,

  /**
   * Access terms are stated as examples ({@link io.github.collabkit.model.Infrastructure#accessExhaustive()}
   * is false) and none names the requester, so its access is not stated: not excluded.
   */
  NOT_STATED,
  /** Access terms are stated and none applies to the requester. */
  NOT_USABLE;

  /**
   * Returns the label for listings: {@code usable}, {@code access not stated}, {@code not usable} or
   * {@code access unknown}, or in Dutch {@code bruikbaar}, {@code toegang niet vermeld}, {@code niet
   * bruikbaar} or {@code toegang onbekend}.
   *
   * @param language a BCP 47 tag; {@code nl} gives Dutch, anything else English
   * @return the label
   */
  public String label(String language) {
    boolean nl = language != null && language.startsWith("nl");
    switch (this) {
      case USABLE:
        return nl ? "bruikbaar" : "usable";
      case NOT_USABLE:
        return nl ? "niet bruikbaar" : "not usable";
      case NOT_STATED:
        return nl ? "toegang niet vermeld" : "access not stated";
      default:
        return nl ? "toegang onbekend" : "access unknown";
    }
  }
}

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
  NOT_USABLE
}

package io.github.collabkit.match;

/** Whether a criterion of a {@link ResearchNeed} must hold or only adds to the score. */
public enum Importance {
  /** A must-have: an infrastructure that fails it is not offered. */
  REQUIRED,
  /** A nice-to-have: each one met adds to the score and gives a reason. */
  PREFERRED
}

package io.github.collabkit.benchmarks.peer;

/** Validates the landscape a peer was built over and counts the problems. */
public interface LandscapeValidation {
  /**
   * Validates the whole landscape.
   *
   * @return the number of violations found
   */
  int validate();
}

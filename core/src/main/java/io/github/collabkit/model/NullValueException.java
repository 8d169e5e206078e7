package io.github.collabkit.model;

import io.github.collabkit.CollabkitException;

/**
 * Thrown when {@code null} is passed to a builder or {@code withX} method, or sits inside a
 * collection given to one: collabkit's model holds no nulls (absent values are empty {@code
 * Optional}s and empty collections).
 *
 * <p>The message names the attribute, such as {@code title} or {@code parties element}.
 */
public final class NullValueException extends CollabkitException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; called by the generated builders.
   *
   * @param message the attribute that received {@code null}
   */
  public NullValueException(String message) {
    super("null is not allowed: " + message);
  }
}

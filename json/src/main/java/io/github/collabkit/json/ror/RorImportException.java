package io.github.collabkit.json.ror;

import io.github.collabkit.CollabkitException;

/**
 * Thrown when ROR input cannot be imported at all: it is not JSON, or a record lacks what every
 * organization needs (an id, a name, a type).
 */
public final class RorImportException extends CollabkitException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message where and what went wrong
   */
  public RorImportException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param message where and what went wrong
   * @param cause the underlying failure
   */
  public RorImportException(String message, Throwable cause) {
    super(message, cause);
  }
}

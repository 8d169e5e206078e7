package io.github.collabkit.model;

import io.github.collabkit.CollabkitException;
import java.util.List;

/**
 * Thrown by a builder's {@code build()} when required attributes were never set.
 *
 * <p>For example {@code Cannot build Partnership, some of required attributes are not set [key,
 * kind]}; {@link #missingAttributes()} lists the attribute names.
 */
public final class IncompleteValueException extends CollabkitException {
  private static final long serialVersionUID = 1L;

  /** The names of the required attributes that were not set. */
  private final List<String> missingAttributes;

  /**
   * Creates the exception; called by the generated builders.
   *
   * @param message the message naming the type and the missing attributes
   * @param missingAttributes the names of the attributes that were not set
   */
  public IncompleteValueException(String message, String... missingAttributes) {
    super(message);
    this.missingAttributes = List.of(missingAttributes);
  }

  /**
   * Returns the required attributes that were not set.
   *
   * @return the attribute names as they appear in the builder and in JSON
   */
  public List<String> missingAttributes() {
    return missingAttributes;
  }
}

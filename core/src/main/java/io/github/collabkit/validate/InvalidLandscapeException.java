package io.github.collabkit.validate;

import io.github.collabkit.CollabkitException;

/**
 * Thrown by {@link ValidationReport#orThrow()} when a landscape has errors; carries the full
 * report.
 */
public final class InvalidLandscapeException extends CollabkitException {
  private static final long serialVersionUID = 1L;

  private final transient ValidationReport report;

  /**
   * Creates the exception.
   *
   * @param report the report with at least one error
   */
  public InvalidLandscapeException(ValidationReport report) {
    super("landscape has " + report.errors().size() + " error(s):\n" + report);
    this.report = report;
  }

  /**
   * Returns the full report.
   *
   * @return the report
   */
  public ValidationReport report() {
    return report;
  }
}

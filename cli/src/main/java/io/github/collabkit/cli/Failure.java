package io.github.collabkit.cli;

/**
 * Ends a command with one clear line on standard error and an exit code: the input cannot be used
 * ({@link Collabkit#UNUSABLE}) or holds problems ({@link Collabkit#PROBLEMS}). The message names the
 * file, line or JSON Pointer, and the rule.
 */
final class Failure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  private Failure(String message, int exitCode, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** The input cannot be used: exit code 2. */
  static Failure unusable(String message) {
    return new Failure(message, Collabkit.UNUSABLE, null);
  }

  /** The input cannot be used, because of {@code cause}: exit code 2. */
  static Failure unusable(String message, Throwable cause) {
    return new Failure(message, Collabkit.UNUSABLE, cause);
  }

  int exitCode() {
    return exitCode;
  }
}

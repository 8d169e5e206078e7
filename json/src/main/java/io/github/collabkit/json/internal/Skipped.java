package io.github.collabkit.json.internal;

/**
 * Signals, in collecting mode, that a value could not be read and its problems are already
 * recorded. Never escapes the json module; carries no stack trace.
 */
final class Skipped extends RuntimeException {
  private static final long serialVersionUID = 1L;

  static final Skipped INSTANCE = new Skipped();

  private Skipped() {
    super("skipped", null, false, false);
  }
}

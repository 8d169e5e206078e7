package io.github.collabkit;

/**
 * The root of every exception collabkit throws on purpose.
 *
 * <p>Catch this type to handle any collabkit failure; catch a subtype to read its structured
 * fields (the offending type, key, field, JSON path or rule) rather than parsing the message.
 * It is unchecked, like the exceptions of the JDK's collections and of Jackson 3. Messages that
 * quote user text escape its control characters ({@link #printable}), so a value cannot forge
 * report lines.
 */
public class CollabkitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Returns a text fit for a one-line message: control characters, line separators and invisible
   * format characters (such as ANSI escapes or bidirectional overrides) written as escapes such as
   * {@code \\n} or {@code \\u001b}, so quoted user text cannot forge report lines. The exceptions
   * that quote values pass their messages through it.
   *
   * @param text the text, or null
   * @return the printable form
   */
  protected static String printable(String text) {
    return io.github.collabkit.internal.Texts.printable(text);
  }

  /**
   * Creates an exception with a message.
   *
   * @param message what was wrong, where, and what is allowed
   */
  public CollabkitException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the cause that led to it.
   *
   * @param message what was wrong, where, and what is allowed
   * @param cause the underlying failure
   */
  public CollabkitException(String message, Throwable cause) {
    super(message, cause);
  }
}

package io.github.collabkit.json;

import io.github.collabkit.CollabkitException;
import io.github.collabkit.validate.Severity;
import java.util.Objects;

/**
 * Thrown when a JSON document of collabkit data cannot be read or written: the one exception type
 * of the json module.
 *
 * <p>It carries where the problem is as fields, not only in the message: the {@linkplain
 * #pointer() JSON Pointer}, the {@linkplain #line() line} and {@linkplain #column() column}, and
 * the {@linkplain #rule() rule} broken. A message reads like {@code /partnerships/0/kind (line 5,
 * column 13) [json.unknown-code] PartnershipKind: unknown code 'jointlab'; allowed: ...}.
 */
public final class CollabkitJsonException extends CollabkitException {
  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final int line;
  private final int column;
  private final JsonRule rule;
  private final String detail;

  /**
   * Creates the exception.
   *
   * @param pointer the RFC 6901 JSON Pointer to the offending value, {@code ""} for the document
   * @param line the 1-based line, or -1 when unknown
   * @param column the 1-based column, or -1 when unknown
   * @param rule the rule broken
   * @param detail what was wrong and what is allowed, without the location
   * @param cause the underlying failure, or {@code null}
   */
  public CollabkitJsonException(String pointer, int line, int column, JsonRule rule, String detail,
      Throwable cause) {
    super(JsonProblem.locate(Objects.requireNonNull(pointer, "pointer"), line, column,
        Objects.requireNonNull(rule, "rule"), printable(Objects.requireNonNull(detail, "detail"))), cause);
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = column;
    this.rule = Objects.requireNonNull(rule, "rule");
    this.detail = printable(Objects.requireNonNull(detail, "detail"));
  }

  /** The message form of a text, for {@link JsonProblem}: control characters escaped. */
  static String oneLine(String text) {
    return printable(text);
  }

  /**
   * Returns the JSON Pointer to the offending value.
   *
   * @return a pointer such as {@code /organizations/2/types/0}; {@code ""} for the whole document
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the line of the offending value.
   *
   * @return the 1-based line, or -1 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of the offending value.
   *
   * @return the 1-based column, or -1 when unknown
   */
  public int column() {
    return column;
  }

  /**
   * Returns the rule broken.
   *
   * @return the rule
   */
  public JsonRule rule() {
    return rule;
  }

  /**
   * Returns what was wrong, without the location; user text in it has its control characters
   * escaped.
   *
   * @return the detail message
   */
  public String detail() {
    return detail;
  }

  /**
   * Returns this failure as a problem, as the collecting reader reports it.
   *
   * @return the problem, with severity {@link Severity#ERROR}
   */
  public JsonProblem problem() {
    return new JsonProblem(pointer, line, column, rule, Severity.ERROR, detail);
  }
}

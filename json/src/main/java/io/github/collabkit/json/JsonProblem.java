package io.github.collabkit.json;

import io.github.collabkit.model.NullValueException;
import io.github.collabkit.validate.Severity;

/**
 * One problem found while reading a JSON document: where it is, which rule it breaks and how bad
 * it is.
 *
 * <p>{@code pointer} is an RFC 6901 JSON Pointer such as {@code /partnerships/3/parties/0/role}
 * ({@code ""} for the whole document); {@code line} and {@code column} are 1-based, or {@code -1}
 * when unknown.
 *
 * @param pointer the JSON Pointer to the offending value
 * @param line the 1-based line, or -1 when unknown
 * @param column the 1-based column, or -1 when unknown
 * @param rule the rule broken
 * @param severity {@link Severity#ERROR} for what stopped a value being read, {@link
 *     Severity#WARNING} for what was skipped in lenient mode
 * @param message what was wrong and what is allowed, without the location; control characters in
 *     quoted user text are escaped, so it is one line
 */
public record JsonProblem(String pointer, int line, int column, JsonRule rule, Severity severity,
    String message) {

  /**
   * Checks the parts.
   *
   * @param pointer the JSON Pointer to the offending value
   * @param line the 1-based line, or -1 when unknown
   * @param column the 1-based column, or -1 when unknown
   * @param rule the rule broken
   * @param severity error or warning
   * @param message what was wrong and what is allowed
   * @throws NullValueException when a part is null
   */
  public JsonProblem {
    NullValueException.requireArgument("pointer", pointer);
    NullValueException.requireArgument("rule", rule);
    NullValueException.requireArgument("severity", severity);
    NullValueException.requireArgument("message", message);
    message = CollabkitJsonException.oneLine(message);
  }

  /**
   * Returns the problem as one line: {@code error /partnerships/3/kind (line 40, column 15)
   * [json.unknown-code] ...}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return severity.code() + " " + locate(pointer, line, column, rule, message);
  }

  static String locate(String pointer, int line, int column, JsonRule rule, String message) {
    return (pointer.isEmpty() ? "/" : pointer)
        + (line > 0 ? " (line " + line + ", column " + column + ")" : "")
        + " [" + rule.code() + "] " + message;
  }
}

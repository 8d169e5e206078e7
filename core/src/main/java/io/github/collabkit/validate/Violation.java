package io.github.collabkit.validate;

import io.github.collabkit.internal.Checks;

/**
 * One problem found in a landscape: where it is, which rule it breaks, how serious it is and a
 * message for people.
 *
 * @param path where the problem is, such as {@code
 *     partnerships[lumc-ul-2021].parties[1].organization}: entities by key in brackets, nested
 *     lists by zero-based position
 * @param rule the rule broken; its {@linkplain ValidationRule#code() code} is stable
 * @param severity how serious the problem is
 * @param message what is wrong and what is allowed; control characters are escaped so it stays one line
 */
public record Violation(String path, ValidationRule rule, Severity severity, String message) {

  /**
   * Creates a violation.
   *
   * @param path where the problem is
   * @param rule the rule broken
   * @param severity how serious the problem is
   * @param message what is wrong and what is allowed
   * @throws io.github.collabkit.model.NullValueException when a component is null; every
   *     component is required
   */
  public Violation {
    Checks.argument("path", path);
    Checks.argument("rule", rule);
    Checks.argument("severity", severity);
    Checks.argument("message", message);
    message = io.github.collabkit.internal.Texts.printable(message);
  }

  /**
   * Returns the stable code of the rule broken.
   *
   * @return such as {@code reference.dangling}
   */
  public String code() {
    return rule.code();
  }

  /**
   * Returns the violation as one line: severity, path, code and message.
   *
   * @return such as {@code error partnerships[x].parties[1].organization [reference.dangling]
   *     organization 'umc-x' does not exist}
   */
  @Override
  public String toString() {
    return severity.code() + " " + path + " [" + rule.code() + "] " + message;
  }
}

package io.github.collabkit.validate;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every problem found in a landscape at once, in a stable order: by path, with numbers in paths
 * compared as numbers, then by rule, then in the order the validator found them.
 *
 * <pre>{@code
 * ValidationReport report = LandscapeValidator.create().validate(landscape);
 * if (!report.isValid()) {
 *   report.errors().forEach(System.out::println);
 * }
 * }</pre>
 */
public final class ValidationReport {
  private final List<Violation> violations;

  /**
   * Creates a report.
   *
   * @param violations the problems found, in the order to report them
   */
  public ValidationReport(List<Violation> violations) {
    this.violations = List.copyOf(violations);
  }

  /**
   * Returns every problem found.
   *
   * @return the violations, errors and warnings together
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Returns the problems of severity {@link Severity#ERROR}.
   *
   * @return the errors
   */
  public List<Violation> errors() {
    return of(Severity.ERROR);
  }

  /**
   * Returns the problems of severity {@link Severity#WARNING}.
   *
   * @return the warnings
   */
  public List<Violation> warnings() {
    return of(Severity.WARNING);
  }

  /**
   * Returns the problems that break a rule.
   *
   * @param rule the rule
   * @return the violations of that rule
   */
  public List<Violation> of(ValidationRule rule) {
    return violations.stream().filter(v -> v.rule() == rule).collect(Collectors.toList());
  }

  private List<Violation> of(Severity severity) {
    return violations.stream().filter(v -> v.severity() == severity).collect(Collectors.toList());
  }

  /**
   * Tells whether the landscape has no errors; warnings are allowed.
   *
   * @return {@code true} when {@link #errors()} is empty
   */
  public boolean isValid() {
    return violations.stream().noneMatch(v -> v.severity() == Severity.ERROR);
  }

  /**
   * Throws when the landscape has errors.
   *
   * @return this report, when valid
   * @throws InvalidLandscapeException when there is at least one error; it carries this report
   */
  public ValidationReport orThrow() {
    if (!isValid()) {
      throw new InvalidLandscapeException(this);
    }
    return this;
  }

  /**
   * Returns the report as lines, one violation a line.
   *
   * @return the report, or {@code no problems} when empty
   */
  @Override
  public String toString() {
    return violations.isEmpty()
        ? "no problems"
        : violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
  }
}

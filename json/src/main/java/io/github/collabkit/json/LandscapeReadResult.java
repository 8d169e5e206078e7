package io.github.collabkit.json;

import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.NullValueException;
import io.github.collabkit.validate.Severity;
import io.github.collabkit.validate.ValidationReport;
import io.github.collabkit.validate.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@link CollabkitJson#readLandscapeCollecting} could read from a dataset document, with
 * every problem it found: the problems of the JSON and the core validator's report on what was
 * read.
 *
 * <p>An entity of a dataset list that could not be read is left out of {@link #landscape()} and
 * each of its problems is in {@link #problems()}; a data steward sees all of them at once.
 */
public final class LandscapeReadResult {
  private final Landscape landscape;
  private final List<JsonProblem> problems;
  private final ValidationReport validation;

  /**
   * Creates the result.
   *
   * @param landscape what could be read
   * @param problems the problems of the JSON, in document order
   * @param validation the validator's report on what could be read
   */
  public LandscapeReadResult(Landscape landscape, List<JsonProblem> problems, ValidationReport validation) {
    this.landscape = NullValueException.requireArgument("landscape", landscape);
    this.problems = List.copyOf(problems);
    this.validation = NullValueException.requireArgument("validation", validation);
  }

  /**
   * Returns the dataset as far as it could be read: every entity that could be read, under the
   * placeholder name {@code (unnamed)} when the document's name could not be.
   *
   * @return the dataset
   */
  public Landscape landscape() {
    return landscape;
  }

  /**
   * Returns the problems of the JSON: errors (the values they name were left out) and, in lenient
   * mode, warnings for what was skipped.
   *
   * @return the problems in document order
   */
  public List<JsonProblem> problems() {
    return problems;
  }

  /**
   * Returns the problems of the JSON that are errors.
   *
   * @return the errors in document order
   */
  public List<JsonProblem> errors() {
    return problems.stream().filter(p -> p.severity() == Severity.ERROR).collect(Collectors.toList());
  }

  /**
   * Returns the core validator's report on {@link #landscape()}.
   *
   * @return the report
   */
  public ValidationReport validation() {
    return validation;
  }

  /**
   * Tells whether the document was read without errors and the dataset is valid.
   *
   * @return true when there are no JSON errors and no validation errors
   */
  public boolean isValid() {
    return errors().isEmpty() && validation.isValid();
  }

  /**
   * Returns the report a data steward reads: a summary line, the JSON problems with their JSON
   * Pointer, line and column, then the dataset validator's findings with the path of each in the
   * model, and whether the document is valid. The {@code ValidateDocument} example and the {@code
   * collabkit validate} command print it.
   *
   * @param name the document's name, such as its file name
   * @return the report, several lines, each ending with a newline
   */
  public String report(String name) {
    StringBuilder sb = new StringBuilder();
    sb.append("Checking ").append(name).append(": ").append(problems.size()).append(" JSON problem(s), ")
        .append(validation.errors().size()).append(" error(s) and ").append(validation.warnings().size())
        .append(" warning(s) in the data\n");
    sb.append("JSON problems (an entity with a problem is left out, so references to it dangle):\n");
    for (JsonProblem p : problems) {
      sb.append("  ").append(p.severity().code()).append(' ').append(p.pointer()).append(" (line ").append(p.line())
          .append(", column ").append(p.column()).append(") [").append(p.rule().code()).append("]\n");
      sb.append("      ").append(p.message()).append('\n');
    }
    sb.append("Dataset validator (rules across entities):\n");
    for (Violation v : validation.violations()) {
      sb.append("  ").append(v.severity().code()).append(' ').append(v.path()).append(" [").append(v.rule().code())
          .append("]\n");
      sb.append("      ").append(v.message()).append('\n');
    }
    sb.append(isValid() ? "The document is valid.\n" : "The document is not valid.\n");
    return sb.toString();
  }

  @Override
  public String toString() {
    return problems.stream().map(JsonProblem::toString).collect(Collectors.joining("\n"))
        + (problems.isEmpty() ? "" : "\n") + validation;
  }
}

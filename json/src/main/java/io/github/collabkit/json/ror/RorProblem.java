package io.github.collabkit.json.ror;

import java.util.Objects;

/**
 * A problem met while importing a ROR record that did not stop the import: a value the collabkit
 * model rejects (such as an ISNI whose check character fails) and that was therefore left out.
 *
 * @param rorId the ROR id of the record, such as {@code 05xvt9f17}
 * @param field the record field, such as {@code external_ids.isni}
 * @param message what was wrong and what was done
 */
public record RorProblem(String rorId, String field, String message) {

  /**
   * Creates a problem.
   *
   * @throws NullPointerException never for valid calls; all components are required
   */
  public RorProblem {
    Objects.requireNonNull(rorId, "rorId");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return "ROR record '" + rorId + "': " + field + ": " + message;
  }
}

package io.github.collabkit.json.ror;

import io.github.collabkit.model.NullValueException;

/**
 * A problem met while importing ROR records that did not stop the import: a record that could not
 * be imported and was skipped (not JSON, no id, too large, truncated), a value the collabkit model
 * rejects (such as an ISNI whose check character fails) that was left out of its record, or the
 * end of input where it should not end.
 *
 * @param where the position in the input, such as {@code line 12} in JSON lines or {@code record 17
 *     (line 3)} in an array
 * @param rorId the ROR id of the record, such as {@code 05xvt9f17}; empty when the record has no
 *     readable id
 * @param field the record field, such as {@code external_ids.isni}; empty when the whole record is
 *     concerned
 * @param message what was wrong
 * @param outcome what the importer did about it
 */
public record RorProblem(String where, String rorId, String field, String message, Outcome outcome) {

  /** What the importer did about a problem. */
  public enum Outcome {
    /** The record was not imported; the import went on with the next one. */
    RECORD_SKIPPED("record skipped"),
    /** One value was left out; the rest of the record was imported. */
    VALUE_LEFT_OUT("left out"),
    /** The input could not be read further; every complete record before this point is kept. */
    INPUT_ENDED("the complete records before it are kept");

    private final String phrase;

    Outcome(String phrase) {
      this.phrase = phrase;
    }

    /**
     * Returns the phrase that ends a problem's sentence, such as {@code record skipped}.
     *
     * @return the phrase
     */
    public String phrase() {
      return phrase;
    }
  }

  /**
   * Creates a problem.
   *
   * @param where the position in the input
   * @param rorId the ROR id of the record, empty when unknown
   * @param field the record field, empty when the whole record is concerned
   * @param message what was wrong
   * @param outcome what the importer did about it
   * @throws NullValueException when a component is null; all are required (empty strings where
   *     unknown)
   */
  public RorProblem {
    NullValueException.requireArgument("where", where);
    NullValueException.requireArgument("rorId", rorId);
    NullValueException.requireArgument("field", field);
    NullValueException.requireArgument("message", message);
    NullValueException.requireArgument("outcome", outcome);
  }

  /**
   * Returns the problem as one line: where, the record, the field, what was wrong and what was done.
   *
   * @return for example {@code line 7: ROR record '05xvt9f17': external_ids.isni: ISNI '...' fails
   *     its check character; left out}
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(where);
    if (!rorId.isEmpty()) {
      sb.append(": ROR record '").append(rorId).append('\'');
    }
    if (!field.isEmpty()) {
      sb.append(": ").append(field);
    }
    return sb.append(": ").append(message).append("; ").append(outcome.phrase()).toString();
  }
}

package io.github.collabkit.model;

import io.github.collabkit.internal.Checks;

/**
 * The code, labels and definition of one term of a controlled vocabulary.
 *
 * @param code the stable lower-case code used in JSON and in the JSON Schema, such as {@code joint-lab}
 * @param labelEn the English label shown to people
 * @param labelNl the Dutch label shown to people
 * @param definition a one-line English definition
 */
public record Term(String code, String labelEn, String labelNl, String definition) {

  /**
   * Creates a term, rejecting blank parts.
   *
   * @param code the stable lower-case code
   * @param labelEn the English label
   * @param labelNl the Dutch label
   * @param definition a one-line English definition
   * @throws InvalidValueException when a part is blank or the code is not lower-case kebab case
   */
  public Term {
    Checks.code("term", code, "code", code);
    Checks.notBlank("term", code, "labelEn", labelEn);
    Checks.notBlank("term", code, "labelNl", labelNl);
    Checks.notBlank("term", code, "definition", definition);
  }
}

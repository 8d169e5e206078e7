package io.github.collabkit.json.ror;

import io.github.collabkit.model.Organization;
import java.util.List;

/**
 * The result of importing ROR records: the organizations, in input order, and the problems met
 * on the way (values left out because the collabkit model rejects them).
 *
 * @param organizations the imported organizations, keyed by their ROR id
 * @param problems the problems, empty when every value was imported
 */
public record RorImport(List<Organization> organizations, List<RorProblem> problems) {

  /**
   * Creates an import result, copying both lists.
   *
   * @param organizations the imported organizations
   * @param problems the problems
   */
  public RorImport {
    organizations = List.copyOf(organizations);
    problems = List.copyOf(problems);
  }
}

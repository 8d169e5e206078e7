package io.github.collabkit.index;

import io.github.collabkit.internal.Checks;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NullValueException;
import io.github.collabkit.model.Organization;

/**
 * One suggestion of prefix completion: an organization and the name of it that starts with, or
 * has a word starting with, what was typed.
 *
 * @param organization the organization
 * @param name the name that matched the prefix
 */
public record Completion(Organization organization, Name name) {

  /**
   * Creates a completion.
   *
   * @param organization the organization
   * @param name the name that matched the prefix
   * @throws NullValueException when the organization or name is null
   */
  public Completion {
    Checks.argument("organization", organization);
    Checks.argument("name", name);
  }
}

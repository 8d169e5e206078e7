package io.github.collabkit.index;

import io.github.collabkit.model.Name;
import io.github.collabkit.model.Organization;
import java.util.Objects;

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
   * @throws NullPointerException when the organization or name is null
   */
  public Completion {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(name, "name");
  }
}

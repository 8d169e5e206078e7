package io.github.collabkit.benchmarks.peer;

import io.github.collabkit.model.OrganizationRef;

/** Resolves free text (a name with typos, an affiliation string) to at most one organization. */
public interface Resolver {
  /**
   * Resolves text to an organization.
   *
   * @param text the text as written
   * @return the organization it names, or {@code null} when the peer finds none
   */
  OrganizationRef resolve(String text);
}

package io.github.collabkit.benchmarks.peer;

import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;

/** Finds an organization by its key. */
public interface KeyLookup {
  /**
   * Finds an organization by key.
   *
   * @param key the key
   * @return the organization, or {@code null} when there is none
   */
  Organization byKey(OrganizationRef key);
}

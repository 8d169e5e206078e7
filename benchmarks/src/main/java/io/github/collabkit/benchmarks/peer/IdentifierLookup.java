package io.github.collabkit.benchmarks.peer;

import io.github.collabkit.model.Identifier;
import io.github.collabkit.model.Organization;

/** Finds an organization by one of its identifiers (ROR, GRID, Wikidata, ISNI, ...). */
public interface IdentifierLookup {
  /**
   * Finds an organization by identifier.
   *
   * @param identifier a canonical identifier
   * @return the organization, or {@code null} when there is none
   */
  Organization byIdentifier(Identifier identifier);
}

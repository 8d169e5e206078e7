package io.github.collabkit.benchmarks.peer;

import io.github.collabkit.model.Organization;
import java.util.List;

/** Finds the organizations that have a name, alias or acronym, ignoring case and diacritics. */
public interface NameLookup {
  /**
   * Finds organizations by exact name.
   *
   * @param name a name as written, in any case, with or without diacritics
   * @return the organizations with that name, empty when none
   */
  List<Organization> byName(String name);
}

package io.github.collabkit.benchmarks.peer;

import io.github.collabkit.model.Organization;
import java.util.List;

/** Completes what a user has typed so far to organizations whose name starts with it. */
public interface PrefixCompletion {
  /**
   * Completes a prefix.
   *
   * @param prefix the start of a name, in any case
   * @param limit the most organizations to return
   * @return up to {@code limit} organizations with a name that starts with the prefix
   */
  List<Organization> complete(String prefix, int limit);
}

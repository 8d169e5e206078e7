package io.github.collabkit.benchmarks.peer;

import io.github.collabkit.index.Completion;
import io.github.collabkit.index.OrganizationIndex;
import io.github.collabkit.index.Resolution;
import io.github.collabkit.model.Identifier;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import java.util.List;

/**
 * collabkit's {@link OrganizationIndex}, built once over the landscape's organizations: lookups by
 * key, identifier (scheme and canonical value), name and prefix, and free-text resolution.
 */
final class CollabkitIndexPeer implements OrganizationLookup, Resolver {
  private final OrganizationIndex index;

  CollabkitIndexPeer(Landscape landscape) {
    index = OrganizationIndex.of(landscape);
  }

  /**
   * Returns the index, for measuring its memory.
   *
   * @return the index
   */
  OrganizationIndex index() {
    return index;
  }

  @Override
  public Organization byKey(OrganizationRef key) {
    return index.byKey(key).orElse(null);
  }

  @Override
  public Organization byIdentifier(Identifier identifier) {
    return index.byIdentifier(identifier).orElse(null);
  }

  @Override
  public List<Organization> byName(String name) {
    return index.byName(name);
  }

  @Override
  public List<Completion> complete(String prefix, int limit) {
    return index.complete(prefix, limit);
  }

  @Override
  public OrganizationRef resolve(String text) {
    Resolution r = index.resolve(text);
    Organization o = r.organization().orElse(null);
    return o == null ? null : o.ref();
  }
}

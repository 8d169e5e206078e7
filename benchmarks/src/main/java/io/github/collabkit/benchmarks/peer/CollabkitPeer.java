package io.github.collabkit.benchmarks.peer;

import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;

/** collabkit: {@link Landscape}'s lookups. */
final class CollabkitPeer implements KeyLookup {
  private final Landscape landscape;

  CollabkitPeer(Landscape landscape) {
    this.landscape = landscape;
    // Build the landscape's lazy index now, not in the first measured call.
    landscape.organization(OrganizationRef.of("warm-up"));
  }

  @Override
  public Organization byKey(OrganizationRef key) {
    return landscape.organization(key).orElse(null);
  }
}

package io.github.collabkit.benchmarks.peer;

import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.testing.LandscapeGenerator;
import io.github.collabkit.validate.LandscapeValidator;

/** collabkit: {@link Landscape}'s lookups, the {@link LandscapeValidator}. */
final class CollabkitPeer implements KeyLookup, LandscapeValidation {
  private static final LandscapeValidator VALIDATOR = LandscapeValidator.create().asOf(LandscapeGenerator.AS_OF);

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

  @Override
  public int validate() {
    return VALIDATOR.validate(landscape).violations().size();
  }
}

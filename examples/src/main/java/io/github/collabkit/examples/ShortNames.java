package io.github.collabkit.examples;

import io.github.collabkit.graph.NetworkDrawing;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;

/**
 * Short names for organizations in one-line listings: "LUMC", "Radboudumc", "Inserm"; the rule is
 * {@link NetworkDrawing#shortName}, the one the network drawing labels with.
 */
final class ShortNames {
  private ShortNames() {}

  static String of(Organization o, String language) {
    return NetworkDrawing.shortName(o, language);
  }

  static String of(Landscape landscape, OrganizationRef ref, String language) {
    return landscape.organization(ref).map(o -> of(o, language)).orElse(ref.key());
  }
}

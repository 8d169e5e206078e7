package io.github.collabkit.graph;

import io.github.collabkit.internal.Checks;
import io.github.collabkit.model.OrganizationRef;
import java.util.List;

/**
 * An organization's partner in the collaboration network, with everything that links the two.
 *
 * @param organization the partner
 * @param links the links that passed the query's filter, partnerships before infrastructures,
 *     each by key
 */
public record Partner(OrganizationRef organization, List<Link> links) {
  /**
   * Creates a partner, copying the links.
   *
   * @param organization the partner
   * @param links the links that passed the query's filter, partnerships before infrastructures, each by key
   */
  public Partner {
    Checks.argument("organization", organization);
    links = List.copyOf(links);
  }
}

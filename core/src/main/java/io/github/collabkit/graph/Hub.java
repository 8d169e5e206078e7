package io.github.collabkit.graph;

import io.github.collabkit.internal.Checks;
import io.github.collabkit.model.OrganizationRef;

/**
 * How central an organization is in the collaboration network.
 *
 * @param organization the organization
 * @param degree how many distinct partners it has
 * @param weightedDegree how many links it has to them in all (two partnerships with the same
 *     partner count twice)
 * @param betweenness how many shortest chains between other organizations pass through it
 *     (Brandes' betweenness centrality on the unweighted network, each unordered pair counted
 *     once, split evenly over equally short chains); on large networks an estimate, whose error
 *     {@link CollaborationNetwork#betweennessError()} states
 */
public record Hub(OrganizationRef organization, int degree, int weightedDegree, double betweenness) {
  /**
   * Creates a hub entry.
   *
   * @param organization the organization
   * @param degree how many distinct partners it has
   * @param weightedDegree how many links it has to them in all (two partnerships with the same partner count twice)
   * @param betweenness how many shortest chains between other organizations pass through it (Brandes' betweenness centrality on the unweighted network, each unordered pair counted once, split evenly over equally short chains)
   */
  public Hub {
    Checks.argument("organization", organization);
  }

  /** What to rank hubs by; ties go to the next measure in the order degree, weighted degree, betweenness, then key. */
  public enum Measure {
    /** Distinct partners. */
    DEGREE,
    /** Links in all. */
    WEIGHTED_DEGREE,
    /** Shortest chains passing through. */
    BETWEENNESS
  }
}

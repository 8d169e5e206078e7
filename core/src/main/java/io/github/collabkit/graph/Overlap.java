package io.github.collabkit.graph;

import io.github.collabkit.internal.Checks;
import io.github.collabkit.model.InfrastructureKind;
import io.github.collabkit.model.InfrastructureRef;
import io.github.collabkit.model.OrganizationRef;
import java.util.List;
import java.util.Set;

/**
 * Two infrastructures of the same kind offering the same capabilities at different organizations,
 * which the umc strategy calls candidates for bundling (such as two HPC systems in Leiden).
 *
 * @param first the infrastructure with the smaller key
 * @param second the other
 * @param kinds the kinds both have, at least one
 * @param capabilities the capability codes both offer, at least one, sorted
 * @param firstAt the organizations that run the first (owners, hosts, operators, initiators; all
 *     organizations behind it when none has such a role), sorted
 * @param secondAt the same for the second; never equal to {@code firstAt}
 * @param similarity the Jaccard similarity of their capability sets, from 0 to 1
 */
public record Overlap(
    InfrastructureRef first, InfrastructureRef second, Set<InfrastructureKind> kinds, List<String> capabilities,
    List<OrganizationRef> firstAt, List<OrganizationRef> secondAt, double similarity) {
  /**
   * Creates an overlap, copying the collections.
   *
   * @param first the infrastructure with the smaller key
   * @param second the other
   * @param kinds the kinds both have, at least one
   * @param capabilities the capability codes both offer, at least one, sorted
   * @param firstAt the organizations that run the first (owners, hosts, operators, initiators; all organizations behind it when none has such a role), sorted
   * @param secondAt the same for the second; never equal to {@code firstAt}
   * @param similarity the Jaccard similarity of their capability sets, from 0 to 1
   */
  public Overlap {
    Checks.argument("first", first);
    Checks.argument("second", second);
    kinds = Set.copyOf(kinds);
    capabilities = List.copyOf(capabilities);
    firstAt = List.copyOf(firstAt);
    secondAt = List.copyOf(secondAt);
  }
}

package io.github.collabkit.graph;

import io.github.collabkit.model.OrganizationRef;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A shortest chain of collaboration between two organizations, such as Janssen, LUMC, Leiden
 * University: each step is a link between neighbours.
 *
 * @param organizations the organizations from start to end; one when start and end are the same
 * @param steps for each pair of neighbours, the first link (in {@link Partner#links()} order)
 *     that joins them; one fewer than the organizations
 */
public record Chain(List<OrganizationRef> organizations, List<Link> steps) {
  /**
   * Creates a chain, copying the lists.
   *
   * @param organizations the organizations from start to end; one when start and end are the same
   * @param steps for each pair of neighbours, the first link (in {@link Partner#links()} order) that joins them; one fewer than the organizations
   */
  public Chain {
    organizations = List.copyOf(organizations);
    steps = List.copyOf(steps);
  }

  /**
   * Returns the number of steps.
   *
   * @return organizations minus one
   */
  public int length() {
    return steps.size();
  }

  /**
   * Returns the chain as text, such as {@code janssen -[partnership lumc-janssen-chdr-2021]- lumc}.
   *
   * @return the text
   */
  public String describe() {
    StringBuilder sb = new StringBuilder(organizations.get(0).key());
    for (int i = 0; i < steps.size(); i++) {
      sb.append(" -[").append(steps.get(i).describe()).append("]- ").append(organizations.get(i + 1).key());
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return organizations.stream().map(OrganizationRef::key).collect(Collectors.joining(" > "));
  }
}

package io.github.collabkit.graph;

/**
 * How a {@link CollaborationNetwork} is built from a landscape.
 *
 * <p>{@code rollUpUnits} (default on): a unit, such as LUMC's Department of Internal Medicine, is
 * counted as its top-level organization, so the network shows that LUMC works with Inserm rather
 * than that one department works with another; links between units of the same organization
 * then vanish (an organization is not its own partner). Turn it off to see departments as nodes
 * of their own. {@code includeInfrastructures} (default on): organizations that share an
 * infrastructure are linked as well as those that share a partnership.
 *
 * @param rollUpUnits count units as their top-level organization
 * @param includeInfrastructures link organizations that share an infrastructure
 */
public record NetworkOptions(boolean rollUpUnits, boolean includeInfrastructures) {

  /**
   * Returns the defaults: units rolled up, infrastructures included.
   *
   * @return the default options
   */
  public static NetworkOptions defaults() {
    return new NetworkOptions(true, true);
  }

  /**
   * Returns a copy with units rolled up or kept.
   *
   * @param rollUp {@code true} to count units as their top-level organization
   * @return the options
   */
  public NetworkOptions withRollUpUnits(boolean rollUp) {
    return new NetworkOptions(rollUp, includeInfrastructures);
  }

  /**
   * Returns a copy with infrastructure links included or left out.
   *
   * @param include {@code true} to link organizations that share an infrastructure
   * @return the options
   */
  public NetworkOptions withIncludeInfrastructures(boolean include) {
    return new NetworkOptions(rollUpUnits, include);
  }
}

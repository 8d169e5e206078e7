package io.github.collabkit.model;

/**
 * A typed reference to an entity of a {@link Landscape} by its key.
 *
 * <p>References are typed so that the compiler catches a partnership pointing at an
 * infrastructure key. A key is lower-case letters and digits joined by {@code -}, {@code _} or
 * {@code .}, such as {@code lumc} or {@code lumc-ul-2021}; whether the referenced entity exists is
 * checked by {@link io.github.collabkit.validate.LandscapeValidator}, not at construction.
 */
public sealed interface EntityRef permits OrganizationRef, PersonRef, PartnershipRef, InfrastructureRef, StrategyRef, ActionLineRef, SourceRef {

  /**
   * Returns the key of the referenced entity.
   *
   * @return the key, such as {@code lumc}
   */
  String key();

  /**
   * Returns the entity type this reference points to, in lower-case words.
   *
   * @return such as {@code organization} or {@code action line}
   */
  String entityType();
}

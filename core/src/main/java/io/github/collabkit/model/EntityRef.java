package io.github.collabkit.model;

/**
 * A typed reference to an entity of a {@link Landscape} by its key.
 *
 * <p>References are typed so that the compiler catches a partnership pointing at an
 * infrastructure key. A key is lower-case letters and digits joined by {@code -}, {@code _} or
 * {@code .}, such as {@code lumc} or {@code lumc-ul-2021}; whether the referenced entity exists is
 * checked by {@link io.github.collabkit.validate.LandscapeValidator}, not at construction.
 *
 * <p>Every reference is a one-field record whose {@link #key()} is the text that goes into JSON
 * and CSV, and whose {@code toString()} is that key. Entities expose theirs as {@code ref()} and
 * the text as {@code key()}: {@code partnership.ref()} is a {@link PartnershipRef}, and {@code
 * partnership.key()} is {@code lumc-ul-2021}. References sort by {@linkplain #entityType() entity
 * type}, then by key, so references of one type sort by key; that order is consistent with
 * {@code equals}.
 */
public sealed interface EntityRef extends Comparable<EntityRef>
    permits OrganizationRef, PersonRef, PartnershipRef, InfrastructureRef, StrategyRef, ActionLineRef, SourceRef,
        EventRef {

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

  /**
   * Compares by {@linkplain #entityType() entity type}, then by {@linkplain #key() key}; zero only
   * for equal references.
   *
   * @param other the reference to compare with
   * @return negative, zero or positive as this reference sorts before, with or after the other
   */
  @Override
  default int compareTo(EntityRef other) {
    int byType = entityType().compareTo(other.entityType());
    return byType != 0 ? byType : key().compareTo(other.key());
  }
}

package io.github.collabkit.model;

import java.util.List;

/**
 * An entity of a {@link Landscape} that other entities refer to by key: an {@link Organization},
 * {@link Person}, {@link Partnership}, {@link Infrastructure}, {@link Strategy} or {@link Source}.
 *
 * @param <R> the type of reference that points at this kind of entity
 */
public interface Entity<R extends EntityRef> {

  /**
   * Returns the typed reference that identifies this entity within its landscape; other entities
   * point at this one with an equal reference.
   *
   * @return the typed reference, such as the {@link OrganizationRef} {@code lumc}
   */
  R ref();

  /**
   * Returns the key of this entity, the text of its {@linkplain #ref() reference}: {@code
   * partnership.key()} is {@code partnership.ref().key()}.
   *
   * @return the key, such as {@code lumc-ul-2021}
   */
  default String key() {
    return ref().key();
  }

  /**
   * Returns the sources this entity's facts come from.
   *
   * @return the source references; empty when not recorded
   */
  List<SourceRef> sources();
}

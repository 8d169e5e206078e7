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
   * Returns the key that identifies this entity within its landscape.
   *
   * @return the typed key
   */
  R key();

  /**
   * Returns the sources this entity's facts come from.
   *
   * @return the source references; empty when not recorded
   */
  List<SourceRef> sources();
}

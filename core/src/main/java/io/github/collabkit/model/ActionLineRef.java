package io.github.collabkit.model;

import io.github.collabkit.internal.Checks;

/**
 * A reference by key to an {@link ActionLine} of a strategy, such as {@code public-private-partnerships}.
 *
 * @param key the key of the referenced entity
 */
public record ActionLineRef(String key) implements EntityRef {

  /**
   * Creates a reference, checking the form of the key.
   *
   * @param key the key of the referenced entity
   * @throws InvalidValueException when the key is null or not in lower-case kebab form
   */
  public ActionLineRef {
    Checks.code("action line reference", null, "key", key);
  }

  /**
   * Returns a reference to the entity with a key.
   *
   * @param key the key, such as {@code public-private-partnerships}
   * @return the reference
   * @throws InvalidValueException when the key is null or not in lower-case kebab form
   */
  public static ActionLineRef of(String key) {
    return new ActionLineRef(key);
  }

  @Override
  public String entityType() {
    return "action line";
  }

  @Override
  public String toString() {
    return key;
  }
}

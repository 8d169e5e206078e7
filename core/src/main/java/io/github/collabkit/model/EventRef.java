package io.github.collabkit.model;

import io.github.collabkit.internal.Checks;

/**
 * A reference by key to an {@link Event}, such as {@code fr-nl-signing-2025-07-02}.
 *
 * @param key the key of the referenced entity
 */
public record EventRef(String key) implements EntityRef {

  /**
   * Creates a reference, checking the form of the key.
   *
   * @param key the key of the referenced entity
   * @throws InvalidValueException when the key is null or not in lower-case kebab form
   */
  public EventRef {
    Checks.code("event reference", null, "key", key);
  }

  /**
   * Returns a reference to the entity with a key.
   *
   * @param key the key, such as {@code fr-nl-signing-2025-07-02}
   * @return the reference
   * @throws InvalidValueException when the key is null or not in lower-case kebab form
   */
  public static EventRef of(String key) {
    return new EventRef(key);
  }

  @Override
  public String entityType() {
    return "event";
  }

  @Override
  public String toString() {
    return key;
  }
}

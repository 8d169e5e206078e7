package io.github.collabkit.model;

import io.github.collabkit.internal.Checks;

/**
 * A reference by key to a {@link Source}, such as {@code seed-000}.
 *
 * @param key the key of the referenced entity
 */
public record SourceRef(String key) implements EntityRef {

  /**
   * Creates a reference, checking the form of the key.
   *
   * @param key the key of the referenced entity
   * @throws InvalidValueException when the key is null or not in lower-case kebab form
   */
  public SourceRef {
    Checks.code("source reference", null, "key", key);
  }

  /**
   * Returns a reference to the entity with a key.
   *
   * @param key the key, such as {@code seed-000}
   * @return the reference
   * @throws InvalidValueException when the key is null or not in lower-case kebab form
   */
  public static SourceRef of(String key) {
    return new SourceRef(key);
  }

  @Override
  public String entityType() {
    return "source";
  }

  @Override
  public String toString() {
    return key;
  }
}

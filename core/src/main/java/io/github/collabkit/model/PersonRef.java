package io.github.collabkit.model;

import io.github.collabkit.internal.Checks;

/**
 * A reference by key to a {@link Person}, such as {@code kim-smit}.
 *
 * @param key the key of the referenced entity
 */
public record PersonRef(String key) implements EntityRef {

  /**
   * Creates a reference, checking the form of the key.
   *
   * @param key the key of the referenced entity
   * @throws InvalidValueException when the key is null or not in lower-case kebab form
   */
  public PersonRef {
    Checks.code("person reference", null, "key", key);
  }

  /**
   * Returns a reference to the entity with a key.
   *
   * @param key the key, such as {@code kim-smit}
   * @return the reference
   * @throws InvalidValueException when the key is null or not in lower-case kebab form
   */
  public static PersonRef of(String key) {
    return new PersonRef(key);
  }

  @Override
  public String entityType() {
    return "person";
  }

  @Override
  public String toString() {
    return key;
  }
}

package io.github.collabkit.model;

import io.github.collabkit.internal.Checks;

/**
 * A reference by key to an {@link Infrastructure}, such as {@code infect-nl}.
 *
 * @param key the key of the referenced entity
 */
public record InfrastructureRef(String key) implements EntityRef {

  /**
   * Creates a reference, checking the form of the key.
   *
   * @param key the key of the referenced entity
   * @throws InvalidValueException when the key is null or not in lower-case kebab form
   */
  public InfrastructureRef {
    Checks.code("infrastructure reference", null, "key", key);
  }

  /**
   * Returns a reference to the entity with a key.
   *
   * @param key the key, such as {@code infect-nl}
   * @return the reference
   * @throws InvalidValueException when the key is null or not in lower-case kebab form
   */
  public static InfrastructureRef of(String key) {
    return new InfrastructureRef(key);
  }

  @Override
  public String entityType() {
    return "infrastructure";
  }

  @Override
  public String toString() {
    return key;
  }
}

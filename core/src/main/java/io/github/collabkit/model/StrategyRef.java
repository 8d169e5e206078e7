package io.github.collabkit.model;

import io.github.collabkit.internal.Checks;

/**
 * A reference by key to a {@link Strategy}, such as {@code umc-strategy-2025-2030}.
 *
 * @param key the key of the referenced entity
 */
public record StrategyRef(String key) implements EntityRef {

  /**
   * Creates a reference, checking the form of the key.
   *
   * @param key the key of the referenced entity
   * @throws InvalidValueException when the key is null or not in lower-case kebab form
   */
  public StrategyRef {
    Checks.code("strategy reference", null, "key", key);
  }

  /**
   * Returns a reference to the entity with a key.
   *
   * @param key the key, such as {@code umc-strategy-2025-2030}
   * @return the reference
   * @throws InvalidValueException when the key is null or not in lower-case kebab form
   */
  public static StrategyRef of(String key) {
    return new StrategyRef(key);
  }

  @Override
  public String entityType() {
    return "strategy";
  }

  @Override
  public String toString() {
    return key;
  }
}

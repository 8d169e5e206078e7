package io.github.collabkit.model;

import io.github.collabkit.internal.Checks;

/**
 * A reference by key to an {@link Organization}, or a unit of one such as a department, such as {@code lumc}.
 *
 * @param key the key of the referenced entity
 */
public record OrganizationRef(String key) implements EntityRef {

  /**
   * Creates a reference, checking the form of the key.
   *
   * @param key the key of the referenced entity
   * @throws InvalidValueException when the key is null or not in lower-case kebab form
   */
  public OrganizationRef {
    Checks.code("organization reference", null, "key", key);
  }

  /**
   * Returns a reference to the entity with a key.
   *
   * @param key the key, such as {@code lumc}
   * @return the reference
   * @throws InvalidValueException when the key is null or not in lower-case kebab form
   */
  public static OrganizationRef of(String key) {
    return new OrganizationRef(key);
  }

  @Override
  public String entityType() {
    return "organization";
  }

  @Override
  public String toString() {
    return key;
  }
}

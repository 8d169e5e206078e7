package io.github.collabkit.model;

import io.github.collabkit.internal.Checks;

/**
 * A reference by key to a {@link Partnership}, such as {@code lumc-ul-2021}.
 *
 * @param key the key of the referenced entity
 */
public record PartnershipRef(String key) implements EntityRef {

  /**
   * Creates a reference, checking the form of the key.
   *
   * @param key the key of the referenced entity
   * @throws InvalidValueException when the key is null or not in lower-case kebab form
   */
  public PartnershipRef {
    Checks.code("partnership reference", null, "key", key);
  }

  /**
   * Returns a reference to the entity with a key.
   *
   * @param key the key, such as {@code lumc-ul-2021}
   * @return the reference
   * @throws InvalidValueException when the key is null or not in lower-case kebab form
   */
  public static PartnershipRef of(String key) {
    return new PartnershipRef(key);
  }

  @Override
  public String entityType() {
    return "partnership";
  }

  @Override
  public String toString() {
    return key;
  }
}

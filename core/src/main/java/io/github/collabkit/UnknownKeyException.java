package io.github.collabkit;

import java.util.Objects;

/**
 * Thrown when a query names an entity by a key that the data it runs on does not hold, such as
 * asking the collaboration network for the partners of {@code lumc} in a landscape without LUMC.
 *
 * <p>The message reads like {@code collaboration network: organization 'lumc': not in the
 * landscape}; the parts are available as fields.
 */
public final class UnknownKeyException extends CollabkitException {
  private static final long serialVersionUID = 1L;

  private final String where;
  private final String entityType;
  private final String key;

  /**
   * Creates an exception for a key the data does not hold.
   *
   * @param where what was asked, such as {@code collaboration network}
   * @param entityType the kind of entity, such as {@code organization}
   * @param key the key that was not found
   */
  public UnknownKeyException(String where, String entityType, String key) {
    super(Objects.requireNonNull(where, "where") + ": " + Objects.requireNonNull(entityType, "entityType")
        + " '" + key + "': not in the landscape");
    this.where = where;
    this.entityType = entityType;
    this.key = key;
  }

  /**
   * Returns what was asked when the key was not found.
   *
   * @return such as {@code collaboration network}
   */
  public String where() {
    return where;
  }

  /**
   * Returns the kind of entity the key was meant to name.
   *
   * @return such as {@code organization}
   */
  public String entityType() {
    return entityType;
  }

  /**
   * Returns the key that was not found.
   *
   * @return the key
   */
  public String key() {
    return key;
  }
}

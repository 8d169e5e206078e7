package io.github.collabkit.model;

import io.github.collabkit.CollabkitException;
import java.util.Objects;

/**
 * Thrown when a single model value cannot be constructed because it breaks one of its invariants.
 *
 * <p>The message reads like {@code partnership 'lumc-ul-2021': parties: needs at least 2 distinct
 * organizations, got 1}; the same parts are available as fields so that callers (and the JSON
 * reader, which maps them to a JSON path) need not parse it. Problems that involve several
 * entities, such as a reference to a missing organization, are not thrown but reported by
 * {@link io.github.collabkit.validate.LandscapeValidator}.
 */
public final class InvalidValueException extends CollabkitException {
  private static final long serialVersionUID = 1L;

  /** The kind of value, such as {@code partnership}. */
  private final String type;
  /** The key of the value, or null when it has none. */
  private final String key;
  /** The attribute that breaks the rule. */
  private final String field;
  /** The rule broken, in words. */
  private final String rule;

  /**
   * Creates an exception for a broken invariant.
   *
   * @param type the model type, in lower case words, such as {@code partnership}
   * @param key the key of the value, or {@code null} when it has none or it is not known yet
   * @param field the attribute that breaks the rule, such as {@code parties}
   * @param rule what the rule requires and what was found
   */
  public InvalidValueException(String type, String key, String field, String rule) {
    super(printable(format(type, key, field, rule)));
    this.type = Objects.requireNonNull(type, "type");
    this.key = key;
    this.field = Objects.requireNonNull(field, "field");
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  private static String format(String type, String key, String field, String rule) {
    return type + (key == null ? "" : " '" + key + "'") + ": " + field + ": " + rule;
  }

  /**
   * Returns the model type whose invariant failed.
   *
   * @return the type in lower case words, such as {@code partnership}
   */
  public String type() {
    return type;
  }

  /**
   * Returns the key of the value that failed, when it has one.
   *
   * @return the key, or {@code null} for values without a key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the attribute that broke the rule.
   *
   * @return the attribute name as it appears in the builder and in JSON
   */
  public String field() {
    return field;
  }

  /**
   * Returns the rule that was broken, with what was found.
   *
   * @return a short sentence such as {@code needs at least 2 distinct organizations, got 1}
   */
  public String rule() {
    return rule;
  }
}

package io.github.collabkit.internal;

import io.github.collabkit.model.InvalidValueException;
import io.github.collabkit.model.NullValueException;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The invariant checks shared by the model's value types, each failing with an {@link
 * InvalidValueException} that names type, key, field and rule.
 */
public final class Checks {
  /**
   * Keys and codes: lower-case letters and digits, joined by single '-', '_' or '.'. {@link
   * #isCode} checks the same without a regex, as every key of every value read is checked.
   */
  public static final Pattern CODE = Pattern.compile("[a-z0-9]+(?:[-_.][a-z0-9]+)*");

  /**
   * A BCP 47 language tag in the simple forms data uses: {@code nl}, {@code en}, {@code en-GB}.
   * {@link #isLanguage} checks the same without a regex.
   */
  public static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*");

  /** Longest key or code accepted. */
  public static final int MAX_CODE_LENGTH = 128;

  private Checks() {}

  /**
   * Requires a non-null value.
   *
   * @param <T> the value type
   * @param type the model type
   * @param key the key of the value, or {@code null}
   * @param field the attribute
   * @param value the value
   * @return the value
   */
  public static <T> T notNull(String type, String key, String field, T value) {
    if (value == null) {
      throw new InvalidValueException(type, key, field, "is required, got null");
    }
    return value;
  }

  /**
   * Requires a non-null argument of a method that is not a builder, failing as the builders do.
   *
   * @param <T> the argument type
   * @param name the parameter name, such as {@code date}
   * @param value the argument
   * @return the argument
   * @throws NullValueException when the argument is null
   */
  public static <T> T argument(String name, T value) {
    return NullValueException.requireArgument(name, value);
  }

  /**
   * Requires a string with at least one visible character ({@link Texts#hasVisible}): not blank,
   * and not made only of control or invisible characters.
   *
   * @param type the model type
   * @param key the key of the value, or {@code null}
   * @param field the attribute
   * @param value the value
   * @return the value
   */
  public static String notBlank(String type, String key, String field, String value) {
    notNull(type, key, field, value);
    if (value.isBlank()) {
      throw new InvalidValueException(type, key, field, "must not be blank");
    }
    if (!Texts.hasVisible(value)) {
      throw new InvalidValueException(type, key, field,
          "must contain a visible character, got only control or invisible characters");
    }
    return value;
  }

  /**
   * Requires a key or code in lower-case kebab form, such as {@code lumc-ul-2021}.
   *
   * @param type the model type
   * @param key the key of the value, or {@code null}
   * @param field the attribute
   * @param value the value
   * @return the value
   */
  public static String code(String type, String key, String field, String value) {
    notNull(type, key, field, value);
    if (value.length() > MAX_CODE_LENGTH || !isCode(value)) {
      throw new InvalidValueException(type, key, field,
          "must be lower-case letters and digits joined by '-', '_' or '.' (at most "
              + MAX_CODE_LENGTH + " characters), got '" + value + "'");
    }
    return value;
  }

  /**
   * Requires a BCP 47 language tag such as {@code nl} or {@code en-GB}.
   *
   * @param type the model type
   * @param key the key of the value, or {@code null}
   * @param field the attribute
   * @param value the value
   * @return the value
   */
  public static String language(String type, String key, String field, String value) {
    notNull(type, key, field, value);
    if (!isLanguage(value)) {
      throw new InvalidValueException(type, key, field,
          "must be a BCP 47 language tag such as 'nl' or 'en-GB', got '" + value + "'");
    }
    return value;
  }

  /**
   * Tells whether a text matches {@link #CODE}, as a hand-written scan: lower-case ASCII letters
   * and digits, with single '-', '_' or '.' between them.
   *
   * @param text the text
   * @return true when it matches
   */
  public static boolean isCode(CharSequence text) {
    int n = text.length();
    boolean needAlphanumeric = true;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        needAlphanumeric = false;
      } else if ((c == '-' || c == '_' || c == '.') && !needAlphanumeric) {
        needAlphanumeric = true;
      } else {
        return false;
      }
    }
    return !needAlphanumeric;
  }

  /**
   * Tells whether a text matches {@link #LANGUAGE}, as a hand-written scan: two or three lower-case
   * ASCII letters, then any number of subtags of '-' and two to eight ASCII letters or digits.
   *
   * @param text the text
   * @return true when it matches
   */
  public static boolean isLanguage(CharSequence text) {
    int n = text.length();
    int i = 0;
    while (i < n && text.charAt(i) >= 'a' && text.charAt(i) <= 'z') {
      i++;
    }
    if (i < 2 || i > 3) {
      return false;
    }
    while (i < n) {
      if (text.charAt(i) != '-') {
        return false;
      }
      int start = ++i;
      while (i < n && isAsciiAlphanumeric(text.charAt(i))) {
        i++;
      }
      if (i - start < 2 || i - start > 8) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiAlphanumeric(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /**
   * Requires a collection with at least a number of elements.
   *
   * @param type the model type
   * @param key the key of the value, or {@code null}
   * @param field the attribute
   * @param values the collection
   * @param min the least number of elements
   */
  public static void atLeast(String type, String key, String field, Collection<?> values, int min) {
    if (values.size() < min) {
      throw new InvalidValueException(type, key, field,
          "needs at least " + min + (min == 1 ? " entry" : " entries") + ", got " + values.size());
    }
  }

  /**
   * Requires a number that is not negative and is finite.
   *
   * @param type the model type
   * @param key the key of the value, or {@code null}
   * @param field the attribute
   * @param value the number
   */
  public static void notNegative(String type, String key, String field, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new InvalidValueException(type, key, field,
          "must be a finite number of zero or more, got " + value);
    }
  }
}

package io.github.collabkit.model;

import io.github.collabkit.internal.Checks;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A text in one or more languages, such as a title in Dutch and English.
 *
 * <p>Keys are BCP 47 language tags ({@code nl}, {@code en}, {@code fr}); values are non-blank.
 * Languages are kept in sorted order so that equal texts print and serialize identically. An
 * empty text stands for "not given" wherever an attribute is optional.
 *
 * <pre>{@code
 * LocalizedText title = LocalizedText.builder()
 *     .put("nl", "Samenwerking LUMC en Universiteit Leiden")
 *     .put("en", "LUMC and Leiden University collaboration")
 *     .build();
 * title.text("en"); // "LUMC and Leiden University collaboration"
 * }</pre>
 */
public final class LocalizedText {
  private static final LocalizedText EMPTY = new LocalizedText(Collections.emptySortedMap());

  private final Map<String, String> texts;

  private LocalizedText(Map<String, String> texts) {
    this.texts = texts;
  }

  /**
   * Returns the empty text, which stands for "not given".
   *
   * @return the empty text
   */
  public static LocalizedText empty() {
    return EMPTY;
  }

  /**
   * Returns a text in one language.
   *
   * @param language a BCP 47 language tag such as {@code nl}
   * @param text the text, not blank
   * @return the localized text
   * @throws InvalidValueException when the tag is malformed or the text blank
   */
  public static LocalizedText of(String language, String text) {
    return builder().put(language, text).build();
  }

  /**
   * Returns a text in English and Dutch, the two languages collabkit's own data always gives.
   *
   * @param english the English text
   * @param dutch the Dutch text
   * @return the localized text
   * @throws InvalidValueException when a text is blank
   */
  public static LocalizedText enNl(String english, String dutch) {
    return builder().put("en", english).put("nl", dutch).build();
  }

  /**
   * Returns a text from a map of language tags to texts.
   *
   * @param texts the texts by language
   * @return the localized text
   * @throws InvalidValueException when a tag is malformed or a text blank
   * @throws NullValueException when the map is null
   */
  public static LocalizedText of(Map<String, String> texts) {
    Builder builder = builder();
    Checks.argument("texts", texts).forEach(builder::put);
    return builder.build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the text in a language, if given.
   *
   * @param language a BCP 47 language tag
   * @return the text in exactly that language; empty when not given in it, or for {@code null}
   */
  public Optional<String> get(String language) {
    return language == null ? Optional.empty() : Optional.ofNullable(texts.get(language));
  }

  /**
   * Returns the text to show to a reader of a language: that language if present, else the first
   * given in the same primary language in any case or region (a reader of {@code NL} or {@code
   * nl-BE} gets {@code nl}, as {@link Language#of(String)} decides), else English, else Dutch, else
   * the first language in order.
   *
   * @param language the reader's preferred BCP 47 language tag; {@code null} for no preference
   * @return the best text, or the empty string when this text is empty
   */
  public String text(String language) {
    String t = language == null ? null : texts.get(language);
    String wanted = t == null ? Language.primary(language) : "";
    if (!wanted.isEmpty()) {
      for (Map.Entry<String, String> e : texts.entrySet()) {
        if (Language.primary(e.getKey()).equals(wanted)) {
          t = e.getValue();
          break;
        }
      }
    }
    if (t == null) {
      t = texts.get("en");
    }
    if (t == null) {
      t = texts.get("nl");
    }
    if (t == null) {
      t = texts.isEmpty() ? "" : texts.values().iterator().next();
    }
    return t;
  }

  /**
   * Returns the languages this text is given in.
   *
   * @return the language tags in sorted order
   */
  public Set<String> languages() {
    return texts.keySet();
  }

  /**
   * Returns the texts by language.
   *
   * @return an unmodifiable map in sorted language order
   */
  public Map<String, String> asMap() {
    return texts;
  }

  /**
   * Tells whether this text is given in no language.
   *
   * @return {@code true} for the empty text
   */
  public boolean isEmpty() {
    return texts.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalizedText other && texts.equals(other.texts);
  }

  @Override
  public int hashCode() {
    return texts.hashCode();
  }

  @Override
  public String toString() {
    return texts.toString();
  }

  /** Builds a {@link LocalizedText}; a later text for the same language replaces an earlier one. */
  public static final class Builder {
    private final TreeMap<String, String> texts = new TreeMap<>();

    private Builder() {}

    /**
     * Adds the text in a language.
     *
     * @param language a BCP 47 language tag such as {@code nl}
     * @param text the text, not blank
     * @return this builder
     * @throws InvalidValueException when the tag is malformed or the text blank
     */
    public Builder put(String language, String text) {
      Checks.language("localized text", null, "language", language);
      Checks.notBlank("localized text", null, language, text);
      texts.put(language, text);
      return this;
    }

    /**
     * Returns the text built so far.
     *
     * @return the localized text
     */
    public LocalizedText build() {
      return texts.isEmpty()
          ? EMPTY
          : new LocalizedText(Collections.unmodifiableSortedMap(new TreeMap<>(texts)));
    }
  }
}

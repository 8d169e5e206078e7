package io.github.collabkit.model;

import java.util.Locale;

/**
 * The two languages collabkit writes its own labels in, Dutch and English, and the one rule that
 * picks between them for a reader's language tag.
 *
 * <p>A reader whose BCP 47 tag has the primary language {@code nl}, in any case and with any region
 * ({@code nl}, {@code NL}, {@code nl-BE}, {@code nl_NL}), reads Dutch; every other reader, and one
 * who gives no tag ({@code null} or blank), reads English. Every label of collabkit's vocabularies
 * and every sentence it writes itself ({@link io.github.collabkit.match.MatchReason#text(String)},
 * {@link io.github.collabkit.match.Classification#explain(String)}) chooses by this rule;
 * {@link LocalizedText#text(String)} uses the same primary-language match for texts given in
 * other languages too.
 */
public enum Language {
  /** Dutch, tag {@code nl}. */
  DUTCH("nl"),
  /** English, tag {@code en}; also the language of a reader who asks for neither. */
  ENGLISH("en");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /**
   * Returns the language tag collabkit's data uses for this language.
   *
   * @return {@code nl} or {@code en}
   */
  public String tag() {
    return tag;
  }

  /**
   * Returns the language a reader with a language tag reads collabkit's labels in.
   *
   * @param tag a BCP 47 language tag such as {@code nl}, {@code NL}, {@code nl-BE} or {@code en};
   *     {@code null} for no preference
   * @return {@link #DUTCH} when the tag's primary language is {@code nl}, otherwise {@link #ENGLISH}
   */
  public static Language of(String tag) {
    return DUTCH.tag.equals(primary(tag)) ? DUTCH : ENGLISH;
  }

  /**
   * Returns the one of two texts that is in this language.
   *
   * @param dutch the Dutch text
   * @param english the English text
   * @return {@code dutch} for {@link #DUTCH}, {@code english} for {@link #ENGLISH}
   */
  public String choose(String dutch, String english) {
    return this == DUTCH ? dutch : english;
  }

  /**
   * Returns the primary language subtag of a tag, lower-cased: {@code nl} for {@code NL-be}.
   *
   * @param tag the tag, or {@code null}
   * @return the subtag, empty for {@code null} or a blank tag
   */
  static String primary(String tag) {
    if (tag == null) {
      return "";
    }
    String t = tag.strip();
    int end = 0;
    while (end < t.length() && t.charAt(end) != '-' && t.charAt(end) != '_') {
      end++;
    }
    return t.substring(0, end).toLowerCase(Locale.ROOT);
  }
}

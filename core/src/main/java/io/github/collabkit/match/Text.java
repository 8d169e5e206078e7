package io.github.collabkit.match;

import java.text.Normalizer;
import java.util.Locale;

/** Normalises text for keyword and place matching: lower case, no diacritics, words separated by single spaces. */
final class Text {
  private Text() {}

  /**
   * Returns the normalised form with a leading and trailing space, so that {@code contains(" " +
   * word)} finds a word start.
   */
  static String normalize(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(decomposed.length() + 2).append(' ');
    boolean space = true;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
        space = false;
      } else if (!space) {
        sb.append(' ');
        space = true;
      }
    }
    if (!space) {
      sb.append(' ');
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /** Returns the normalised form of a keyword or place, without the surrounding spaces. */
  static String normalizeTerm(String term) {
    return normalize(term).trim();
  }

  /** Tells whether a normalised text has a word that starts with a normalised term. */
  static boolean hasWordStartingWith(String normalizedText, String normalizedTerm) {
    return !normalizedTerm.isEmpty() && normalizedText.contains(" " + normalizedTerm);
  }

  /** Tells whether a normalised text holds a normalised term as whole words. */
  static boolean hasWords(String normalizedText, String normalizedTerm) {
    return !normalizedTerm.isEmpty() && normalizedText.contains(" " + normalizedTerm + " ");
  }
}

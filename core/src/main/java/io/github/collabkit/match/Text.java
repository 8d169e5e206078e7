package io.github.collabkit.match;

import io.github.collabkit.internal.Folding;

/**
 * Normalises text for keyword and place matching with the library's one folding ({@link
 * Folding}: lower case, no diacritics, ligatures spelled out), words separated by single spaces.
 */
final class Text {
  private Text() {}

  /**
   * Returns the normalised form with a leading and trailing space, so that {@code contains(" " +
   * word)} finds a word start.
   */
  static String normalize(String text) {
    String folded = Folding.fold(text);
    return folded.isEmpty() ? " " : " " + folded + " ";
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

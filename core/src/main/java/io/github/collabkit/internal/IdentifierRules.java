package io.github.collabkit.internal;

import io.github.collabkit.model.IdentifierScheme;
import java.util.Locale;

/**
 * How the index finds and compares identifier values: the schemes a value as written can belong to,
 * and the key under which two writings of one identifier compare equal. The syntax of each scheme
 * (normalization, patterns, checksums) is the model's own, {@link IdentifierScheme#normalize(String)}
 * and {@link IdentifierScheme#problem(String)}; this class depends on the model, never the reverse.
 */
public final class IdentifierRules {
  private IdentifierRules() {}

  private static final IdentifierScheme[] ROR_ONLY = {IdentifierScheme.ROR};
  private static final IdentifierScheme[] WIKIDATA_ONLY = {IdentifierScheme.WIKIDATA};
  private static final IdentifierScheme[] ISNI_ONLY = {IdentifierScheme.ISNI};
  private static final IdentifierScheme[] GRID_ONLY = {IdentifierScheme.GRID};
  private static final IdentifierScheme[] WEBSITE_ONLY = {IdentifierScheme.WEBSITE};
  private static final IdentifierScheme[] DIGITS = {IdentifierScheme.KVK, IdentifierScheme.FUNDREF};
  private static final IdentifierScheme[] NONE = {};

  /**
   * Returns the schemes a value written in some common form can belong to, judged from its shape
   * alone (prefixes, length, characters), most likely first; the caller still normalizes and looks
   * up. Allocates nothing.
   *
   * @param text the value as written, such as {@code https://ror.org/05xvt9f17} or {@code Q2406409}
   * @return the candidate schemes, shared arrays that must not be modified; empty when none fits
   */
  public static IdentifierScheme[] candidates(String text) {
    String t = text.strip();
    int n = t.length();
    if (n == 0) {
      return NONE;
    }
    if (containsIgnoreCase(t, "ror.org/")) {
      return ROR_ONLY;
    }
    if (containsIgnoreCase(t, "wikidata.org/")) {
      return WIKIDATA_ONLY;
    }
    if (containsIgnoreCase(t, "isni")) {
      return ISNI_ONLY;
    }
    if (t.regionMatches(true, 0, "grid.", 0, 5)) {
      return GRID_ONLY;
    }
    char first = t.charAt(0);
    if ((first == 'Q' || first == 'q') && n > 1 && allDigits(t, 1, n)) {
      return WIKIDATA_ONLY;
    }
    if (n == 9 && first == '0' && Character.isDigit(t.charAt(7)) && Character.isDigit(t.charAt(8))) {
      return ROR_ONLY;
    }
    int digits = 0;
    boolean onlyDigitsAndSpaces = true;
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (Character.isDigit(c)) {
        digits++;
      } else if (c != ' ' && !(i == n - 1 && (c == 'X' || c == 'x'))) {
        onlyDigitsAndSpaces = false;
      }
    }
    if (onlyDigitsAndSpaces) {
      return digits >= 15 ? ISNI_ONLY : DIGITS;
    }
    return t.indexOf('.') > 0 ? WEBSITE_ONLY : NONE;
  }

  /**
   * Returns the form of a canonical value under which two writings of the same identifier compare
   * equal. For websites that is the address without scheme, {@code www.} and trailing slash, in
   * lower case ({@code https://www.lumc.nl/} and {@code lumc.nl} both give {@code lumc.nl}); other
   * schemes' canonical values are returned as they are.
   *
   * @param scheme the scheme
   * @param value a value in the scheme's canonical form, or as written for websites
   * @return the comparison key
   */
  public static String matchKey(IdentifierScheme scheme, String value) {
    if (scheme != IdentifierScheme.WEBSITE) {
      return value;
    }
    int start = websiteKeyStart(value);
    return value.substring(start, websiteKeyEnd(value, start)).toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the hash of {@link #matchKey(IdentifierScheme, String)} without building it: equal keys
   * give equal hashes, and nothing is allocated.
   *
   * @param scheme the scheme
   * @param value a value in the scheme's canonical form, or as written for websites
   * @return the hash
   */
  public static int matchHash(IdentifierScheme scheme, String value) {
    if (scheme != IdentifierScheme.WEBSITE) {
      return value.hashCode();
    }
    int start = websiteKeyStart(value);
    int end = websiteKeyEnd(value, start);
    int h = 0;
    for (int i = start; i < end; i++) {
      char c = value.charAt(i);
      // As String.regionMatches(true, ...) compares: ASCII folded by hand, the rest as it does.
      h = 31 * h + (c < 0x80 ? (c >= 'A' && c <= 'Z' ? c + 32 : c)
          : Character.toLowerCase(Character.toUpperCase(c)));
    }
    return h;
  }

  /**
   * Tells whether two values have the same {@link #matchKey(IdentifierScheme, String)}, without
   * building either key.
   *
   * @param scheme the scheme of both values
   * @param a one value
   * @param b the other value
   * @return {@code true} when they name the same identifier
   */
  public static boolean sameMatchKey(IdentifierScheme scheme, String a, String b) {
    if (scheme != IdentifierScheme.WEBSITE) {
      return a.equals(b);
    }
    int aStart = websiteKeyStart(a);
    int aLength = websiteKeyEnd(a, aStart) - aStart;
    int bStart = websiteKeyStart(b);
    int bLength = websiteKeyEnd(b, bStart) - bStart;
    return aLength == bLength && a.regionMatches(true, aStart, b, bStart, aLength);
  }

  private static int websiteKeyStart(String value) {
    int i = 0;
    while (i < value.length() && Character.isWhitespace(value.charAt(i))) {
      i++;
    }
    // The first letter decides which prefix can follow, so most values are compared once.
    if (startsWith(value, i, 'h')) {
      if (value.regionMatches(true, i, "https://", 0, 8)) {
        i += 8;
      } else if (value.regionMatches(true, i, "http://", 0, 7)) {
        i += 7;
      }
    }
    if (startsWith(value, i, 'w') && value.regionMatches(true, i, "www.", 0, 4)) {
      i += 4;
    }
    return i;
  }

  /** Tells whether a value has a letter, in either case, at an index. */
  private static boolean startsWith(String value, int i, char lower) {
    return i < value.length() && (value.charAt(i) | 0x20) == lower;
  }

  private static int websiteKeyEnd(String value, int start) {
    int end = value.length();
    while (end > start && Character.isWhitespace(value.charAt(end - 1))) {
      end--;
    }
    while (end > start && value.charAt(end - 1) == '/') {
      end--;
    }
    return end;
  }

  private static boolean containsIgnoreCase(String text, String lowerNeedle) {
    int last = text.length() - lowerNeedle.length();
    for (int i = 0; i <= last; i++) {
      if (text.regionMatches(true, i, lowerNeedle, 0, lowerNeedle.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean allDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}

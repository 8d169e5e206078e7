package io.github.collabkit.internal;

import io.github.collabkit.model.IdentifierScheme;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalization and validation of identifier values, one rule per {@link IdentifierScheme}. */
public final class IdentifierRules {
  /** Crockford base32 alphabet, as ROR uses it (no i, l, o, u). */
  private static final String CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz";

  /** The form of a ROR id; {@code isRor} checks it by hand. */
  static final Pattern ROR = Pattern.compile("0[0-9a-hjkmnp-tv-z]{6}[0-9]{2}");
  private static final Pattern ISNI = Pattern.compile("[0-9]{15}[0-9X]");
  private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]{0,11}");
  private static final Pattern GRID = Pattern.compile("grid\\.[0-9]{1,7}\\.[0-9a-f]{1,4}");
  private static final Pattern FUNDREF = Pattern.compile("[0-9]{5,15}");
  private static final Pattern KVK = Pattern.compile("[0-9]{8}");

  private IdentifierRules() {}

  /**
   * Returns the canonical form of a value of a scheme.
   *
   * @param scheme the scheme
   * @param text the value as written
   * @return the canonical form (not validated)
   */
  public static String normalize(IdentifierScheme scheme, String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    switch (scheme) {
      case ROR:
        t = stripPrefix(t.toLowerCase(Locale.ROOT), "https://ror.org/", "http://ror.org/", "ror.org/");
        return t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
      case ISNI:
        t = stripPrefix(t, "https://isni.org/isni/", "http://isni.org/isni/", "isni.org/isni/", "ISNI", "isni");
        return t.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
      case WIKIDATA:
        t = stripPrefix(t, "https://www.wikidata.org/wiki/", "http://www.wikidata.org/wiki/",
            "www.wikidata.org/wiki/", "wikidata.org/wiki/");
        return t.toUpperCase(Locale.ROOT);
      case GRID:
        return stripPrefix(t.toLowerCase(Locale.ROOT), "https://www.grid.ac/institutes/");
      case KVK:
        return t.replace(" ", "").replace(".", "");
      default:
        return t;
    }
  }

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
    String t = stripPrefix(value.strip().toLowerCase(Locale.ROOT), "https://", "http://");
    t = stripPrefix(t, "www.");
    int end = t.length();
    while (end > 0 && t.charAt(end - 1) == '/') {
      end--;
    }
    return t.substring(0, end);
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
      h = 31 * h + Character.toLowerCase(Character.toUpperCase(value.charAt(i)));
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
    if (value.regionMatches(true, i, "https://", 0, 8)) {
      i += 8;
    } else if (value.regionMatches(true, i, "http://", 0, 7)) {
      i += 7;
    }
    if (value.regionMatches(true, i, "www.", 0, 4)) {
      i += 4;
    }
    return i;
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

  private static String stripPrefix(String text, String... prefixes) {
    for (String prefix : prefixes) {
      if (text.startsWith(prefix)) {
        return text.substring(prefix.length()).strip();
      }
    }
    return text;
  }

  /**
   * Says what is wrong with a canonical value.
   *
   * @param scheme the scheme
   * @param value the canonical value
   * @return the broken rule, or {@code null} when valid
   */
  public static String problem(IdentifierScheme scheme, String value) {
    if (value == null || value.isBlank()) {
      return "must not be blank";
    }
    switch (scheme) {
      case ROR:
        if (!isRor(value)) {
          return "must be a ROR id: '0', six Crockford base32 characters and two digits, got '"
              + value + "'";
        }
        int expected = rorChecksum(value.subSequence(1, 7));
        int actual = (value.charAt(7) - '0') * 10 + value.charAt(8) - '0';
        return expected == actual ? null
            : "ROR id '" + value + "' fails its checksum: expected "
                + (expected < 10 ? "0" : "") + expected + ", got " + value.substring(7);
      case ISNI:
        if (!ISNI.matcher(value).matches()) {
          return "must be 16 characters, 15 digits and a digit or X, got '" + value + "'";
        }
        char check = isniCheck(value.substring(0, 15));
        return check == value.charAt(15) ? null
            : "ISNI '" + value + "' fails its check character: expected " + check;
      case WIKIDATA:
        return WIKIDATA.matcher(value).matches() ? null
            : "must be a Wikidata item id such as 'Q1636164', got '" + value + "'";
      case GRID:
        return GRID.matcher(value).matches() ? null
            : "must be a GRID id such as 'grid.10419.3d', got '" + value + "'";
      case FUNDREF:
        return FUNDREF.matcher(value).matches() ? null
            : "must be a Crossref Funder id of 5 to 15 digits, got '" + value + "'";
      case KVK:
        return KVK.matcher(value).matches() ? null
            : "must be a KvK number of eight digits, got '" + value + "'";
      case WEBSITE:
        return websiteProblem(value);
      default:
        throw new AssertionError(scheme);
    }
  }

  /**
   * Computes the two checksum digits of the six-character number of a ROR id (ISO 7064 mod 97-10).
   *
   * @param base32 six Crockford base32 characters in lower case
   * @return the checksum, 0 to 98
   */
  public static int rorChecksum(CharSequence base32) {
    long n = 0;
    for (int i = 0; i < base32.length(); i++) {
      n = n * 32 + CROCKFORD.indexOf(base32.charAt(i));
    }
    return (int) (98 - ((n * 100) % 97));
  }

  /** Matches {@link #ROR} by hand: every ROR id of every organization read is checked. */
  private static boolean isRor(String value) {
    if (value.length() != 9 || value.charAt(0) != '0') {
      return false;
    }
    for (int i = 1; i < 7; i++) {
      char c = value.charAt(i);
      if (c > 'z' || CROCKFORD.indexOf(c) < 0) {
        return false;
      }
    }
    return isDigit(value.charAt(7)) && isDigit(value.charAt(8));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static char isniCheck(String digits) {
    int total = 0;
    for (int i = 0; i < digits.length(); i++) {
      total = (total + (digits.charAt(i) - '0')) * 2;
    }
    int result = (12 - total % 11) % 11;
    return result == 10 ? 'X' : (char) ('0' + result);
  }

  /** A website is parsed by {@link URI}'s rules: any case of http or https, a host, no user information, a valid port. */
  private static String websiteProblem(String value) {
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      return "must be an absolute http or https URL, got '" + value + "'";
    }
    String scheme = uri.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
      return "must be an absolute http or https URL, got '" + value + "'";
    }
    if (uri.getRawUserInfo() != null) {
      return "must not carry user information before '@' (it hides the real host), got '" + value + "'";
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      return "must be an absolute http or https URL with a host name, got '" + value + "'";
    }
    if (uri.getPort() == 0 || uri.getPort() > 65535) {
      return "must have a port from 1 to 65535, got '" + value + "'";
    }
    return null;
  }
}

package io.github.collabkit.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The syntax of each {@link IdentifierScheme}: how a value as written becomes canonical, and what
 * is wrong with a canonical value (patterns, the ROR checksum, the ISNI check character, website
 * URLs). Package-private: {@link IdentifierScheme#normalize(String)} and {@link
 * IdentifierScheme#problem(String)} are its public face.
 */
final class IdentifierSyntax {
  /** Crockford base32 alphabet, as ROR uses it (no i, l, o, u). */
  private static final String CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz";

  /** The form of a ROR id; {@code isRor} checks it by hand. */
  static final Pattern ROR = Pattern.compile("0[0-9a-hjkmnp-tv-z]{6}[0-9]{2}");
  private static final Pattern ISNI = Pattern.compile("[0-9]{15}[0-9X]");
  private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]{0,11}");
  private static final Pattern GRID = Pattern.compile("grid\\.[0-9]{1,7}\\.[0-9a-f]{1,4}");
  private static final Pattern FUNDREF = Pattern.compile("[0-9]{5,15}");
  private static final Pattern KVK = Pattern.compile("[0-9]{8}");

  private IdentifierSyntax() {}

  /**
   * Returns the canonical form of a value of a scheme.
   *
   * @param scheme the scheme
   * @param text the value as written
   * @return the canonical form (not validated)
   */
  static String normalize(IdentifierScheme scheme, String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    return switch (scheme) {
      case ROR -> {
        String r = stripPrefix(t.toLowerCase(Locale.ROOT), "https://ror.org/", "http://ror.org/", "ror.org/");
        yield r.endsWith("/") ? r.substring(0, r.length() - 1) : r;
      }
      case ISNI -> stripPrefix(t, "https://isni.org/isni/", "http://isni.org/isni/", "isni.org/isni/", "ISNI", "isni")
          .replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
      case WIKIDATA -> stripPrefix(t, "https://www.wikidata.org/wiki/", "http://www.wikidata.org/wiki/",
          "www.wikidata.org/wiki/", "wikidata.org/wiki/").toUpperCase(Locale.ROOT);
      case GRID -> stripPrefix(t.toLowerCase(Locale.ROOT), "https://www.grid.ac/institutes/");
      case KVK -> t.replace(" ", "").replace(".", "");
      default -> t;
    };
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
  static String problem(IdentifierScheme scheme, String value) {
    if (value == null || value.isBlank()) {
      return "must not be blank";
    }
    return switch (scheme) {
      case ROR -> rorProblem(value);
      case ISNI -> {
        if (!ISNI.matcher(value).matches()) {
          yield "must be 16 characters, 15 digits and a digit or X, got '" + value + "'";
        }
        char check = isniCheck(value.substring(0, 15));
        yield check == value.charAt(15) ? null
            : "ISNI '" + value + "' fails its check character: expected " + check;
      }
      case WIKIDATA -> WIKIDATA.matcher(value).matches() ? null
          : "must be a Wikidata item id such as 'Q1636164', got '" + value + "'";
      case GRID -> GRID.matcher(value).matches() ? null
          : "must be a GRID id such as 'grid.10419.3d', got '" + value + "'";
      case FUNDREF -> FUNDREF.matcher(value).matches() ? null
          : "must be a Crossref Funder id of 5 to 15 digits, got '" + value + "'";
      case KVK -> KVK.matcher(value).matches() ? null
          : "must be a KvK number of eight digits, got '" + value + "'";
      case WEBSITE -> websiteProblem(value);
    };
  }

  private static String rorProblem(String value) {
    if (!isRor(value)) {
      return "must be a ROR id: '0', six Crockford base32 characters and two digits, got '" + value + "'";
    }
    int expected = rorChecksum(value.subSequence(1, 7));
    int actual = (value.charAt(7) - '0') * 10 + value.charAt(8) - '0';
    return expected == actual ? null
        : "ROR id '" + value + "' fails its checksum: expected " + (expected < 10 ? "0" : "") + expected
            + ", got " + value.substring(7);
  }

  /**
   * Computes the two checksum digits of the six-character number of a ROR id (ISO 7064 mod 97-10).
   *
   * @param base32 six Crockford base32 characters in lower case
   * @return the checksum, 0 to 98
   */
  static int rorChecksum(CharSequence base32) {
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

package io.github.collabkit.testing;

import java.util.Locale;

/**
 * Identifier values with correct check characters, for the two generators of this package: a ROR
 * id from a 30-bit number (its Crockford base32 digits and ISO 7064 mod 97-10 checksum, as ROR
 * computes it) and an ISNI from a 15-digit number (its ISO 7064 mod 11-2 check character).
 */
final class ValidIdentifiers {
  /** Crockford base32 alphabet, as ROR uses it. */
  static final String CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz";

  private ValidIdentifiers() {}

  /**
   * Returns the canonical ROR id of a number.
   *
   * @param n the number, 0 to 2^30 - 1 (higher bits are ignored)
   * @return the id, such as {@code 05xvt9f17}
   */
  static String ror(long n) {
    long value = n & 0x3FFFFFFFL;
    char[] digits = new char[6];
    long rest = value;
    for (int i = 5; i >= 0; i--) {
      digits[i] = CROCKFORD.charAt((int) (rest & 31));
      rest >>>= 5;
    }
    int checksum = (int) (98 - ((value * 100) % 97));
    return "0" + new String(digits) + (checksum < 10 ? "0" : "") + checksum;
  }

  /**
   * Returns the ISNI of a number: its 15 digits and check character.
   *
   * @param number the number, 0 to 10^15 - 1
   * @return the 16-character ISNI
   */
  static String isni(long number) {
    String digits = String.format(Locale.ROOT, "%015d", number);
    int total = 0;
    for (int i = 0; i < digits.length(); i++) {
      total = (total + (digits.charAt(i) - '0')) * 2;
    }
    int result = (12 - total % 11) % 11;
    return digits + (result == 10 ? 'X' : (char) ('0' + result));
  }
}

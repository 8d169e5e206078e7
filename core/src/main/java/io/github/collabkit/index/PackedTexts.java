package io.github.collabkit.index;

/**
 * Many texts held as one byte array instead of a string each: one byte a char for a text whose
 * chars are all below 256 (nearly all names and words), two (high byte first) for the others.
 * Saves the string and array headers and references, some 40 bytes a text. Texts are read by
 * position, char by char, without building strings. Immutable and thread-safe.
 */
final class PackedTexts {
  private final byte[] bytes;
  /** Where each text starts in {@link #bytes}; one more for the end of the last. */
  private final int[] start;
  /** One bit per text: whether it takes two bytes a char. */
  private final long[] wide;

  PackedTexts(String[] texts) {
    int n = texts.length;
    this.start = new int[n + 1];
    this.wide = new long[(n + 63) >>> 6];
    long size = 0;
    for (int i = 0; i < n; i++) {
      boolean latin1 = isLatin1(texts[i]);
      if (!latin1) {
        wide[i >>> 6] |= 1L << i;
      }
      size += (long) texts[i].length() * (latin1 ? 1 : 2);
    }
    if (size > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("texts too long to pack: " + size + " bytes");
    }
    this.bytes = new byte[(int) size];
    int at = 0;
    for (int i = 0; i < n; i++) {
      String t = texts[i];
      start[i] = at;
      if (isWide(i)) {
        for (int j = 0; j < t.length(); j++) {
          char c = t.charAt(j);
          bytes[at++] = (byte) (c >>> 8);
          bytes[at++] = (byte) c;
        }
      } else {
        for (int j = 0; j < t.length(); j++) {
          bytes[at++] = (byte) t.charAt(j);
        }
      }
    }
    start[n] = at;
  }

  private static boolean isLatin1(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0xFF) {
        return false;
      }
    }
    return true;
  }

  private boolean isWide(int text) {
    return (wide[text >>> 6] & (1L << text)) != 0;
  }

  /** The number of texts. */
  int size() {
    return start.length - 1;
  }

  /** The length in chars of a text. */
  int length(int text) {
    int n = start[text + 1] - start[text];
    return isWide(text) ? n >> 1 : n;
  }

  /** A char of a text. */
  char charAt(int text, int index) {
    if (isWide(text)) {
      int at = start[text] + 2 * index;
      return (char) ((bytes[at] & 0xFF) << 8 | (bytes[at + 1] & 0xFF));
    }
    return (char) (bytes[start[text] + index] & 0xFF);
  }

  /** Tells whether a text holds {@code s} from {@code offset} on. */
  boolean startsWith(int text, int offset, String s) {
    if (offset < 0 || length(text) - offset < s.length()) {
      return false;
    }
    if (isWide(text)) {
      for (int i = 0; i < s.length(); i++) {
        if (charAt(text, offset + i) != s.charAt(i)) {
          return false;
        }
      }
      return true;
    }
    int at = start[text] + offset;
    for (int i = 0; i < s.length(); i++) {
      if ((bytes[at + i] & 0xFF) != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether a text is {@code s}. */
  boolean equals(int text, String s) {
    return length(text) == s.length() && startsWith(text, 0, s);
  }

  /** The hash of a text, equal to its string's {@link String#hashCode()}. */
  int hash(int text) {
    int h = 0;
    for (int i = 0, n = length(text); i < n; i++) {
      h = 31 * h + charAt(text, i);
    }
    return h;
  }

  /** A text as a string (builds it). */
  String get(int text) {
    char[] chars = new char[length(text)];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = charAt(text, i);
    }
    return new String(chars);
  }
}

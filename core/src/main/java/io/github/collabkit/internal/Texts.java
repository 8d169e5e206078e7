package io.github.collabkit.internal;

/**
 * How user text appears in messages, and what counts as a visible character: one place for both, so
 * every exception, violation and JSON problem quotes text the same way.
 */
public final class Texts {
  private Texts() {}

  /**
   * Returns a text fit to appear in a one-line message: control characters (C0, DEL, C1), line and
   * paragraph separators and invisible format characters such as bidirectional overrides are written
   * as escapes ({@code \\n}, {@code \\t}, {@code \\r}, otherwise {@code \\u001b} and the like), so a
   * value cannot start a forged report line, move the cursor or recolour a terminal with ANSI
   * escapes. Everything else is kept as it is.
   *
   * @param text the text, or null
   * @return the printable form; {@code "null"} for null
   */
  public static String printable(String text) {
    if (text == null) {
      return "null";
    }
    int i = 0;
    while (i < text.length() && !needsEscape(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!needsEscape(c)) {
        b.append(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else {
        b.append(String.format("\\u%04x", (int) c));
      }
    }
    return b.toString();
  }

  private static boolean needsEscape(char c) {
    if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
      return true;
    }
    if (c < 0x200B) {
      return false;
    }
    int type = Character.getType(c);
    return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }

  /**
   * Tells whether a text has at least one visible character: one that is not white space, not a
   * control or format character (such as U+200B ZERO WIDTH SPACE or a bidirectional mark), not
   * unassigned, not a lone surrogate, and not one of the blank fillers (U+115F, U+1160, U+2800,
   * U+3164, U+FFA0).
   *
   * @param text the text
   * @return true when something would be seen
   */
  public static boolean hasVisible(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        continue;
      }
      int type = Character.getType(cp);
      if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
          || type == Character.SURROGATE) {
        continue;
      }
      if (cp == 0x115F || cp == 0x1160 || cp == 0x2800 || cp == 0x3164 || cp == 0xFFA0) {
        continue;
      }
      return true;
    }
    return false;
  }
}

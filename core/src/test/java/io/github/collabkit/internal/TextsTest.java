package io.github.collabkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "plain text is kept | LUMC | LUMC",
      "non-ASCII is kept | Zürich – ‘Ærø’ | Zürich – ‘Ærø’",
      "newline | a\\nb | a\\\\nb",
      "carriage return | a\\rb | a\\\\rb",
      "tab | a\\tb | a\\\\tb",
      "ANSI escape | \\u001b[31mred | \\\\u001b[31mred",
      "DEL and C1 | a\\u007f\\u0085b | a\\\\u007f\\\\u0085b",
      "line separator | a\\u2028b | a\\\\u2028b",
      "right-to-left override | a\\u202eb | a\\\\u202eb",
  })
  void printableEscapesControlAndInvisibleCharacters(String name, String escapedIn, String escapedOut) {
    assertEquals(unescape(escapedOut), Texts.printable(unescape(escapedIn)));
    assertFalse(Texts.printable(unescape(escapedIn)).contains("\n"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\\u200b", "\\u0000\\u0001", "\\u200e\\u200f", "\\u3164", "\\u2800", "\\ufeff",
      "\\u00a0\\u2003", "\\u202e"})
  void findsNoVisibleCharacterIn(String escaped) {
    assertFalse(Texts.hasVisible(unescape(escaped)), escaped);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", " x ", "\\u200bLUMC", "\\ud83e\\uddec", "数"})
  void findsAVisibleCharacterIn(String escaped) {
    assertTrue(Texts.hasVisible(unescape(escaped)), escaped);
  }

  /** Reads Java-style escapes (backslash n, r, t, and backslash u with four hex digits) written in a table. */
  static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        b.append(c);
        continue;
      }
      char n = s.charAt(++i);
      if (n == 'n') {
        b.append('\n');
      } else if (n == 'r') {
        b.append('\r');
      } else if (n == 't') {
        b.append('\t');
      } else if (n == 'u') {
        b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
        i += 4;
      } else {
        b.append(n);
      }
    }
    return b.toString();
  }
}

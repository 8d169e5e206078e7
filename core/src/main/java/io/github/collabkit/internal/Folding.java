package io.github.collabkit.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The one text folding of collabkit, used wherever text is compared with text (organization
 * names in {@code index}, keywords and places in {@code match}): lower case, diacritics removed,
 * ligatures and special letters spelled out ({@code ß} to {@code ss}, {@code æ} to {@code ae},
 * {@code ø} to {@code o}, {@code ł} to {@code l}, {@code þ} to {@code th}), split into words at
 * anything that is not a letter or digit. Combining marks are dropped inside a word; an apostrophe
 * joins the letters around it ({@code "King's"} is {@code kings}) except after a French or Italian
 * elision ({@code "l'Université"} is {@code l universite}). {@code "Universitätsklinikum
 * Münster"} folds to {@code universitatsklinikum munster}, {@code "Straße"} to {@code strasse}.
 *
 * <p>Stateless and thread-safe; a code point of the Basic Multilingual Plane is folded through
 * Unicode decomposition once, then read from a table.
 */
public final class Folding {
  /** Folded forms of the code points of the Basic Multilingual Plane, filled as they are met. */
  private static final String[] TABLE = new String[0x10000];

  private Folding() {}

  /** Receives the words of a text, in order, and the separators between them. */
  public interface Sink {
    /**
     * Receives one word.
     *
     * @param folded the folded word, never empty
     * @param start the index of its first char in the text
     * @param end the index after its last char
     * @param upper whether it was written in capitals (at least two letters, all upper case)
     */
    void word(String folded, int start, int end, boolean upper);

    /**
     * Receives a character that separates words (not a letter, digit, combining mark or joining
     * apostrophe), after the word before it.
     *
     * @param cp the code point
     * @param at its index in the text
     * @param length its length in chars
     */
    default void separator(int cp, int at, int length) {}
  }

  /**
   * Receives the words of a text as folded chars in a buffer that the {@link Splitter} reuses for
   * its next word, and the separators between them: for callers that read words without building a
   * string per word.
   */
  public interface Chars {
    /**
     * Receives one word; its chars are valid only during this call.
     *
     * @param folded a buffer holding the folded word in its first {@code length} chars
     * @param length the length of the folded word, never 0
     * @param start the index of its first char in the text
     * @param end the index after its last char
     * @param upper whether it was written in capitals (at least two letters, all upper case)
     */
    void word(char[] folded, int length, int start, int end, boolean upper);

    /**
     * Receives a character that separates words, as {@link Sink#separator} does.
     *
     * @param cp the code point
     * @param at its index in the text
     * @param length its length in chars
     */
    default void separator(int cp, int at, int length) {}
  }

  /**
   * Splits a text into folded words and passes them, and the separators between them, to a sink.
   * Linear in the text's length.
   *
   * @param text the text
   * @param sink the receiver
   */
  public static void split(String text, Sink sink) {
    new Splitter().split(text, new Chars() {
      @Override
      public void word(char[] folded, int length, int start, int end, boolean upper) {
        sink.word(new String(folded, 0, length), start, end, upper);
      }

      @Override
      public void separator(int cp, int at, int length) {
        sink.separator(cp, at, length);
      }
    });
  }

  /**
   * The one splitting of text into folded words, as {@link #split(String, Sink)} describes it,
   * with a char buffer that is reused for each word and, when the splitter is kept, for each text:
   * a kept splitter splits without allocating. Not thread-safe; keep one per thread.
   */
  public static final class Splitter {
    /** The longest word buffer a splitter keeps between texts. */
    private static final int MAX_KEPT = 1024;
    private String text;
    private Chars sink;
    private char[] word = new char[24];
    private int length;
    private int start = -1;
    private int end = -1;
    private int letters;
    private boolean allUpper = true;

    /** Makes a splitter. */
    public Splitter() {}

    /**
     * Splits a text into folded words and passes them, and the separators between them, to a
     * sink. Linear in the text's length.
     *
     * @param text the text
     * @param sink the receiver
     */
    public void split(String text, Chars sink) {
      this.text = text;
      this.sink = sink;
      length = 0;
      try {
        run();
      } finally {
        this.text = null;
        this.sink = null;
        if (word.length > MAX_KEPT) {
          // A kept splitter does not hold on to the buffer of one long word.
          word = new char[24];
        }
      }
    }

    private void run() {
      int n = text.length();
      for (int i = 0; i < n; ) {
        char c = text.charAt(i);
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
          // The common case first: a lower-case ASCII letter or a digit folds to itself.
          begin(i);
          append(c);
          if (c >= 'a') {
            letters++;
            allUpper = false;
          }
          end = ++i;
          continue;
        }
        int cp = c < 0x80 ? c : text.codePointAt(i);
        int len = Character.charCount(cp);
        if (cp >= 'A' && cp <= 'Z') {
          begin(i);
          append((char) (cp + 32));
          letters++;
          end = i + 1;
        } else if (cp >= 0x80 && Character.isLetterOrDigit(cp)) {
          begin(i);
          String f = foldBeyondAscii(cp);
          for (int k = 0; k < f.length(); k++) {
            append(f.charAt(k));
          }
          if (Character.isLetter(cp)) {
            letters++;
            allUpper &= Character.isUpperCase(cp);
          }
          end = i + len;
        } else if (cp >= 0x80 && isMark(cp)) {
          // dropped: a decomposed diacritic belongs to the letter before it
        } else if (isApostrophe(cp)) {
          if (length == 1 && (word[0] == 'l' || word[0] == 'd')) {
            flush();
          }
        } else {
          flush();
          sink.separator(cp, i, len);
        }
        i += len;
      }
      flush();
    }

    /** Starts a word at {@code i} unless one is under way. */
    private void begin(int i) {
      if (length == 0) {
        start = i;
        letters = 0;
        allUpper = true;
      }
    }

    private void append(char c) {
      if (length == word.length) {
        word = Arrays.copyOf(word, length * 2);
      }
      word[length++] = c;
    }

    private void flush() {
      if (length > 0) {
        int n = length;
        length = 0;
        sink.word(word, n, start, end, allUpper && letters >= 2);
      }
    }
  }

  /**
   * Returns the folded words of a text joined by single spaces, such as {@code leids
   * universitair medisch centrum} for {@code "Leids Universitair Medisch Centrum"}.
   *
   * @param text the text
   * @return the folded words, empty when the text has none
   */
  public static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    split(text, (w, s, e, u) -> {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(w);
    });
    return out.toString();
  }

  /**
   * Returns the folded letters and digits of a text without anything between them, such as {@code
   * radboudumc} for both {@code "Radboud UMC"} and {@code "Radboudumc"}: {@link #fold(String)}
   * without its spaces, in one pass.
   *
   * @param text the text
   * @return the folded letters and digits
   */
  public static String key(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        fold(cp, out);
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /**
   * Appends the folded form of one letter or digit.
   *
   * @param cp the code point, a letter or digit
   * @param out where to append
   */
  public static void fold(int cp, StringBuilder out) {
    if (cp < 0x80) {
      out.append(cp >= 'A' && cp <= 'Z' ? (char) (cp + 32) : (char) cp);
    } else {
      out.append(foldBeyondAscii(cp));
    }
  }

  /**
   * Returns the folded form of one letter or digit beyond ASCII, for callers that read the folded
   * chars without building a string ({@link #fold(int, StringBuilder)} appends the same).
   *
   * @param cp the code point, a letter or digit of at least {@code 0x80}
   * @return its folded form: zero or more lower-case letters and digits
   */
  public static String foldBeyondAscii(int cp) {
    if (cp >= TABLE.length) {
      return foldSlow(cp);
    }
    String f = TABLE[cp];
    if (f == null) {
      f = foldSlow(cp); // a benign race: every thread computes the same immutable string
      TABLE[cp] = f;
    }
    return f;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '`' || cp == '\u02bc';
  }

  private static String foldSlow(int cp) {
    switch (cp) {
      case 0xdf: return "ss";
      case 0xe6: case 0xc6: return "ae";
      case 0x153: case 0x152: return "oe";
      case 0xf8: case 0xd8: return "o";
      case 0x111: case 0x110: case 0xf0: case 0xd0: return "d";
      case 0x142: case 0x141: return "l";
      case 0x131: return "i";
      case 0xfe: case 0xde: return "th";
      default:
        break;
    }
    String d = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); ) {
      int c = d.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.appendCodePoint(Character.toLowerCase(c));
      }
      i += Character.charCount(c);
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}

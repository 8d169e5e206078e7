package io.github.collabkit.json.internal;

import io.github.collabkit.json.CollabkitJsonException;
import io.github.collabkit.json.JsonRule;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Checks that bytes are well-formed UTF-8 as the Unicode standard defines it (Table 3-7): no
 * overlong forms such as {@code C0 AF} or {@code E0 80 BC}, no encoded surrogates, nothing above
 * U+10FFFF, no truncated sequence; and that the text is not UTF-16 or UTF-32. A UTF-8 byte order
 * mark is allowed. Jackson's own decoding accepts some of these forms and detects UTF-16/32 by
 * itself, so every collabkit reader passes its bytes through this check first.
 *
 * <p>A failure is a {@link CollabkitJsonException} with rule {@link JsonRule#SYNTAX}, the 1-based
 * line and column (in code points) of the first bad byte, and the bytes at fault in hex.
 */
public final class StrictUtf8 {
  private long line = 1;
  private long column = 1;
  private long offset;
  /** Continuation bytes still expected in the current sequence. */
  private int pending;
  /** The lowest and highest allowed value of the next continuation byte (first one is special). */
  private int low = 0x80;
  private int high = 0xBF;
  private final byte[] sequence = new byte[4];
  private int sequenceLength;

  /** Starts a check at the beginning of a text. */
  public StrictUtf8() {}

  /**
   * Wraps a stream so that every byte read through it is checked.
   *
   * @param in the stream of UTF-8 text
   * @return the checking stream
   */
  public static InputStream wrap(InputStream in) {
    return new Checked(in, new StrictUtf8());
  }

  /**
   * Checks the next bytes of the text.
   *
   * @param b the buffer
   * @param off where the bytes start
   * @param len how many bytes
   * @throws CollabkitJsonException at the first byte that is not well-formed UTF-8
   */
  public void check(byte[] b, int off, int len) {
    for (int i = off; i < off + len; i++) {
      int c = b[i] & 0xFF;
      if (offset < 4 && c == 0) {
        throw fail("a NUL byte at the start: the text is UTF-16 or UTF-32; collabkit reads UTF-8 only",
            new byte[] {0});
      }
      if (pending > 0) {
        if (c < low || c > high) {
          sequence[sequenceLength++] = (byte) c;
          throw fail(describe(sequence[0] & 0xFF, c), java.util.Arrays.copyOf(sequence, sequenceLength));
        }
        sequence[sequenceLength++] = (byte) c;
        low = 0x80;
        high = 0xBF;
        if (--pending == 0) {
          column++;
        }
      } else if (c < 0x80) {
        if (c == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      } else {
        sequenceLength = 0;
        sequence[sequenceLength++] = (byte) c;
        if (c >= 0xC2 && c <= 0xDF) {
          pending = 1;
        } else if (c == 0xE0) {
          pending = 2;
          low = 0xA0;
        } else if (c == 0xED) {
          pending = 2;
          high = 0x9F;
        } else if (c >= 0xE1 && c <= 0xEF) {
          pending = 2;
        } else if (c == 0xF0) {
          pending = 3;
          low = 0x90;
        } else if (c == 0xF4) {
          pending = 3;
          high = 0x8F;
        } else if (c >= 0xF1 && c <= 0xF3) {
          pending = 3;
        } else {
          throw fail(describe(c, -1), new byte[] {(byte) c});
        }
      }
      offset++;
    }
  }

  /**
   * Encodes a text as UTF-8, failing on a lone surrogate instead of writing {@code ?} as {@link
   * String#getBytes} does.
   *
   * @param text the text
   * @return its UTF-8 bytes
   * @throws CollabkitJsonException with rule {@link JsonRule#SYNTAX} on a lone surrogate
   */
  public static byte[] encode(String text) {
    int i = loneSurrogate(text);
    if (i >= 0) {
      throw new CollabkitJsonException("", -1, -1, JsonRule.SYNTAX, "the text holds a lone surrogate "
          + String.format("U+%04X", (int) text.charAt(i)) + " at index " + i + ", which no UTF-8 text can encode",
          null);
    }
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * Returns the index of the first lone surrogate of a text.
   *
   * @param text the text
   * @return the index, or -1 when every surrogate is paired
   */
  public static int loneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Checks that the text does not end inside a sequence.
   *
   * @throws CollabkitJsonException when it does
   */
  public void end() {
    if (pending > 0) {
      throw fail("the text ends inside a multi-byte UTF-8 sequence",
          java.util.Arrays.copyOf(sequence, sequenceLength));
    }
  }

  private static String describe(int lead, int next) {
    if (lead == 0xC0 || lead == 0xC1 || lead == 0xE0 && next >= 0 && next < 0xA0
        || lead == 0xF0 && next >= 0 && next < 0x90) {
      return "an overlong UTF-8 encoding (a character encoded in more bytes than it needs)";
    }
    if (lead == 0xED && next > 0x9F) {
      return "an encoded surrogate (U+D800 to U+DFFF), which UTF-8 does not allow";
    }
    if (lead >= 0xF5 || lead == 0xF4 && next > 0x8F) {
      return "a code point above U+10FFFF";
    }
    if (lead == 0xFE || lead == 0xFF) {
      return "a byte that never occurs in UTF-8 (a UTF-16 byte order mark?); collabkit reads UTF-8 only";
    }
    if (lead >= 0x80 && lead <= 0xBF) {
      return "a continuation byte without a lead byte";
    }
    return "a multi-byte UTF-8 sequence cut short";
  }

  private CollabkitJsonException fail(String what, byte[] bytes) {
    StringBuilder hex = new StringBuilder();
    for (byte x : bytes) {
      hex.append(hex.length() == 0 ? "" : " ").append(String.format("%02X", x & 0xFF));
    }
    return new CollabkitJsonException("", (int) Math.min(line, Integer.MAX_VALUE),
        (int) Math.min(column, Integer.MAX_VALUE), JsonRule.SYNTAX,
        "invalid UTF-8 at byte offset " + offset + ": " + what + " (bytes " + hex + ")", null);
  }

  /** A stream that checks what passes through it and the end of the text. */
  private static final class Checked extends FilterInputStream {
    private final StrictUtf8 check;

    Checked(InputStream in, StrictUtf8 check) {
      super(in);
      this.check = check;
    }

    @Override
    public int read() throws IOException {
      int c = in.read();
      if (c < 0) {
        check.end();
      } else {
        check.check(new byte[] {(byte) c}, 0, 1);
      }
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n < 0) {
        check.end();
      } else {
        check.check(b, off, n);
      }
      return n;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] buffer = new byte[(int) Math.min(n, 8192)];
      int read = read(buffer, 0, buffer.length);
      return Math.max(read, 0);
    }
  }
}

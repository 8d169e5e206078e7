package io.github.collabkit.cli;

import io.github.collabkit.CollabkitException;
import io.github.collabkit.csv.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The texts to resolve, read one at a time: the lines of a file, or one column of a CSV file with a
 * header row. Memory is bounded by the longest line ({@link #MAX_BYTES}); the input is strict UTF-8,
 * so a byte that is not UTF-8 stops the command, naming its line (in CSV, the line of the record being
 * read or the one before, as decoding runs ahead of parsing).
 */
abstract class TextSource {
  /** The longest line read: 4 MiB (a CSV record: {@link CsvReader#MAX_RECORD_CHARS}). */
  static final int MAX_BYTES = 4 << 20;

  /** One text and the line it starts on. */
  record Text(long line, String text) {}

  protected final String name;

  TextSource(String name) {
    this.name = name;
  }

  /** The next text, or null at the end; blank lines are returned as empty texts. */
  abstract Text next();

  /** The lines of a file, one text each. */
  static TextSource lines(InputStream in, String name) {
    return new Lines(in, name);
  }

  /** One column of a CSV file with a header: by header name (any case) or by 1-based number. */
  static TextSource column(Reader in, String name, String column) {
    return new Column(in, name, column);
  }

  Failure unreadable(long line, Exception e) {
    if (e instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException) {
      return Failure.unusable(name + ", line " + line + ": not UTF-8 (" + e.getClass().getSimpleName() + ")", e);
    }
    return Failure.unusable(name + ", line " + line + ": cannot be read: " + e.getMessage(), e);
  }

  /** Lines cut at the byte level and decoded one by one, so a byte that is not UTF-8 is named by its line. */
  private static final class Lines extends TextSource {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[1 << 16];
    private byte[] text = new byte[1 << 10];
    private int length;
    private int pos;
    private int limit;
    private long line;

    Lines(InputStream in, String name) {
      super(name);
      this.in = in;
    }

    @Override
    Text next() {
      length = 0;
      line++;
      try {
        if (!fill()) {
          return null;
        }
        while (fill()) {
          byte b = buffer[pos++];
          if (b == '\n') {
            break;
          }
          if (length == MAX_BYTES) {
            throw Failure.unusable(name + ", line " + line + ": longer than " + MAX_BYTES + " bytes");
          }
          if (length == text.length) {
            text = Arrays.copyOf(text, Math.min(MAX_BYTES, 2 * text.length));
          }
          text[length++] = b;
        }
      } catch (IOException e) {
        throw unreadable(line, e);
      }
      int start = line == 1 && length >= 3 && (text[0] & 0xff) == 0xef && (text[1] & 0xff) == 0xbb
          && (text[2] & 0xff) == 0xbf ? 3 : 0;
      int end = length > start && text[length - 1] == '\r' ? length - 1 : length;
      try {
        return new Text(line, decoder.decode(ByteBuffer.wrap(text, start, end - start)).toString());
      } catch (CharacterCodingException e) {
        throw unreadable(line, e);
      }
    }

    private boolean fill() throws IOException {
      if (pos < limit) {
        return true;
      }
      int n;
      do {
        n = in.read(buffer, 0, buffer.length);
      } while (n == 0);
      if (n < 0) {
        return false;
      }
      pos = 0;
      limit = n;
      return true;
    }
  }

  private static final class Column extends TextSource {
    private final CsvReader csv;
    private final int index;

    Column(Reader in, String name, String column) {
      super(name);
      this.csv = new CsvReader(in);
      List<String> header = read();
      if (header == null) {
        throw Failure.unusable(name + ": empty; expected a CSV header with column '" + column + "'");
      }
      this.index = index(header, column);
    }

    private int index(List<String> header, String column) {
      if (column.matches("[0-9]+")) {
        int n = Integer.parseInt(column);
        if (n < 1 || n > header.size()) {
          throw Failure.unusable(name + ", line 1: --column " + column + ": the header has " + header.size()
              + " column(s), numbered from 1");
        }
        return n - 1;
      }
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(column.strip().toLowerCase(Locale.ROOT))) {
          return i;
        }
      }
      throw Failure.unusable(name + ", line 1: --column '" + column + "': no such column; the header has "
          + header);
    }

    private List<String> read() {
      try {
        return csv.next();
      } catch (UncheckedIOException e) {
        throw unreadable(csv.line(), e);
      } catch (CollabkitException e) {
        throw Failure.unusable(name + ": " + e.getMessage(), e);
      }
    }

    @Override
    Text next() {
      List<String> row = read();
      if (row == null) {
        return null;
      }
      if (row.size() == 1 && row.get(0).isEmpty()) {
        return new Text(csv.line(), "");
      }
      if (index >= row.size()) {
        throw Failure.unusable(name + ", line " + csv.line() + ": the record has " + row.size()
            + " field(s), the column is number " + (index + 1));
      }
      return new Text(csv.line(), row.get(index));
    }
  }
}

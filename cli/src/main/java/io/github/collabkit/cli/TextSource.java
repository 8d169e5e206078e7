package io.github.collabkit.cli;

import io.github.collabkit.CollabkitException;
import io.github.collabkit.csv.CsvReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.Locale;

/**
 * The texts to resolve, read one at a time: the lines of a file, or one column of a CSV file with a
 * header row. Memory is bounded by the longest line ({@link #MAX_CHARS}); the input is strict UTF-8
 * (the reader given decodes with {@code REPORT}), so a byte that is not UTF-8 stops with its line.
 */
abstract class TextSource {
  /** The longest line read: 1 Mi characters. */
  static final int MAX_CHARS = CsvReader.MAX_RECORD_CHARS;

  /** One text and the line it starts on. */
  record Text(long line, String text) {}

  protected final String name;

  TextSource(String name) {
    this.name = name;
  }

  /** The next text, or null at the end; blank lines are returned as empty texts. */
  abstract Text next();

  /** The lines of a file, one text each. */
  static TextSource lines(Reader in, String name) {
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

  private static final class Lines extends TextSource {
    private final Reader in;
    private final char[] buffer = new char[1 << 14];
    private final StringBuilder text = new StringBuilder();
    private int pos;
    private int limit;
    private long line;
    private boolean started;

    Lines(Reader in, String name) {
      super(name);
      this.in = in;
    }

    @Override
    Text next() {
      text.setLength(0);
      line++;
      try {
        if (!fill()) {
          return null;
        }
        if (!started) {
          started = true;
          if (buffer[pos] == '\uFEFF') {
            pos++;
          }
        }
        while (fill()) {
          char c = buffer[pos++];
          if (c == '\n') {
            break;
          }
          if (text.length() == MAX_CHARS) {
            throw Failure.unusable(name + ", line " + line + ": longer than " + MAX_CHARS + " characters");
          }
          text.append(c);
        }
      } catch (IOException e) {
        throw unreadable(line, e);
      }
      int end = text.length();
      if (end > 0 && text.charAt(end - 1) == '\r') {
        end--;
      }
      return new Text(line, text.substring(0, end));
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

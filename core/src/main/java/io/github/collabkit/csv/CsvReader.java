package io.github.collabkit.csv;

import io.github.collabkit.CollabkitException;
import io.github.collabkit.internal.Checks;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180: fields separated by commas, quoted with {@code "} when they hold a comma,
 * a quote or a line break, quotes inside doubled) one record at a time, such as a file of
 * affiliation strings with a header row. A byte order mark at the start is skipped; records end
 * with LF or CRLF.
 *
 * <pre>{@code
 * try (Reader in = Files.newBufferedReader(Path.of("affiliations.csv"))) {
 *   CsvReader csv = new CsvReader(in);
 *   List<String> header = csv.next();
 *   for (List<String> row = csv.next(); row != null; row = csv.next()) {
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>Memory is bounded: a record longer than {@link #MAX_RECORD_CHARS} (an unclosed quote that
 * swallows the rest of the file) fails with a {@link CollabkitException} naming the line where the
 * record began. Not thread-safe; the reader is not closed.
 */
public final class CsvReader {
  /** The longest record read, in characters: 1 Mi. */
  public static final int MAX_RECORD_CHARS = 1 << 20;

  private final Reader in;
  private final char[] buffer = new char[1 << 14];
  private int pos;
  private int limit;
  private boolean started;
  private long line = 1;
  private long recordLine;

  /**
   * Creates a reader.
   *
   * @param in the CSV text; read through, not closed (wrap it in nothing: this reader buffers)
   */
  public CsvReader(Reader in) {
    this.in = Checks.argument("in", in);
  }

  /**
   * Parses a whole CSV text.
   *
   * @param text the CSV text, a byte order mark allowed
   * @return the records, the header first
   * @throws CollabkitException when a record is longer than {@link #MAX_RECORD_CHARS}
   */
  public static List<List<String>> parse(String text) {
    CsvReader reader = new CsvReader(new java.io.StringReader(text));
    List<List<String>> rows = new ArrayList<>();
    for (List<String> row = reader.next(); row != null; row = reader.next()) {
      rows.add(row);
    }
    return rows;
  }

  /**
   * Returns the 1-based line on which the record last returned by {@link #next()} began.
   *
   * @return the line, 0 before the first record
   */
  public long line() {
    return recordLine;
  }

  /**
   * Reads the next record.
   *
   * @return its fields, or {@code null} at the end of the input
   * @throws CollabkitException when the record is longer than {@link #MAX_RECORD_CHARS}
   * @throws UncheckedIOException when the input cannot be read
   */
  public List<String> next() {
    if (!started) {
      started = true;
      if (fill() && buffer[pos] == '\uFEFF') {
        pos++;
      }
    }
    if (!fill()) {
      return null;
    }
    recordLine = line;
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int chars = 0;
    while (fill()) {
      char c = buffer[pos++];
      if (++chars > MAX_RECORD_CHARS) {
        throw new CollabkitException("CSV line " + recordLine + ": the record is longer than " + MAX_RECORD_CHARS
            + " characters" + (quoted ? " (a quote that is never closed?)" : ""));
      }
      if (c == '\n') {
        line++;
      }
      if (quoted) {
        if (c == '"') {
          if (fill() && buffer[pos] == '"') {
            field.append('"');
            pos++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && fill() && buffer[pos] == '\n') {
          pos++;
          line++;
        }
        row.add(field.toString());
        return row;
      } else {
        field.append(c);
      }
    }
    row.add(field.toString());
    return row;
  }

  private boolean fill() {
    if (pos < limit) {
      return true;
    }
    try {
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
    } catch (IOException e) {
      throw new UncheckedIOException("CSV line " + line + ": cannot be read: " + e.getMessage(), e);
    }
  }
}

package io.github.collabkit.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Writes CSV records as RFC 4180 wants them: fields separated by commas, each record ended by CRLF,
 * a field quoted with {@code "} when it holds a comma, a quote, a CR or an LF, with quotes inside
 * doubled. Text is written as it is; nothing is escaped for spreadsheet formulas.
 *
 * <pre>{@code
 * CsvWriter csv = new CsvWriter(out);
 * csv.write(List.of("input", "ror"));
 * csv.write(List.of("LUMC, Leiden", "05xvt9f17"));   // "LUMC, Leiden",05xvt9f17
 * }</pre>
 *
 * <p>Not thread-safe; the writer is neither flushed nor closed.
 */
public final class CsvWriter {
  private static final String CRLF = "\r\n";
  private final Writer out;

  /**
   * Creates a CSV writer.
   *
   * @param out where the records go
   */
  public CsvWriter(Writer out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * Writes one record.
   *
   * @param fields the fields, in order
   * @throws IOException when the writer fails
   */
  public void write(List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(escape(fields.get(i)));
    }
    out.write(CRLF);
  }

  /**
   * Returns a field as RFC 4180 wants it: as it is, or quoted with inner quotes doubled when it
   * holds a comma, a quote, a CR or an LF.
   *
   * @param field the field's text
   * @return the field ready to write
   */
  static String escape(String field) {
    boolean quote = false;
    for (int i = 0; i < field.length() && !quote; i++) {
      char c = field.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }
}

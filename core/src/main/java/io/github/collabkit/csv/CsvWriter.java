package io.github.collabkit.csv;

import io.github.collabkit.internal.Checks;
import io.github.collabkit.model.InvalidValueException;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV records as RFC 4180 wants them: fields separated by commas (or another delimiter), each
 * record ended by CRLF, a field quoted with {@code "} when it holds the delimiter, a quote, a CR or
 * an LF, with quotes inside doubled. Safe by default: a field that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a CR, which a spreadsheet would run as a formula (OWASP "CSV
 * Injection"), gets a leading {@code '}; {@link #CsvWriter(Writer, char, boolean)} can turn that off.
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
  private final char delimiter;
  private final boolean formulaEscaping;

  /**
   * Creates a CSV writer with commas and formula escaping.
   *
   * @param out where the records go
   */
  public CsvWriter(Writer out) {
    this(out, ',', true);
  }

  /**
   * Creates a CSV writer with a delimiter of choice and formula escaping on or off.
   *
   * @param out where the records go
   * @param delimiter {@code ','}, {@code ';'} (what Excel expects in locales that write decimals
   *     with a comma, such as Dutch) or a tab
   * @param formulaEscaping whether a field a spreadsheet would run as a formula gets a leading {@code '}
   * @throws InvalidValueException for any other delimiter
   */
  public CsvWriter(Writer out, char delimiter, boolean formulaEscaping) {
    this.out = Checks.argument("out", out);
    this.delimiter = checkDelimiter(delimiter);
    this.formulaEscaping = formulaEscaping;
  }

  static char checkDelimiter(char delimiter) {
    if (delimiter != ',' && delimiter != ';' && delimiter != '\t') {
      throw new InvalidValueException("csv", null, "delimiter", "must be ',', ';' or a tab, got '"
          + (Character.isISOControl(delimiter) ? String.format("\\u%04x", (int) delimiter) : String.valueOf(delimiter)) + "'");
    }
    return delimiter;
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
        out.write(delimiter);
      }
      out.write(escape(fields.get(i), delimiter, formulaEscaping));
    }
    out.write(CRLF);
  }

  /**
   * Returns a field as RFC 4180 wants it: as it is, or quoted with inner quotes doubled when it
   * holds the delimiter, a quote, a CR or an LF; with formula escaping, a field that starts with
   * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a CR first gets a leading {@code '}.
   *
   * @param field the field's text
   * @param delimiter the field delimiter
   * @param formulaEscaping whether to neutralise formulas
   * @return the field ready to write
   */
  static String escape(String field, char delimiter, boolean formulaEscaping) {
    if (formulaEscaping && !field.isEmpty()) {
      char first = field.charAt(0);
      if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
        field = "'" + field;
      }
    }
    boolean quote = false;
    for (int i = 0; i < field.length() && !quote; i++) {
      char c = field.charAt(i);
      quote = c == delimiter || c == '"' || c == '\r' || c == '\n';
    }
    return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }
}

package io.github.collabkit.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader written for the tests, independent of the writer: records end with CRLF,
 * a quoted field may hold commas, quotes (doubled) and line breaks, and anything else is an error.
 */
final class Rfc4180 {

  private Rfc4180() {}

  static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= text.length()) {
            throw new IllegalArgumentException("unterminated quoted field");
          }
          char c = text.charAt(i++);
          if (c == '"') {
            if (i < text.length() && text.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(c);
          }
        }
      } else {
        while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
          char c = text.charAt(i++);
          if (c == '"' || c == '\n') {
            throw new IllegalArgumentException("bare " + (c == '"' ? "quote" : "LF") + " at " + (i - 1));
          }
          field.append(c);
        }
      }
      record.add(field.toString());
      field.setLength(0);
      if (i >= text.length()) {
        throw new IllegalArgumentException("last record does not end with CRLF");
      }
      char c = text.charAt(i);
      if (c == ',') {
        i++;
      } else if (text.startsWith("\r\n", i)) {
        i += 2;
        records.add(record);
        record = new ArrayList<>();
      } else {
        throw new IllegalArgumentException("expected ',' or CRLF at " + i + ", got '" + c + "'");
      }
    }
    return records;
  }
}

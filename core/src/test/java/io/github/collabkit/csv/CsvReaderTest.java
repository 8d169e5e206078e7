package io.github.collabkit.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.CollabkitException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  @Test
  void readsQuotedFieldsDoubledQuotesAndLineBreaksInsideQuotes() {
    assertEquals(List.of(List.of("id", "affiliation"), List.of("1", "LUMC, Leiden"), List.of("2", "say \"hi\""),
        List.of("3", "two\nlines")), CsvReader.parse("\uFEFFid,affiliation\r\n1,\"LUMC, Leiden\"\n2,\"say \"\"hi\"\"\"\n"
        + "3,\"two\nlines\""));
  }

  @Test
  void tellsTheLineEachRecordBeginsOn() {
    CsvReader csv = new CsvReader(new StringReader("a\n\"b\nc\"\nd\r\ne"));
    assertEquals(List.of("a"), csv.next());
    assertEquals(1, csv.line());
    assertEquals(List.of("b\nc"), csv.next());
    assertEquals(2, csv.line());
    assertEquals(List.of("d"), csv.next());
    assertEquals(4, csv.line());
    assertEquals(List.of("e"), csv.next());
    assertEquals(5, csv.line());
    assertNull(csv.next());
  }

  @Test
  void readsWhatTheWriterWrites() throws IOException {
    List<List<String>> rows = List.of(List.of("a,b", "\"q\"", ""), List.of("x\r\ny", "plain", "z"));
    StringWriter out = new StringWriter();
    CsvWriter writer = new CsvWriter(out);
    for (List<String> row : rows) {
      writer.write(row);
    }
    assertEquals(rows, CsvReader.parse(out.toString()));
  }

  @Test
  void rejectsAQuoteThatIsNeverClosedWithItsLine() {
    String text = "a\nb\n\"never closed," + "x".repeat(CsvReader.MAX_RECORD_CHARS);
    CsvReader csv = new CsvReader(new StringReader(text));
    csv.next();
    csv.next();
    CollabkitException e = assertThrows(CollabkitException.class, csv::next);
    assertTrue(e.getMessage().startsWith("CSV line 3: the record is longer than"), e.getMessage());
    assertTrue(e.getMessage().contains("never closed"), e.getMessage());
  }
}

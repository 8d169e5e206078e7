package io.github.collabkit.json.ror;

import io.github.collabkit.model.IdentifierScheme;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.LongFunction;

/** ROR v2 records made up for tests, with valid ids, and streams of many of them made on the fly. */
public final class RorRecordFixture {
  private static final String DIGITS = "0123456789abcdefghjkmnpqrstvwxyz";

  private RorRecordFixture() {}

  /** The n-th made-up ROR id: '0', six Crockford base32 digits of n, and the checksum that fits. */
  static String rorId(long n) {
    StringBuilder sb = new StringBuilder();
    long v = n;
    for (int i = 0; i < 6; i++) {
      sb.insert(0, DIGITS.charAt((int) (v & 31)));
      v >>>= 5;
    }
    String base = "0" + sb;
    for (int c = 0; c < 100; c++) {
      String id = base + (c < 10 ? "0" + c : String.valueOf(c));
      if (IdentifierScheme.ROR.problem(id).isEmpty()) {
        return id;
      }
    }
    throw new AssertionError("no checksum for " + base);
  }

  /** A record shaped like ROR's v2 records, with a name, two types, a location and identifiers. */
  static String record(String id, String name) {
    return "{\"id\":\"https://ror.org/" + id + "\",\"status\":\"active\",\"established\":1990,"
        + "\"types\":[\"education\",\"funder\"],"
        + "\"names\":[{\"value\":\"" + name + "\",\"types\":[\"ror_display\",\"label\"],\"lang\":\"en\"},"
        + "{\"value\":\"MU\",\"types\":[\"acronym\"],\"lang\":null}],"
        + "\"locations\":[{\"geonames_id\":2751773,\"geonames_details\":{\"country_code\":\"NL\","
        + "\"country_name\":\"The Netherlands\",\"lat\":52.15833,\"lng\":4.49306,\"name\":\"Leiden\"}}],"
        + "\"domains\":[\"example.nl\"],"
        + "\"links\":[{\"type\":\"website\",\"value\":\"https://www.example.nl\"}],"
        + "\"external_ids\":[{\"type\":\"wikidata\",\"all\":[\"Q" + (1000 + id.hashCode() % 1000 + 1000) + "\"],"
        + "\"preferred\":null}],\"relationships\":[],"
        + "\"admin\":{\"created\":{\"date\":\"2020-01-01\",\"schema_version\":\"1.0\"},"
        + "\"last_modified\":{\"date\":\"2024-12-11\",\"schema_version\":\"2.1\"}}}";
  }

  /** The n-th made-up record. */
  static String record(long n) {
    return record(rorId(n), "Made-up University " + n);
  }

  /**
   * A stream of parts made one at a time, so that a test can read far more than the heap holds (the
   * json package's heap tests use it too).
   */
  public static InputStream generated(long parts, LongFunction<String> part) {
    return new InputStream() {
      private long next;
      private byte[] current = new byte[0];
      private int pos;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        while (pos == current.length) {
          if (next == parts) {
            return -1;
          }
          current = part.apply(next++).getBytes(StandardCharsets.UTF_8);
          pos = 0;
        }
        int n = Math.min(len, current.length - pos);
        System.arraycopy(current, pos, b, off, n);
        pos += n;
        return n;
      }
    };
  }

  /** A JSON array of n made-up records, one a line, made as it is read. */
  static InputStream array(long n) {
    return generated(n + 2, i -> i == 0 ? "[\n" : i == n + 1 ? "]\n" : record(i - 1) + (i < n ? ",\n" : "\n"));
  }
}

package io.github.collabkit.json.ror;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a byte stream of ROR records into one byte chunk per record, without parsing them: the
 * elements of one JSON array, one record a line (JSON lines), or a single record. A byte order
 * mark at the start is skipped. Memory is bounded by the record limit: a record larger than it is
 * skipped to its end without being kept, and reported. A read failure (a truncated gzip or zip)
 * ends the stream with a problem; the records before it have already been returned.
 *
 * <p>Not thread-safe; {@link #next()} returns chunks until it returns {@code null}.
 */
final class RecordSplitter {
  /** A record's bytes and where it starts, or a problem found while cutting. */
  static final class Chunk {
    final byte[] bytes;
    final int length;
    final long index;
    final long line;
    final long column;
    /** What was wrong, without the position; null for a record. */
    final String problem;
    /** Whether the problem ends the input (a read failure, an unclosed array). */
    final boolean ended;

    Chunk(byte[] bytes, int length, long index, long line, long column, String problem, boolean ended) {
      this.bytes = bytes;
      this.length = length;
      this.index = index;
      this.line = line;
      this.column = column;
      this.problem = problem;
      this.ended = ended;
    }

    boolean isProblem() {
      return problem != null;
    }
  }

  private enum State { START, BEFORE_ELEMENT, AFTER_ARRAY, DONE }

  private final InputStream in;
  private final boolean lines;
  private final int maxRecordBytes;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int limit;
  private boolean eof;
  private String readFailure;

  private long line = 1;
  private long column = 1;
  private long records;
  private byte[] record = new byte[1 << 12];
  private int recordLength;
  private boolean overflow;
  private State state = State.START;
  private boolean arrayMode;
  /** The problem of an unclosed array, returned after its last record. */
  private String pendingEnd;

  /**
   * Creates a splitter.
   *
   * @param in the bytes; read through, not closed
   * @param lines whether records are one a line; else one array or one record
   * @param maxRecordBytes the largest record kept
   */
  RecordSplitter(InputStream in, boolean lines, int maxRecordBytes) {
    this.in = in;
    this.lines = lines;
    this.maxRecordBytes = maxRecordBytes;
  }

  /**
   * Returns the next record or problem.
   *
   * @return the chunk, or {@code null} at the end
   */
  Chunk next() {
    if (pendingEnd != null) {
      Chunk c = new Chunk(null, 0, records, line, column, pendingEnd, true);
      pendingEnd = null;
      return c;
    }
    if (state == State.DONE) {
      return null;
    }
    if (state == State.START) {
      skipByteOrderMark();
      if (!lines) {
        int first = peekNonWhitespace();
        arrayMode = first == '[';
        if (arrayMode) {
          take();
        }
      }
      state = State.BEFORE_ELEMENT;
    }
    if (state == State.AFTER_ARRAY) {
      return afterArray();
    }
    return lines ? nextLine() : arrayMode ? nextElement() : single();
  }

  private Chunk nextLine() {
    while (true) {
      int b = peek();
      if (b < 0) {
        return end(readFailure);
      }
      long startLine = line;
      records++;
      startRecord();
      boolean blank = true;
      while ((b = take()) >= 0 && b != '\n') {
        if (b != '\r' && b != ' ' && b != '\t') {
          blank = false;
        }
        append(b);
      }
      if (b < 0 && readFailure != null) {
        return end(readFailure);
      }
      if (blank) {
        records--;
        if (b < 0) {
          return end(readFailure);
        }
        continue;
      }
      while (recordLength > 0 && (record[recordLength - 1] == '\r' || record[recordLength - 1] == ' ')) {
        recordLength--;
      }
      return chunk(records, startLine, 1);
    }
  }

  private Chunk nextElement() {
    int b = peekNonWhitespace();
    if (b < 0) {
      return end(readFailure != null ? readFailure : "the array is not closed: the input ends after "
          + records + " record(s) (truncated?)");
    }
    if (b == ']') {
      take();
      state = State.AFTER_ARRAY;
      return afterArray();
    }
    long startLine = line;
    long startColumn = column;
    records++;
    startRecord();
    int depth = 0;
    boolean inString = false;
    boolean escape = false;
    while (true) {
      b = take();
      if (b < 0) {
        if (readFailure != null) {
          return end(readFailure);
        }
        // The array is not closed; the last record may still be complete.
        state = State.DONE;
        pendingEnd = "the array is not closed: the input ends inside or after record " + records + " (truncated?)";
        return chunk(records, startLine, startColumn);
      }
      if (inString) {
        if (escape) {
          escape = false;
        } else if (b == '\\') {
          escape = true;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '{' || b == '[') {
        depth++;
      } else if ((b == '}' || b == ']') && depth > 0) {
        depth--;
      } else if (depth == 0 && (b == ',' || b == ']')) {
        if (b == ']') {
          state = State.AFTER_ARRAY;
        }
        return chunk(records, startLine, startColumn);
      }
      append(b);
    }
  }

  private Chunk single() {
    if (peekNonWhitespace() < 0) {
      return end(readFailure);
    }
    long startLine = line;
    long startColumn = column;
    records++;
    startRecord();
    for (int b = take(); b >= 0; b = take()) {
      append(b);
    }
    if (readFailure != null) {
      return end(readFailure);
    }
    state = State.DONE;
    return chunk(1, startLine, startColumn);
  }

  private Chunk afterArray() {
    int b = peekNonWhitespace();
    if (b < 0) {
      return end(readFailure);
    }
    return end("content after the end of the array, at column " + column + ", is ignored");
  }

  private Chunk end(String problem) {
    state = State.DONE;
    return problem == null ? null : new Chunk(null, 0, records, line, column, problem, true);
  }

  private Chunk chunk(long index, long startLine, long startColumn) {
    if (overflow) {
      return new Chunk(null, 0, index, startLine, startColumn, "larger than the limit of " + maxRecordBytes
          + " bytes a record", false);
    }
    return new Chunk(record, recordLength, index, startLine, startColumn, null, false);
  }

  private void startRecord() {
    recordLength = 0;
    overflow = false;
    if (record.length > (1 << 20)) {
      record = new byte[1 << 12]; // do not keep a large buffer for the rest of the stream
    }
  }

  private void append(int b) {
    if (overflow) {
      return;
    }
    if (recordLength == maxRecordBytes) {
      overflow = true;
      return;
    }
    if (recordLength == record.length) {
      record = Arrays.copyOf(record, (int) Math.min((long) maxRecordBytes, 2L * record.length));
    }
    record[recordLength++] = (byte) b;
  }

  private void skipByteOrderMark() {
    if (fill() && limit - pos >= 3 && (buffer[pos] & 0xff) == 0xef && (buffer[pos + 1] & 0xff) == 0xbb
        && (buffer[pos + 2] & 0xff) == 0xbf) {
      pos += 3;
    } else if (limit - pos < 3 && limit - pos > 0 && (buffer[pos] & 0xff) == 0xef) {
      // a stream shorter than a mark: left to the parser to report
      return;
    }
  }

  private int peekNonWhitespace() {
    while (true) {
      int b = peek();
      if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
        take();
      } else {
        return b;
      }
    }
  }

  private int peek() {
    return fill() ? buffer[pos] & 0xff : -1;
  }

  private int take() {
    if (!fill()) {
      return -1;
    }
    int b = buffer[pos++] & 0xff;
    if (b == '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
    return b;
  }

  private boolean fill() {
    if (pos < limit) {
      return true;
    }
    if (eof) {
      return false;
    }
    try {
      int n;
      do {
        n = in.read(buffer, 0, buffer.length);
      } while (n == 0);
      if (n < 0) {
        eof = true;
        return false;
      }
      pos = 0;
      limit = n;
      return true;
    } catch (IOException e) {
      eof = true;
      readFailure = "the input cannot be read further (" + e.getMessage() + ")";
      return false;
    }
  }
}

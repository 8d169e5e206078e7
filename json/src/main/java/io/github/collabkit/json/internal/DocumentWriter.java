package io.github.collabkit.json.internal;

import io.github.collabkit.json.CollabkitJsonException;
import io.github.collabkit.json.JsonRule;
import io.github.collabkit.model.Landscape;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes documents with one mapper so that they can always be read back by it: a dataset is
 * written indented only when the indented form fits within the read limit, else on one line, and a
 * dataset too long even then fails before anything is written. Documents up to {@value #ONE_PASS}
 * bytes are written into memory in one pass and copied out; longer ones are measured first. The
 * caller's stream is never closed. Errors are translated by {@link WriteFailures}.
 */
public final class DocumentWriter {

  /** Documents up to this many bytes are written into memory in one pass and then copied out. */
  static final int ONE_PASS = 1 << 20;

  private final JsonMapper mapper;
  private final boolean prettyPrint;
  private final long limit;

  /**
   * Creates a writer.
   *
   * @param mapper the mapper, whose read limits say how long a document may be
   * @param prettyPrint whether to indent when the document fits
   */
  public DocumentWriter(JsonMapper mapper, boolean prettyPrint) {
    this.mapper = mapper;
    this.prettyPrint = prettyPrint;
    long max = mapper.tokenStreamFactory().streamReadConstraints().getMaxDocumentLength();
    this.limit = max <= 0 ? Long.MAX_VALUE : max;
  }

  /**
   * Writes a dataset document ending with a newline, indented when it fits.
   *
   * @param landscape the dataset
   * @param out where to write UTF-8; left open
   * @throws CollabkitJsonException with rule {@link JsonRule#IO} when writing fails, or {@link
   *     JsonRule#LIMIT} when the document would be longer than the read limit
   */
  public void writeLandscape(Landscape landscape, OutputStream out) {
    Consumer<JsonGenerator> body = g -> {
      Documents.writeLandscape(g, landscape);
      g.writeRaw('\n');
    };
    Bounded first = new Bounded(Math.min(limit, ONE_PASS));
    if (fits(first, prettyPrint, body)) {
      first.copyTo(out);
      return;
    }
    boolean pretty = prettyPrint && fits(new Bounded(limit), true, body);
    if (!pretty && !fits(new Bounded(limit), false, body)) {
      throw new CollabkitJsonException("", -1, -1, JsonRule.LIMIT, "the dataset '" + landscape.name()
          + "' would be longer than " + limit + " bytes even on one line, over the read limit of this"
          + " CollabkitJson; nothing was written (raise maxDocumentLength, or write newline-delimited JSON)", null);
    }
    write(out, pretty, body);
  }

  /**
   * Writes with a generator, indented when this writer pretty-prints.
   *
   * @param out where to write UTF-8; left open
   * @param body what to write
   * @throws CollabkitJsonException with rule {@link JsonRule#IO} when writing fails
   */
  public void write(OutputStream out, Consumer<JsonGenerator> body) {
    write(out, prettyPrint, body);
  }

  private void write(OutputStream out, boolean pretty, Consumer<JsonGenerator> body) {
    ObjectWriter writer = pretty
        ? mapper.writer().with(SerializationFeature.INDENT_OUTPUT)
        : mapper.writer().without(SerializationFeature.INDENT_OUTPUT);
    try (JsonGenerator g = writer.createGenerator(new NonClosing(out))) {
      body.accept(g);
    } catch (JacksonException e) {
      throw WriteFailures.of(e);
    }
  }

  /** Writes into {@code into}; returns false when it overflowed, having stopped there. */
  private boolean fits(Bounded into, boolean pretty, Consumer<JsonGenerator> body) {
    try {
      write(into, pretty, body);
      return true;
    } catch (Bounded.Overflow e) {
      return false;
    }
  }

  /** Keeps what is written up to a limit, or only counts it past the one-pass size; stops at the limit. */
  private static final class Bounded extends OutputStream {
    /** Thrown once to stop a write that passed the limit; carries no stack. */
    static final class Overflow extends RuntimeException {
      private static final long serialVersionUID = 1L;

      Overflow() {
        super("over the limit", null, false, false);
      }
    }

    private final long limit;
    private final ByteArrayOutputStream kept;
    private long count;
    /** Set when the limit was passed: what the generator flushes while closing is dropped. */
    private boolean overflowed;

    Bounded(long limit) {
      this.limit = limit;
      this.kept = limit <= ONE_PASS ? new ByteArrayOutputStream() : null;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      if (overflowed) {
        return;
      }
      count += len;
      if (count > limit) {
        overflowed = true;
        throw new Overflow();
      }
      if (kept != null) {
        kept.write(b, off, len);
      }
    }

    void copyTo(OutputStream out) {
      try {
        kept.writeTo(out);
      } catch (IOException e) {
        throw WriteFailures.of(e);
      }
    }
  }

  /** Keeps a caller's stream open when the generator closes. */
  private static final class NonClosing extends FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}

package io.github.collabkit.json;

import io.github.collabkit.json.internal.Documents;
import io.github.collabkit.json.internal.ModelCodecs;
import io.github.collabkit.json.internal.ModelReader;
import io.github.collabkit.json.internal.ObjectCodec;
import io.github.collabkit.json.internal.StrictUtf8;
import io.github.collabkit.model.Concept;
import io.github.collabkit.model.Event;
import io.github.collabkit.model.Infrastructure;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.LocalizedText;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.Partnership;
import io.github.collabkit.model.Person;
import io.github.collabkit.model.Source;
import io.github.collabkit.model.Strategy;
import io.github.collabkit.validate.LandscapeValidator;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads a dataset written as newline-delimited JSON by {@link LandscapeLineWriter}, one entity at
 * a time, holding nothing but the line being read.
 *
 * <pre>{@code
 * try (LandscapeLineReader lines = CollabkitJson.standard().lineReader(in)) {
 *   while (lines.hasNext()) {
 *     Object entity = lines.next(); // an Organization, Partnership, ...
 *   }
 * }
 * }</pre>
 *
 * <p>Each line is read on its own: a bad line throws {@link CollabkitJsonException} from {@link
 * #next()} with its 1-based line number and a JSON Pointer relative to that line, and the next call
 * goes on with the following line, so one bad line never hides a good one. {@link #readAll()} stops
 * at the first bad line; {@link #readAllCollecting()} keeps every good line and reports each bad one.
 * Blank lines are skipped.
 *
 * <p>Each line is parsed as it streams in, never buffered whole. A line may be at most as long as
 * the read limits' document length ({@link CollabkitJson#DEFAULT_READ_CONSTRAINTS}: 64 MiB); a
 * longer line fails with rule {@link JsonRule#LIMIT} as soon as the limit is passed and the rest of
 * it is skipped. Each line must be well-formed UTF-8. Obtain one from {@link
 * CollabkitJson#lineReader}; not thread-safe.
 */
public final class LandscapeLineReader implements Closeable, Iterator<Object> {
  private static final int CHUNK = 64 * 1024;

  private final InputStream in;
  private final CollabkitJson json;
  private final long maxLineLength;
  private final Landscape header;

  private final byte[] chunk = new byte[CHUNK];
  private int chunkPosition;
  private int chunkLimit;
  private boolean endOfInput;

  /** Whether the input is inside a line that was started and not read to its end. */
  private boolean inLine;
  /** The number of the line the input is at. */
  private long lineNumber = 1;
  private long pendingNumber;
  private boolean pending;

  LandscapeLineReader(InputStream in, CollabkitJson json, long maxLineLength) {
    this.in = in;
    this.json = json;
    this.maxLineLength = maxLineLength;
    advance();
    if (!pending) {
      throw new CollabkitJsonException("", 1, 1, JsonRule.SYNTAX,
          "the input is empty; a newline-delimited dataset starts with a header line", null);
    }
    Landscape read;
    try {
      read = parse(pendingNumber, p -> {
        ModelReader r = json.reader(false, null);
        p.nextToken();
        Landscape h = Documents.readLandscape(r, p);
        if (!h.organizations().isEmpty() || !h.people().isEmpty() || !h.partnerships().isEmpty()
            || !h.infrastructures().isEmpty() || !h.strategies().isEmpty()
            || !h.sources().isEmpty() || !h.concepts().isEmpty() || !h.events().isEmpty()) {
          throw r.fail(p, JsonRule.UNKNOWN_PROPERTY, "the header line holds only formatVersion and the dataset's own properties (name, description, license, url, creators);"
              + " entities go on lines of their own");
        }
        return h;
      });
    } finally {
      advance();
    }
    this.header = read;
  }

  /**
   * Returns the dataset's name from the header line.
   *
   * @return the name
   */
  public String name() {
    return header.name();
  }

  /**
   * Returns the dataset's description from the header line.
   *
   * @return the description, empty when not given
   */
  public LocalizedText description() {
    return header.description();
  }

  /**
   * Returns the header line as a dataset without entities: its name, description, licence, web
   * page and creators.
   *
   * @return the header
   */
  public Landscape header() {
    return header;
  }

  /**
   * Tells whether another non-blank line follows; it is not parsed yet.
   *
   * @return true when {@link #next()} has a line to read
   * @throws CollabkitJsonException with rule {@link JsonRule#IO} when the stream fails
   */
  @Override
  public boolean hasNext() {
    return pending;
  }

  /**
   * Returns the line number of the line {@link #next()} reads next.
   *
   * @return the 1-based line number, or -1 when there are no more lines
   */
  public long nextLineNumber() {
    return pending ? pendingNumber : -1;
  }

  /**
   * Reads the next line's entity. When the line cannot be read this throws, and the following call
   * reads the line after it.
   *
   * @return a {@link Source}, {@link Concept}, {@link Organization}, {@link Person}, {@link
   *     Partnership}, {@link Infrastructure} or {@link Strategy}
   * @throws NoSuchElementException when there are no more lines
   * @throws CollabkitJsonException when the line cannot be read, naming its line number
   */
  @Override
  public Object next() {
    return next(json.reader(false, null));
  }

  /** Reads the pending line with {@code r}; a collecting {@code r} gets its problems relocated to the line. */
  private Object next(ModelReader r) {
    if (!pending) {
      throw new NoSuchElementException("no more entities");
    }
    long number = pendingNumber;
    Object entity;
    try {
      entity = parse(number, p -> entity(r, p));
    } finally {
      advance();
    }
    return entity;
  }

  private static Object entity(ModelReader r, JsonParser p) {
    JsonToken t = p.nextToken();
    if (t != JsonToken.START_OBJECT) {
      throw r.fail(p, JsonRule.WRONG_TYPE, "expected an entity (an object) on each line, got " + t);
    }
    String type = p.nextName();
    ObjectCodec<?, ?> codec = type == null ? null : ModelCodecs.ENTITIES.get(type);
    if (codec == null) {
      throw r.fail(p, JsonRule.UNKNOWN_PROPERTY, "a line holds one entity as {\"organization\": {...}}; "
          + (type == null ? "got an empty object" : "unknown entity type '" + type + "'") + "; allowed: "
          + String.join(", ", new TreeSet<>(ModelCodecs.ENTITIES.keySet())));
    }
    p.nextToken();
    Object entity = codec.read(r, p);
    if (p.nextToken() != JsonToken.END_OBJECT) {
      throw r.fail(p, JsonRule.UNKNOWN_PROPERTY, "a line holds exactly one entity; got '" + p.currentName()
          + "' after the " + type);
    }
    return entity;
  }

  /** Parses the pending line as it streams in, relocating every problem to its line number. */
  private <T> T parse(long number, java.util.function.Function<JsonParser, T> body) {
    try (JsonParser p = json.mapper().createParser(StrictUtf8.wrap(new Line()))) {
      try {
        T value = body.apply(p);
        if (p.nextToken() != null) {
          throw new CollabkitJsonException("", 1, p.currentTokenLocation().getColumnNr(), JsonRule.SYNTAX,
              "unexpected content after the line's object", null);
        }
        return value;
      } catch (JacksonException e) {
        throw ModelReader.fromJackson(e, p);
      }
    } catch (JacksonException e) {
      throw relocate(ModelReader.fromJackson(e, null), number);
    } catch (CollabkitJsonException e) {
      throw relocate(e, number);
    }
  }

  static CollabkitJsonException relocate(CollabkitJsonException e, long number) {
    return new CollabkitJsonException(e.pointer(), (int) Math.min(number, Integer.MAX_VALUE), e.column(), e.rule(),
        e.detail(), e.getCause() == null ? e : e.getCause());
  }

  static JsonProblem relocate(JsonProblem w, long number) {
    return new JsonProblem(w.pointer(), (int) Math.min(number, Integer.MAX_VALUE), w.column(), w.rule(),
        w.severity(), w.message());
  }

  /**
   * Reads every remaining line into a dataset, for files that fit in memory; stops at the first bad
   * line.
   *
   * @return the dataset with the header's properties
   * @throws CollabkitJsonException at the first line that cannot be read, naming its line number
   */
  public Landscape readAll() {
    Landscape.Builder b = Landscape.builder().from(header);
    while (hasNext()) {
      add(b, next());
    }
    return b.build();
  }

  /**
   * Reads every remaining line into a dataset, keeping every line that can be read and reporting
   * each one that cannot, with its line number, as an error; in lenient mode skipped properties
   * are warnings. As many problems are kept as {@link CollabkitJson.Builder#maxProblems} allows,
   * then one counts the rest. Never throws for bad data.
   *
   * @return the dataset of every good line, the problems, and the validator's report on the dataset
   * @throws CollabkitJsonException with rule {@link JsonRule#IO} only when the stream fails
   */
  public LandscapeReadResult readAllCollecting() {
    Landscape.Builder b = Landscape.builder().from(header);
    ModelReader problems = json.reader(true, null);
    while (hasNext()) {
      long number = pendingNumber;
      ModelReader line = json.reader(true, null);
      try {
        add(b, next(line));
      } catch (CollabkitJsonException e) {
        if (e.rule() == JsonRule.IO) {
          throw e;
        }
        problems.report(e.problem());
      } catch (RuntimeException e) {
        if (!ModelReader.isSkipped(e)) {
          throw e;
        }
        // the entity could not be built: its problems are in the line's reader
      }
      for (JsonProblem p : line.problems()) {
        problems.report(relocate(p, number));
      }
    }
    Landscape landscape = b.build();
    return new LandscapeReadResult(landscape, problems.problems(), LandscapeValidator.create().validate(landscape));
  }

  private static void add(Landscape.Builder b, Object e) {
    if (e instanceof Organization) {
      b.addOrganization((Organization) e);
    } else if (e instanceof Person) {
      b.addPerson((Person) e);
    } else if (e instanceof Partnership) {
      b.addPartnership((Partnership) e);
    } else if (e instanceof Infrastructure) {
      b.addInfrastructure((Infrastructure) e);
    } else if (e instanceof Strategy) {
      b.addStrategy((Strategy) e);
    } else if (e instanceof Source) {
      b.addSource((Source) e);
    } else if (e instanceof Event) {
      b.addEvent((Event) e);
    } else {
      b.addConcept((Concept) e);
    }
  }

  // ---- splitting lines -------------------------------------------------------------------------

  /**
   * Skips what is left of the current line and any blank lines after it, up to the first byte of the
   * next line with content; sets {@code pending} false at the end of the input.
   */
  private void advance() {
    if (pending) {
      skipRestOfLine();
    }
    while (true) {
      if (chunkPosition == chunkLimit && !fill()) {
        pending = false;
        return;
      }
      byte c = chunk[chunkPosition];
      if (c == '\n') {
        lineNumber++;
        chunkPosition++;
      } else if (c == ' ' || c == '\t' || c == '\r') {
        chunkPosition++;
      } else {
        pending = true;
        pendingNumber = lineNumber;
        return;
      }
    }
  }

  /** Consumes the input up to and including the end of the current line. */
  private void skipRestOfLine() {
    while (inLine) {
      if (chunkPosition == chunkLimit && !fill()) {
        inLine = false;
        return;
      }
      int end = chunkPosition;
      while (end < chunkLimit && chunk[end] != '\n') {
        end++;
      }
      chunkPosition = end;
      if (end < chunkLimit) {
        chunkPosition++;
        lineNumber++;
        inLine = false;
      }
    }
  }

  /** The current line as a stream: ends before its newline, which it consumes. */
  private final class Line extends InputStream {
    private long length;

    Line() {
      inLine = true;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (!inLine || len == 0) {
        return inLine ? 0 : -1;
      }
      if (chunkPosition == chunkLimit && !fill()) {
        inLine = false;
        return -1;
      }
      int end = chunkPosition;
      int stop = Math.min(chunkLimit, chunkPosition + len);
      while (end < stop && chunk[end] != '\n') {
        end++;
      }
      int n = end - chunkPosition;
      length += n;
      if (length > maxLineLength) {
        throw new CollabkitJsonException("", 1, -1, JsonRule.LIMIT, "the line is longer than the limit of "
            + maxLineLength + " bytes a line (the read limits' document length); the rest of it was skipped", null);
      }
      System.arraycopy(chunk, chunkPosition, b, off, n);
      chunkPosition = end;
      if (end < chunkLimit && chunk[end] == '\n') {
        chunkPosition++;
        lineNumber++;
        inLine = false;
        if (n == 0) {
          return -1;
        }
      }
      return n;
    }
  }

  private boolean fill() {
    if (endOfInput) {
      return false;
    }
    try {
      int n = in.read(chunk, 0, CHUNK);
      if (n < 0) {
        endOfInput = true;
        return false;
      }
      chunkPosition = 0;
      chunkLimit = n;
      return n > 0 || fill();
    } catch (IOException e) {
      throw new CollabkitJsonException("", (int) Math.min(lineNumber, Integer.MAX_VALUE), -1, JsonRule.IO,
          "cannot read line " + lineNumber + ": " + e, e);
    }
  }

  /**
   * Closes the stream.
   *
   * @throws CollabkitJsonException with rule {@link JsonRule#IO} when closing fails
   */
  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new CollabkitJsonException("", -1, -1, JsonRule.IO, "cannot close the stream: " + e, e);
    }
  }
}

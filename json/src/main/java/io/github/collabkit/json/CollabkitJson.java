package io.github.collabkit.json;

import io.github.collabkit.CollabkitException;
import io.github.collabkit.json.data.BundledLandscape;
import io.github.collabkit.json.internal.DocumentWriter;
import io.github.collabkit.json.internal.Documents;
import io.github.collabkit.json.internal.JsonMappers;
import io.github.collabkit.json.internal.ModelCodecs;
import io.github.collabkit.json.internal.ModelReader;
import io.github.collabkit.json.internal.ObjectCodec;
import io.github.collabkit.json.internal.StrictUtf8;
import io.github.collabkit.json.internal.WriteFailures;
import io.github.collabkit.json.schema.Schemas;
import io.github.collabkit.model.InvalidValueException;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.NullValueException;
import io.github.collabkit.model.UnknownCodeException;
import io.github.collabkit.validate.LandscapeValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The front door of collabkit's JSON: reads and writes whole datasets, single entities and
 * newline-delimited streams, with a {@link JsonMapper} that is configured once and reused.
 *
 * <pre>{@code
 * CollabkitJson json = CollabkitJson.standard();
 * Landscape landscape = json.readLandscape(Path.of("dutch-umc-landscape.json"));
 * json.writeLandscape(landscape, Path.of("copy.json"));
 * Organization lumc = json.read("{\"key\": \"lumc\", ...}", Organization.class);
 * }</pre>
 *
 * <p>Reading is strict: the first problem throws a {@link CollabkitJsonException} naming the JSON
 * Pointer, line, column and {@linkplain JsonRule rule}; {@link #readLandscapeCollecting} instead
 * returns every problem at once. Strict reading checks the JSON and each value, not the references
 * between entities: a party naming an organization the document lacks reads without error. Check
 * references with {@link io.github.collabkit.validate.LandscapeValidator}, which {@link
 * #readLandscapeCollecting} runs for you. Read limits ({@link #DEFAULT_READ_CONSTRAINTS}) guard against
 * hostile documents; they are set on this mapper only, never globally. Duplicate properties,
 * invalid UTF-8, {@code NaN} and infinities are rejected; a UTF-8 byte order mark is accepted.
 * Instances are immutable and thread-safe.
 */
public final class CollabkitJson {

  /** The format version written at the top of every dataset document. */
  public static final String FORMAT_VERSION = Documents.FORMAT_VERSION;

  /**
   * The resource name of the bundled dataset of the Dutch umc's, without a leading slash, as {@link
   * ClassLoader#getResource} and {@link Module#getResourceAsStream} take it; the package is open, so
   * this works on the module path as on the class path. ({@link Class#getResource} wants a leading
   * {@code /} before it.) {@link #bundledLandscape()} reads it for you.
   */
  public static final String BUNDLED_LANDSCAPE = BundledLandscape.RESOURCE;

  /**
   * The folder of the JSON Schemas, {@code landscape.schema.json} and one per entity, as a resource
   * name without a leading slash (see {@link #BUNDLED_LANDSCAPE}); {@link #schema(String)} reads them
   * for you.
   */
  public static final String SCHEMA_FOLDER = Schemas.FOLDER;

  /**
   * The default read limits: nesting depth 32, strings of at most 100,000 characters, numbers of
   * at most 32 characters, property names of at most 256 characters and documents of at most
   * 64 MiB. collabkit's format nests 7 levels deep and its texts are paragraphs, so these leave
   * wide room for real data while a hostile document fails fast. In newline-delimited streams,
   * which are meant to be large, the document limit bounds each line instead of the whole stream.
   */
  public static final StreamReadConstraints DEFAULT_READ_CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(32)
      .maxStringLength(100_000)
      .maxNumberLength(32)
      .maxNameLength(256)
      .maxDocumentLength(64L * 1024 * 1024)
      .build();

  /**
   * How many problems one read keeps unless {@link Builder#maxProblems} says otherwise; the rest
   * are counted in one closing problem.
   */
  public static final int DEFAULT_MAX_PROBLEMS = ModelReader.DEFAULT_MAX_PROBLEMS;

  private static final CollabkitJson STANDARD = builder().build();

  private final JsonMapper mapper;
  private final Set<CollabkitFeature> features;
  private final int maxProblems;
  /** Writes documents that this instance reads back: its read limit bounds what it writes. */
  private final DocumentWriter writer;
  private final Map<Class<?>, ObjectCodec<?, ?>> codecs = new HashMap<>();

  private CollabkitJson(Builder b) {
    this.features = EnumSet.copyOf(b.features);
    this.maxProblems = b.maxProblems;
    this.mapper = JsonMappers.create(features, b.constraints, b.prettyPrint);
    this.writer = new DocumentWriter(mapper, b.prettyPrint);
    for (ObjectCodec<?, ?> c : ModelCodecs.ALL) {
      codecs.put(c.type(), c);
    }
  }

  /**
   * Returns the shared instance with default features, limits and pretty printing.
   *
   * @return the standard instance
   */
  public static CollabkitJson standard() {
    return STANDARD;
  }

  /**
   * Returns a builder to choose features, read limits and layout.
   *
   * @return a new builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the configured mapper, with {@link CollabkitModule} and this instance's read limits,
   * for reading and writing model values inside types of your own.
   *
   * @return the mapper, shared and thread-safe
   */
  public JsonMapper mapper() {
    return mapper;
  }

  /**
   * Tells whether a feature is enabled.
   *
   * @param feature the feature
   * @return true when enabled
   */
  public boolean isEnabled(CollabkitFeature feature) {
    return features.contains(feature);
  }

  // ---- whole datasets --------------------------------------------------------------------------

  /**
   * Reads a dataset document, closing the stream.
   *
   * @param in the document in UTF-8 (a byte order mark is accepted)
   * @return the dataset
   * @throws CollabkitJsonException at the first problem
   */
  public Landscape readLandscape(InputStream in) {
    NullValueException.requireArgument("in", in);
    return read(() -> mapper.createParser(StrictUtf8.wrap(in)), this::readLandscape);
  }

  /**
   * Reads a dataset document from a file.
   *
   * @param file the document in UTF-8
   * @return the dataset
   * @throws CollabkitJsonException at the first problem, or with rule {@link JsonRule#IO} when the
   *     file cannot be read
   */
  public Landscape readLandscape(Path file) {
    return readLandscape(open(file));
  }

  /**
   * Reads a dataset document from a string.
   *
   * @param json the document
   * @return the dataset
   * @throws CollabkitJsonException at the first problem
   */
  public Landscape readLandscape(String json) {
    return readLandscape(new java.io.ByteArrayInputStream(StrictUtf8.encode(json)));
  }

  private Landscape readLandscape(JsonParser p) {
    ModelReader r = reader(false);
    p.nextToken();
    Landscape landscape = Documents.readLandscape(r, p);
    if (p.nextToken() != null) {
      throw r.fail(p, JsonRule.SYNTAX, "unexpected content after the dataset document");
    }
    return landscape;
  }

  /**
   * Reads a dataset document and collects every problem instead of stopping at the first: returns
   * what could be read, the problems of the JSON, and the validator's report on the result.
   * Closes the stream.
   *
   * @param in the document in UTF-8
   * @return the result; never throws for bad data
   */
  public LandscapeReadResult readLandscapeCollecting(InputStream in) {
    NullValueException.requireArgument("in", in);
    ModelReader r = reader(true);
    Landscape landscape = null;
    try (JsonParser p = mapper.createParser(StrictUtf8.wrap(in))) {
      try {
        p.nextToken();
        landscape = Documents.readLandscape(r, p);
        if (!r.stopped() && p.nextToken() != null) {
          r.report(r.fail(p, JsonRule.SYNTAX, "unexpected content after the dataset document").problem());
        }
      } catch (JacksonException e) {
        r.report(ModelReader.fromJackson(e, p).problem());
      } catch (CollabkitJsonException e) {
        r.report(e.problem());
      }
    } catch (JacksonException e) {
      r.report(ModelReader.fromJackson(e, null).problem());
    } catch (CollabkitJsonException e) {
      // invalid UTF-8 or UTF-16/32 found while the parser starts or closes
      r.report(e.problem());
    }
    if (landscape == null) {
      landscape = Landscape.builder().name("(unnamed)").build();
    }
    return new LandscapeReadResult(landscape, r.problems(), LandscapeValidator.create().validate(landscape));
  }

  /**
   * Reads a dataset document from a file and collects every problem.
   *
   * @param file the document
   * @return the result; a file that cannot be opened is reported as a problem too
   */
  public LandscapeReadResult readLandscapeCollecting(Path file) {
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      Landscape empty = Landscape.builder().name("(unnamed)").build();
      return new LandscapeReadResult(empty,
          List.of(WriteFailures.of(file, e).problem()), LandscapeValidator.create().validate(empty));
    }
    return readLandscapeCollecting(in);
  }

  /**
   * Writes a dataset document, ending with a newline; does not close the stream.
   *
   * <p>What is written can always be read back by this instance: a document is written indented (when
   * {@linkplain Builder#prettyPrint pretty printing} is on) only if the indented form fits within the
   * read limits' document length ({@link #DEFAULT_READ_CONSTRAINTS}: 64 MiB), else on one line, which
   * is often a fifth of the size; a document too long even on one line fails before anything is
   * written. Documents up to 1 MiB are written in one pass; longer ones are measured first.
   *
   * @param landscape the dataset
   * @param out where to write UTF-8
   * @throws CollabkitJsonException with rule {@link JsonRule#IO} when writing fails, or {@link
   *     JsonRule#LIMIT} when the document would be longer than the read limit allows
   */
  public void writeLandscape(Landscape landscape, OutputStream out) {
    NullValueException.requireArgument("landscape", landscape);
    NullValueException.requireArgument("out", out);
    writer.writeLandscape(landscape, out);
  }

  /**
   * Writes a dataset document to a file, replacing it.
   *
   * @param landscape the dataset
   * @param file the file
   * @throws CollabkitJsonException with rule {@link JsonRule#IO} when writing fails
   */
  public void writeLandscape(Landscape landscape, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      writeLandscape(landscape, out);
    } catch (IOException e) {
      throw WriteFailures.of(file, e);
    }
  }

  /**
   * Writes a dataset document to a string, ending with a newline.
   *
   * @param landscape the dataset
   * @return the document
   */
  public String writeLandscape(Landscape landscape) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeLandscape(landscape, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  // ---- single values ---------------------------------------------------------------------------

  /**
   * Reads one model value, such as an {@code Organization} or a {@code Partnership}, or a whole
   * {@code Landscape}.
   *
   * @param <T> the type
   * @param json the value's JSON
   * @param type a model type: {@code Landscape} or any type built with a builder
   * @return the value
   * @throws CollabkitJsonException at the first problem
   * @throws InvalidValueException when the type is not a model type
   */
  public <T> T read(String json, Class<T> type) {
    if (type == Landscape.class) {
      return type.cast(readLandscape(json));
    }
    ObjectCodec<?, ?> codec = codec(type);
    byte[] bytes = StrictUtf8.encode(json);
    return read(() -> mapper.createParser(StrictUtf8.wrap(new java.io.ByteArrayInputStream(bytes))), p -> {
      ModelReader r = reader(false);
      p.nextToken();
      T value = type.cast(codec.read(r, p));
      if (p.nextToken() != null) {
        throw r.fail(p, JsonRule.SYNTAX, "unexpected content after the value");
      }
      return value;
    });
  }

  /**
   * Writes one model value, or a whole {@code Landscape} as a dataset document.
   *
   * @param value a model value
   * @return its JSON
   * @throws InvalidValueException when the value is not of a model type
   */
  public String write(Object value) {
    NullValueException.requireArgument("value", value);
    if (value instanceof Landscape) {
      return writeLandscape((Landscape) value);
    }
    @SuppressWarnings("unchecked")
    ObjectCodec<Object, ?> codec = (ObjectCodec<Object, ?>) codec(value.getClass());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(out, g -> codec.write(g, value));
    return out.toString(StandardCharsets.UTF_8);
  }

  private ObjectCodec<?, ?> codec(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      ObjectCodec<?, ?> codec = codecs.get(c);
      if (codec != null) {
        return codec;
      }
    }
    throw new InvalidValueException("collabkit json", null, "type",
        "must be a collabkit model type, got " + type.getName());
  }

  // ---- newline-delimited streams ----------------------------------------------------------------

  /**
   * Opens a writer of newline-delimited JSON: a header line with the dataset's own properties (its
   * name, description, licence, web page and creators), then one entity a line. Nothing is held in
   * memory but the line being written.
   *
   * <pre>{@code
   * try (OutputStream out = Files.newOutputStream(Path.of("landscape.ndjson"));
   *      LandscapeLineWriter lines = json.lineWriter(out, landscape)) {
   *   lines.writeAll(landscape);
   * }
   * }</pre>
   *
   * @param out the stream the lines go to, any {@link OutputStream} such as {@code
   *     Files.newOutputStream(path)}; written as UTF-8 and closed when the writer is closed
   * @param about the dataset whose own properties make the header line; its entities are not
   *     written (write them with {@link LandscapeLineWriter#writeAll} or one by one)
   * @return the writer, which has written the header line
   */
  public LandscapeLineWriter lineWriter(OutputStream out, Landscape about) {
    NullValueException.requireArgument("out", out);
    NullValueException.requireArgument("about", about);
    Landscape header = Landscape.builder().name(about.name()).description(about.description())
        .license(about.license()).url(about.url()).creators(about.creators()).build();
    return new LandscapeLineWriter(mapper.writer().without(SerializationFeature.INDENT_OUTPUT)
        .withRootValueSeparator("\n").createGenerator(out), header);
  }

  /**
   * Opens a writer of newline-delimited JSON whose header line holds only a name and a
   * description; see {@link #lineWriter(OutputStream, Landscape)}.
   *
   * @param out the stream the lines go to, any {@link OutputStream} such as {@code
   *     Files.newOutputStream(path)}; written as UTF-8 and closed when the writer is closed
   * @param name the dataset's name
   * @param description what the dataset holds, may be empty
   * @return the writer, which has written the header line
   */
  public LandscapeLineWriter lineWriter(OutputStream out, String name, io.github.collabkit.model.LocalizedText description) {
    NullValueException.requireArgument("name", name);
    NullValueException.requireArgument("description", description);
    return lineWriter(out, Landscape.builder().name(name).description(description).build());
  }

  /**
   * Opens a reader of newline-delimited JSON as {@link #lineWriter} writes it. It reads one line at
   * a time and parses each line on its own; the read limits apply to each line, the document length
   * as the longest line allowed. A bad line is reported with its line number and reading goes on
   * with the next one (see {@link LandscapeLineReader}).
   *
   * @param in the lines in UTF-8; closed when the reader is
   * @return the reader, which has read the header line
   * @throws CollabkitJsonException when the header line cannot be read
   */
  public LandscapeLineReader lineReader(InputStream in) {
    NullValueException.requireArgument("in", in);
    long limit = mapper.tokenStreamFactory().streamReadConstraints().getMaxDocumentLength();
    return new LandscapeLineReader(in, this, limit <= 0 ? Long.MAX_VALUE : limit);
  }

  // ---- bundled data and schemas ----------------------------------------------------------------

  /**
   * Returns the dataset of the Dutch university medical centres that ships in this jar, read once
   * and cached.
   *
   * @return the bundled dataset
   * @throws CollabkitException when the jar holds no bundled dataset
   */
  public static Landscape bundledLandscape() {
    return BundledLandscape.get();
  }

  /**
   * Returns a JSON Schema (draft 2020-12) of collabkit's format from the jar: {@code landscape}
   * for the dataset document, or an entity type such as {@code organization}.
   *
   * @param name {@code landscape}, {@code source}, {@code concept}, {@code organization}, {@code
   *     person}, {@code partnership}, {@code infrastructure}, {@code strategy} or {@code event}
   * @return the schema text
   * @throws UnknownCodeException when there is no schema of that name, listing the names there are
   */
  public static String schema(String name) {
    return Schemas.read(name);
  }

  // ---- plumbing --------------------------------------------------------------------------------

  ModelReader reader(boolean collecting) {
    return reader(collecting, null);
  }

  ModelReader reader(boolean collecting, java.util.function.Consumer<JsonProblem> warnings) {
    return new ModelReader(isEnabled(CollabkitFeature.FAIL_ON_UNKNOWN_PROPERTIES),
        isEnabled(CollabkitFeature.FAIL_ON_NULL_PROPERTIES), collecting, warnings, maxProblems);
  }

  private static <T> T read(Supplier<JsonParser> open, Function<JsonParser, T> body) {
    try (JsonParser p = open.get()) {
      try {
        return body.apply(p);
      } catch (JacksonException e) {
        throw ModelReader.fromJackson(e, p);
      }
    } catch (JacksonException e) {
      throw ModelReader.fromJackson(e, null);
    }
  }

  private static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw WriteFailures.of(file, e);
    }
  }

  /** Chooses the features, read limits and layout of a {@link CollabkitJson}. */
  public static final class Builder {
    private final Set<CollabkitFeature> features = EnumSet.noneOf(CollabkitFeature.class);
    private StreamReadConstraints constraints = DEFAULT_READ_CONSTRAINTS;
    private boolean prettyPrint = true;
    private int maxProblems = DEFAULT_MAX_PROBLEMS;

    private Builder() {
      for (CollabkitFeature f : CollabkitFeature.values()) {
        if (f.enabledByDefault()) {
          features.add(f);
        }
      }
    }

    /**
     * Enables a feature.
     *
     * @param feature the feature
     * @return this builder
     */
    public Builder enable(CollabkitFeature feature) {
      features.add(feature);
      return this;
    }

    /**
     * Disables a feature, such as {@link CollabkitFeature#FAIL_ON_UNKNOWN_PROPERTIES} for the
     * lenient mode.
     *
     * @param feature the feature
     * @return this builder
     */
    public Builder disable(CollabkitFeature feature) {
      features.remove(feature);
      return this;
    }

    /**
     * Sets the read limits, replacing {@link #DEFAULT_READ_CONSTRAINTS}; start from {@code
     * DEFAULT_READ_CONSTRAINTS.rebuild()} to change one.
     *
     * @param constraints the limits
     * @return this builder
     */
    public Builder readConstraints(StreamReadConstraints constraints) {
      this.constraints = NullValueException.requireArgument("constraints", constraints);
      return this;
    }

    /**
     * Sets whether documents and values are written indented, two spaces a level (the default),
     * or on one line. Newline-delimited streams are always one entity a line.
     *
     * @param prettyPrint whether to indent
     * @return this builder
     */
    public Builder prettyPrint(boolean prettyPrint) {
      this.prettyPrint = prettyPrint;
      return this;
    }

    /**
     * Sets how many problems one read keeps ({@value CollabkitJson#DEFAULT_MAX_PROBLEMS} by default):
     * the collecting reader returns the first ones in document order and then one problem with
     * rule {@link JsonRule#LIMIT} counting the rest, and lenient reads log at most this many
     * warnings. So a document with millions of bad values is reported in bounded memory.
     *
     * @param maxProblems how many problems to keep, at least 1
     * @return this builder
     * @throws InvalidValueException when {@code maxProblems} is less than 1
     */
    public Builder maxProblems(int maxProblems) {
      if (maxProblems < 1) {
        throw new InvalidValueException("collabkit json", null, "maxProblems",
            "must be at least 1, got " + maxProblems);
      }
      this.maxProblems = maxProblems;
      return this;
    }

    /**
     * Builds the front door and its mapper.
     *
     * @return the new instance
     */
    public CollabkitJson build() {
      return new CollabkitJson(this);
    }
  }
}

package io.github.collabkit.json.internal;

import io.github.collabkit.CollabkitException;
import io.github.collabkit.model.LocalizedText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Reads and writes one model type as a JSON object, from a table of its properties in wire order.
 *
 * <p>The table is the single description of a type's JSON form: reading, writing and the JSON
 * Schema all follow it. Reading looks each property name up in a hash map and hands the value to
 * the property's codec, which calls the Immutables builder; writing walks the table in order and
 * leaves out empty optionals, empty collections and empty texts.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
public final class ObjectCodec<T, B> implements Codec<T> {

  /** How a property is written and whether it must be present. */
  public enum Kind {
    /** Always present; read and written as one value. */
    REQUIRED,
    /** Has a default; may be left out when read; written always, or unless it is the default. */
    DEFAULTED,
    /** An {@code Optional}; written when present. */
    OPTIONAL,
    /** A {@code List}; written when not empty. */
    LIST,
    /** A {@code Set}; written when not empty; a duplicate entry is an error. */
    SET,
    /** A {@link LocalizedText}; written when not empty. */
    TEXT,
    /** A boolean with a default; written only when it differs from the default. */
    FLAG
  }

  private final Class<T> type;
  private final String label;
  private final Supplier<B> builder;
  private final Function<B, T> build;
  private final List<Property<T, B>> properties;
  /** The properties in wire order, as an array: walked without an iterator on every write. */
  private final Property<T, B>[] ordered;
  private final Map<String, Property<T, B>> byName;
  private final List<String> names;

  private ObjectCodec(Definition<T, B> d) {
    this.type = d.type;
    this.label = d.label;
    this.builder = d.builder;
    this.build = d.build;
    this.properties = List.copyOf(d.properties);
    @SuppressWarnings("unchecked")
    Property<T, B>[] array = (Property<T, B>[]) d.properties.toArray(new Property<?, ?>[0]);
    this.ordered = array;
    this.byName = new HashMap<>();
    List<String> n = new ArrayList<>();
    for (Property<T, B> p : properties) {
      byName.put(p.name, p);
      n.add(p.name);
    }
    this.names = List.copyOf(n);
  }

  /**
   * Starts the definition of a type's codec.
   *
   * @param <T> the model type
   * @param <B> its builder
   * @param type the model type
   * @param label the type in lower-case words, for messages, such as {@code work area}
   * @param builder makes a new builder
   * @param build builds the value
   * @return the definition, to which properties are added in wire order
   */
  public static <T, B> Definition<T, B> define(Class<T> type, String label, Supplier<B> builder,
      Function<B, T> build) {
    return new Definition<>(type, label, builder, build);
  }

  @Override
  public Class<T> type() {
    return type;
  }

  /**
   * Returns the type in lower-case words, as messages name it.
   *
   * @return the label, such as {@code organization}
   */
  public String label() {
    return label;
  }

  /**
   * Returns the properties in wire order.
   *
   * @return the properties
   */
  public List<Property<T, B>> properties() {
    return properties;
  }

  /**
   * Returns a property by name.
   *
   * @param name the JSON name
   * @return the property, or empty when the type has none of that name
   */
  public Optional<Property<T, B>> property(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  @Override
  public T read(ModelReader r, JsonParser p) {
    if (!p.hasToken(JsonToken.START_OBJECT)) {
      throw r.wrongType(p, "an object (" + label + ")");
    }
    B b = builder.get();
    return finish(r, p, b, readProperties(r, p, b));
  }

  /**
   * Starts a builder for {@link #readProperties} and {@link #finish}.
   *
   * @return a new builder
   */
  public B newBuilder() {
    return builder.get();
  }

  /**
   * Reads the remaining properties of an object whose start was already read.
   *
   * @param r the read state
   * @param p the parser, on the object's start or on the value of an earlier property
   * @param b the builder to fill
   * @return whether a property failed (collecting mode only)
   */
  public boolean readProperties(ModelReader r, JsonParser p, B b) {
    return readProperties(r, p, b, null, null);
  }

  /**
   * Reads the remaining properties of an object, with a property outside the table (such as a
   * document's {@code formatVersion}) handled by the caller.
   *
   * @param r the read state
   * @param p the parser, on the object's start, on the value of an earlier property, or on the name
   *     {@code current}
   * @param b the builder to fill
   * @param current the name the parser is on, not yet read, or null to start with the next name
   * @param extra reads the value of a name that is not in the table and returns true, or returns
   *     false to treat the name as unknown; may be null
   * @return whether a property failed (collecting mode only)
   */
  public boolean readProperties(ModelReader r, JsonParser p, B b, String current,
      java.util.function.BiPredicate<String, JsonParser> extra) {
    int depth = p.streamReadContext().getNestingDepth();
    boolean failed = false;
    // Documents list properties in wire order, leaving out empty ones: the properties after the
    // last one read are tried first, the hash lookup is the fallback for any other order.
    int expected = 0;
    for (String name = current != null ? current : p.nextName(); name != null; name = p.nextName()) {
      Property<T, B> property = following(expected, name);
      if (property != null) {
        expected = property.index + 1;
      }
      JsonToken t = p.nextToken();
      try {
        if (property == null) {
          if (extra == null || !extra.test(name, p)) {
            r.unknownProperty(p, label, name, names);
          }
        } else if (t == JsonToken.VALUE_NULL) {
          r.nullProperty(p, label, name);
        } else {
          property.read(r, p, b);
        }
      } catch (RuntimeException e) {
        r.failed(p, depth, e);
        failed = true;
      }
    }
    return failed;
  }

  /**
   * Finds a property by name: first among those after the last one read, by identity, as
   * collabkit's parsers intern property names and the table's names are literals; then by hash,
   * for names out of order and parsers that do not intern.
   */
  private Property<T, B> following(int from, String name) {
    for (int i = from; i < ordered.length; i++) {
      if (ordered[i].name == name) {
        return ordered[i];
      }
    }
    return byName.get(name);
  }

  /**
   * Builds the value once its closing brace was read.
   *
   * @param r the read state
   * @param p the parser, on the closing brace
   * @param b the filled builder
   * @param failed whether a property failed
   * @return the value
   */
  public T finish(ModelReader r, JsonParser p, B b, boolean failed) {
    if (failed) {
      throw Skipped.INSTANCE;
    }
    try {
      return build.apply(b);
    } catch (CollabkitException e) {
      throw r.buildFailed(p, label, names, e);
    }
  }

  @Override
  public void write(JsonGenerator g, T value) {
    g.writeStartObject(value);
    writeProperties(g, value);
    g.writeEndObject();
  }

  /**
   * Writes the properties of a value, without the braces.
   *
   * @param g the generator, inside an object
   * @param value the value
   */
  public void writeProperties(JsonGenerator g, T value) {
    for (Property<T, B> p : ordered) {
      p.write(g, value);
    }
  }

  /**
   * One property of a type: its JSON name, kind, codec, accessors and description.
   *
   * @param <T> the model type
   * @param <B> its builder
   */
  public abstract static class Property<T, B> {
    final int index;
    final String name;
    final SerializableString serializedName;
    final Kind kind;
    final Codec<?> codec;
    final String description;

    Property(int index, String name, Kind kind, Codec<?> codec, String description) {
      this.index = index;
      this.name = name.intern(); // parsers intern names too: found by identity when reading
      this.serializedName = new SerializedString(name);
      this.kind = kind;
      this.codec = codec;
      this.description = description;
    }

    /**
     * Returns the JSON name.
     *
     * @return the name, the model accessor's name
     */
    public String name() {
      return name;
    }

    /**
     * Returns how the property is written and whether it must be present.
     *
     * @return the kind
     */
    public Kind kind() {
      return kind;
    }

    /**
     * Returns the codec of the property's value or of each of its elements.
     *
     * @return the codec
     */
    public Codec<?> codec() {
      return codec;
    }

    /**
     * Returns the description of the property, for the JSON Schema.
     *
     * @return one or two sentences
     */
    public String description() {
      return description;
    }

    /**
     * Tells whether a document must have this property.
     *
     * @return true for required values and required texts
     */
    public abstract boolean required();

    abstract void read(ModelReader r, JsonParser p, B b);

    abstract void write(JsonGenerator g, T value);
  }

  private static final class Single<T, B, V> extends Property<T, B> {
    private final Codec<V> c;
    private final Function<T, V> get;
    private final BiConsumer<B, V> set;
    /** A default not written, or null to write every value. */
    private final V unwritten;

    Single(int index, String name, Kind kind, Codec<V> c, Function<T, V> get, BiConsumer<B, V> set,
        V unwritten, String description) {
      super(index, name, kind, c, description);
      this.c = c;
      this.get = get;
      this.set = set;
      this.unwritten = unwritten;
    }

    @Override
    public boolean required() {
      return kind == Kind.REQUIRED;
    }

    @Override
    void read(ModelReader r, JsonParser p, B b) {
      set.accept(b, c.read(r, p));
    }

    @Override
    void write(JsonGenerator g, T value) {
      V v = get.apply(value);
      if (unwritten == null || !unwritten.equals(v)) {
        g.writeName(serializedName);
        c.write(g, v);
      }
    }
  }

  private static final class Text<T, B> extends Property<T, B> {
    private final boolean required;
    private final Function<T, LocalizedText> get;
    private final BiConsumer<B, LocalizedText> set;

    Text(int index, String name, boolean required, Function<T, LocalizedText> get,
        BiConsumer<B, LocalizedText> set, String description) {
      super(index, name, Kind.TEXT, Codecs.LOCALIZED_TEXT, description);
      this.required = required;
      this.get = get;
      this.set = set;
    }

    @Override
    public boolean required() {
      return required;
    }

    @Override
    void read(ModelReader r, JsonParser p, B b) {
      set.accept(b, Codecs.LOCALIZED_TEXT.read(r, p));
    }

    @Override
    void write(JsonGenerator g, T value) {
      LocalizedText t = get.apply(value);
      if (!t.isEmpty()) {
        g.writeName(serializedName);
        Codecs.LOCALIZED_TEXT.write(g, t);
      }
    }
  }

  private static final class Flag<T, B> extends Property<T, B> {
    private final Predicate<T> get;
    private final BiConsumer<B, Boolean> set;
    private final boolean defaultValue;

    Flag(int index, String name, Predicate<T> get, BiConsumer<B, Boolean> set, boolean defaultValue,
        String description) {
      super(index, name, Kind.FLAG, Codecs.BOOLEAN, description);
      this.get = get;
      this.set = set;
      this.defaultValue = defaultValue;
    }

    @Override
    public boolean required() {
      return false;
    }

    @Override
    void read(ModelReader r, JsonParser p, B b) {
      set.accept(b, Codecs.BOOLEAN.read(r, p));
    }

    @Override
    void write(JsonGenerator g, T value) {
      boolean v = get.test(value);
      if (v != defaultValue) {
        g.writeName(serializedName);
        g.writeBoolean(v);
      }
    }
  }

  private static final class Opt<T, B, V> extends Property<T, B> {
    private final Codec<V> c;
    private final Function<T, Optional<V>> get;
    private final BiConsumer<B, V> set;

    Opt(int index, String name, Codec<V> c, Function<T, Optional<V>> get, BiConsumer<B, V> set,
        String description) {
      super(index, name, Kind.OPTIONAL, c, description);
      this.c = c;
      this.get = get;
      this.set = set;
    }

    @Override
    public boolean required() {
      return false;
    }

    @Override
    void read(ModelReader r, JsonParser p, B b) {
      set.accept(b, c.read(r, p));
    }

    @Override
    void write(JsonGenerator g, T value) {
      Optional<V> v = get.apply(value);
      if (v.isPresent()) {
        g.writeName(serializedName);
        c.write(g, v.get());
      }
    }
  }

  private static final class Many<T, B, V> extends Property<T, B> {
    /** Up to this many entries, a set's duplicates are found by scanning the entries read. */
    private static final int SMALL_SET = 8;

    private final Codec<V> c;
    private final Function<T, ? extends Collection<V>> get;
    private final BiConsumer<B, List<V>> set;
    private final BiConsumer<B, V> add;

    Many(int index, String name, Kind kind, Codec<V> c, Function<T, ? extends Collection<V>> get,
        BiConsumer<B, List<V>> set, BiConsumer<B, V> add, String description) {
      super(index, name, kind, c, description);
      this.c = c;
      this.get = get;
      this.set = set;
      this.add = add;
    }

    @Override
    public boolean required() {
      return false;
    }

    @Override
    void read(ModelReader r, JsonParser p, B b) {
      if (!p.hasToken(JsonToken.START_ARRAY)) {
        throw r.wrongType(p, "an array");
      }
      if (add != null) {
        readEach(r, p, b);
        return;
      }
      // In collecting mode a bad element (an unknown code, a duplicate) is reported and left out, and
      // the value keeps the others: one bad type code does not drop a whole organization.
      int depth = p.streamReadContext().getNestingDepth();
      List<V> values = new ArrayList<>();
      Set<V> seen = null;
      boolean dropped = false;
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        try {
          if (t == JsonToken.VALUE_NULL) {
            throw r.fail(p, io.github.collabkit.json.JsonRule.NULL_VALUE, name + ": null is not allowed in an array");
          }
          V v = c.read(r, p);
          if (kind == Kind.SET) {
            // sets hold a few entries: a scan beats hashing until there are many
            if (seen == null && values.size() >= SMALL_SET) {
              seen = new HashSet<>(values);
            }
            if (seen == null ? values.contains(v) : !seen.add(v)) {
              throw r.fail(p, io.github.collabkit.json.JsonRule.DUPLICATE_ENTRY,
                  name + ": '" + v + "' is listed twice; a set holds each entry once");
            }
          }
          values.add(v);
        } catch (RuntimeException e) {
          r.failed(p, depth, e);
          dropped = true;
        }
      }
      if (dropped && values.isEmpty()) {
        // nothing good is left: the value fails as a whole, without a second error for its emptiness
        throw Skipped.INSTANCE;
      }
      set.accept(b, values);
    }

    /** Reads element by element into the builder; in collecting mode a bad element is dropped. */
    private void readEach(ModelReader r, JsonParser p, B b) {
      int depth = p.streamReadContext().getNestingDepth();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        try {
          if (t == JsonToken.VALUE_NULL) {
            throw r.fail(p, io.github.collabkit.json.JsonRule.NULL_VALUE, name + ": null is not allowed in an array");
          }
          add.accept(b, c.read(r, p));
        } catch (RuntimeException e) {
          r.failed(p, depth, e);
        }
      }
    }

    @Override
    void write(JsonGenerator g, T value) {
      Collection<V> values = get.apply(value);
      if (!values.isEmpty()) {
        g.writeName(serializedName);
        g.writeStartArray(values, values.size());
        if (values instanceof List && values instanceof RandomAccess) {
          List<V> list = (List<V>) values;
          for (int i = 0, n = list.size(); i < n; i++) {
            c.write(g, list.get(i));
          }
        } else {
          for (V v : values) {
            c.write(g, v);
          }
        }
        g.writeEndArray();
      }
    }
  }

  /**
   * A codec under definition: properties are added in wire order, then {@link #build()}.
   *
   * @param <T> the model type
   * @param <B> its builder
   */
  public static final class Definition<T, B> {
    private final Class<T> type;
    private final String label;
    private final Supplier<B> builder;
    private final Function<B, T> build;
    private final List<Property<T, B>> properties = new ArrayList<>();

    Definition(Class<T> type, String label, Supplier<B> builder, Function<B, T> build) {
      this.type = type;
      this.label = label;
      this.builder = builder;
      this.build = build;
    }

    /**
     * Adds a required property.
     *
     * @param <V> the value type
     * @param name the JSON name
     * @param codec the value's codec
     * @param get the accessor
     * @param set the builder's setter
     * @param description the description for the schema
     * @return this definition
     */
    public <V> Definition<T, B> required(String name, Codec<V> codec, Function<T, V> get,
        BiConsumer<B, V> set, String description) {
      properties.add(new Single<>(properties.size(), name, Kind.REQUIRED, codec, get, set, null, description));
      return this;
    }

    /**
     * Adds a boolean property with a default, written only when it differs from the default, so
     * documents that leave it out keep their meaning.
     *
     * @param name the JSON name
     * @param get the accessor
     * @param set the builder's setter
     * @param defaultValue the model's default
     * @param description the description for the schema
     * @return this definition
     */
    public Definition<T, B> flag(String name, Predicate<T> get, BiConsumer<B, Boolean> set, boolean defaultValue,
        String description) {
      properties.add(new Flag<>(properties.size(), name, get, set, defaultValue, description));
      return this;
    }

    /**
     * Adds a property with a default value, always written.
     *
     * @param <V> the value type
     * @param name the JSON name
     * @param codec the value's codec
     * @param get the accessor
     * @param set the builder's setter
     * @param description the description for the schema
     * @return this definition
     */
    public <V> Definition<T, B> defaulted(String name, Codec<V> codec, Function<T, V> get,
        BiConsumer<B, V> set, String description) {
      properties.add(new Single<>(properties.size(), name, Kind.DEFAULTED, codec, get, set, null, description));
      return this;
    }

    /**
     * Adds a property with a default value, written only when it differs from the default: the
     * properties format 1.1 added to values that 1.0 documents already hold, so a value that does
     * not use them is written as before.
     *
     * @param <V> the value type
     * @param name the JSON name
     * @param codec the value's codec
     * @param get the accessor
     * @param set the builder's setter
     * @param defaultValue the model's default, left out when written
     * @param description the description for the schema
     * @return this definition
     */
    public <V> Definition<T, B> defaulted(String name, Codec<V> codec, Function<T, V> get,
        BiConsumer<B, V> set, V defaultValue, String description) {
      properties.add(new Single<>(properties.size(), name, Kind.DEFAULTED, codec, get, set,
          Objects.requireNonNull(defaultValue, "defaultValue"), description));
      return this;
    }

    /**
     * Adds an optional property.
     *
     * @param <V> the value type
     * @param name the JSON name
     * @param codec the value's codec
     * @param get the accessor
     * @param set the builder's setter for a present value
     * @param description the description for the schema
     * @return this definition
     */
    public <V> Definition<T, B> optional(String name, Codec<V> codec, Function<T, Optional<V>> get,
        BiConsumer<B, V> set, String description) {
      properties.add(new Opt<>(properties.size(), name, codec, get, set, description));
      return this;
    }

    /**
     * Adds a list property.
     *
     * @param <V> the element type
     * @param name the JSON name
     * @param codec the element codec
     * @param get the accessor
     * @param set the builder's setter for all elements
     * @param description the description for the schema
     * @return this definition
     */
    public <V> Definition<T, B> list(String name, Codec<V> codec, Function<T, List<V>> get,
        BiConsumer<B, List<V>> set, String description) {
      properties.add(new Many<>(properties.size(), name, Kind.LIST, codec, get, set, null, description));
      return this;
    }

    /**
     * Adds a list of entities of a dataset, read element by element: in collecting mode an entity
     * that cannot be read is dropped and reported while the others are kept.
     *
     * @param <V> the element type
     * @param name the JSON name
     * @param codec the element codec
     * @param get the accessor
     * @param add the builder's adder of one element
     * @param description the description for the schema
     * @return this definition
     */
    public <V> Definition<T, B> entities(String name, Codec<V> codec, Function<T, List<V>> get,
        BiConsumer<B, V> add, String description) {
      properties.add(new Many<>(properties.size(), name, Kind.LIST, codec, get, null, add, description));
      return this;
    }

    /**
     * Adds a set property.
     *
     * @param <V> the element type
     * @param name the JSON name
     * @param codec the element codec
     * @param get the accessor
     * @param set the builder's setter for all elements
     * @param description the description for the schema
     * @return this definition
     */
    public <V> Definition<T, B> set(String name, Codec<V> codec, Function<T, Set<V>> get,
        BiConsumer<B, List<V>> set, String description) {
      properties.add(new Many<>(properties.size(), name, Kind.SET, codec, get, set, null, description));
      return this;
    }

    /**
     * Adds a localized text property, written when not empty.
     *
     * @param name the JSON name
     * @param required whether the model requires it
     * @param get the accessor
     * @param set the builder's setter
     * @param description the description for the schema
     * @return this definition
     */
    public Definition<T, B> text(String name, boolean required, Function<T, LocalizedText> get,
        BiConsumer<B, LocalizedText> set, String description) {
      properties.add(new Text<>(properties.size(), name, required, get, set, description));
      return this;
    }

    /**
     * Finishes the definition.
     *
     * @return the codec
     */
    public ObjectCodec<T, B> build() {
      return new ObjectCodec<>(this);
    }
  }
}

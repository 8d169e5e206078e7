package io.github.collabkit.json;

import io.github.collabkit.json.internal.Documents;
import io.github.collabkit.json.internal.ModelCodecs;
import io.github.collabkit.json.internal.WriteFailures;
import io.github.collabkit.json.internal.ObjectCodec;
import io.github.collabkit.model.Concept;
import io.github.collabkit.model.Event;
import io.github.collabkit.model.Infrastructure;
import io.github.collabkit.model.InvalidValueException;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.NullValueException;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.Partnership;
import io.github.collabkit.model.Person;
import io.github.collabkit.model.Source;
import io.github.collabkit.model.Strategy;
import java.io.Closeable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a dataset as newline-delimited JSON, one entity a line, holding nothing but the line
 * being written.
 *
 * <p>The first line is a dataset document without entities ({@code formatVersion}, {@code name},
 * {@code description}, {@code license}, {@code url}, {@code creators}); each further line is an object with one property, named for the entity's
 * type ({@code source}, {@code concept}, {@code organization}, {@code person}, {@code
 * partnership}, {@code infrastructure}, {@code strategy}), whose value is the entity as in a
 * dataset document. (A wrapper rather than a {@code type} property, because {@code Source} has a
 * {@code type} of its own.)
 *
 * <pre>{@code
 * {"formatVersion":"1.0","name":"Dutch umc landscape"}
 * {"organization":{"key":"lumc","names":[{"value":"LUMC","kind":"acronym"}],"types":["umc"],"status":"active"}}
 * }</pre>
 *
 * <p>Obtain one from {@link CollabkitJson#lineWriter}; not thread-safe.
 */
public final class LandscapeLineWriter implements Closeable {
  private final JsonGenerator g;
  private long count;

  LandscapeLineWriter(JsonGenerator g, Landscape header) {
    this.g = g;
    try {
      Documents.writeLandscape(g, header);
    } catch (JacksonException e) {
      throw WriteFailures.of(e);
    }
  }

  /**
   * Writes one entity as a line.
   *
   * @param entity a {@link Source}, {@link Concept}, {@link Organization}, {@link Person}, {@link
   *     Partnership}, {@link Infrastructure} or {@link Strategy}
   * @return this writer
   * @throws NullValueException when the value is null
   * @throws InvalidValueException when the value is not one of those types
   * @throws CollabkitJsonException with rule {@link JsonRule#IO} when writing fails
   */
  public LandscapeLineWriter write(Object entity) {
    String type = typeOf(entity);
    @SuppressWarnings("unchecked")
    ObjectCodec<Object, ?> codec = (ObjectCodec<Object, ?>) ModelCodecs.ENTITIES.get(type);
    try {
      g.writeStartObject();
      g.writeName(type);
      codec.write(g, entity);
      g.writeEndObject();
    } catch (JacksonException e) {
      throw WriteFailures.of(e);
    }
    count++;
    return this;
  }

  /**
   * Writes every entity of a dataset, in document order: sources, concepts, organizations, people,
   * partnerships, infrastructures, strategies, events.
   *
   * @param landscape the dataset; its own properties (name, description, ...) are not written again
   * @return this writer
   */
  public LandscapeLineWriter writeAll(Landscape landscape) {
    landscape.sources().forEach(this::write);
    landscape.concepts().forEach(this::write);
    landscape.organizations().forEach(this::write);
    landscape.people().forEach(this::write);
    landscape.partnerships().forEach(this::write);
    landscape.infrastructures().forEach(this::write);
    landscape.strategies().forEach(this::write);
    landscape.events().forEach(this::write);
    return this;
  }

  /**
   * Returns how many entities were written.
   *
   * @return the number of entity lines
   */
  public long count() {
    return count;
  }

  static String typeOf(Object entity) {
    if (entity instanceof Organization) {
      return "organization";
    } else if (entity instanceof Person) {
      return "person";
    } else if (entity instanceof Partnership) {
      return "partnership";
    } else if (entity instanceof Infrastructure) {
      return "infrastructure";
    } else if (entity instanceof Strategy) {
      return "strategy";
    } else if (entity instanceof Source) {
      return "source";
    } else if (entity instanceof Concept) {
      return "concept";
    } else if (entity instanceof Event) {
      return "event";
    }
    NullValueException.requireArgument("entity", entity);
    throw new InvalidValueException("landscape line writer", null, "entity", "must be a source, concept, "
        + "organization, person, partnership, infrastructure, strategy or event, got " + entity.getClass().getName());
  }

  /**
   * Ends the last line and closes the stream.
   *
   * @throws CollabkitJsonException with rule {@link JsonRule#IO} when writing fails
   */
  @Override
  public void close() {
    try {
      g.writeRaw('\n');
      g.close();
    } catch (JacksonException e) {
      throw WriteFailures.of(e);
    }
  }
}

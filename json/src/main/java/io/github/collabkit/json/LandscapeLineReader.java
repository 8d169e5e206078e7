package io.github.collabkit.json;

import io.github.collabkit.json.internal.Documents;
import io.github.collabkit.json.internal.ModelCodecs;
import io.github.collabkit.json.internal.ModelReader;
import io.github.collabkit.json.internal.ObjectCodec;
import io.github.collabkit.model.Concept;
import io.github.collabkit.model.Infrastructure;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.LocalizedText;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.Partnership;
import io.github.collabkit.model.Person;
import io.github.collabkit.model.Source;
import io.github.collabkit.model.Strategy;
import java.io.Closeable;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads a dataset written as newline-delimited JSON by {@link LandscapeLineWriter}, one entity at
 * a time, holding nothing but the entity being read.
 *
 * <pre>{@code
 * try (LandscapeLineReader lines = CollabkitJson.standard().lineReader(in)) {
 *   while (lines.hasNext()) {
 *     Object entity = lines.next(); // an Organization, Partnership, ...
 *   }
 * }
 * }</pre>
 *
 * <p>Reading is strict, as for documents; a problem throws {@link CollabkitJsonException} with the
 * line and a JSON Pointer relative to that line. Obtain one from {@link CollabkitJson#lineReader};
 * not thread-safe.
 */
public final class LandscapeLineReader implements Closeable, Iterator<Object> {
  private final JsonParser p;
  private final ModelReader r;
  private final Landscape header;
  private JsonToken next;

  LandscapeLineReader(JsonParser p, ModelReader r) {
    this.p = p;
    this.r = r;
    try {
      p.nextToken();
      this.header = Documents.readLandscape(r, p);
      if (!header.organizations().isEmpty() || !header.people().isEmpty() || !header.partnerships().isEmpty()
          || !header.infrastructures().isEmpty() || !header.strategies().isEmpty()
          || !header.sources().isEmpty() || !header.concepts().isEmpty()) {
        throw r.fail(p, JsonRule.UNKNOWN_PROPERTY, "the header line holds only formatVersion, name and description;"
            + " entities go on lines of their own");
      }
      this.next = p.nextToken();
    } catch (JacksonException e) {
      throw ModelReader.fromJackson(e, p);
    }
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

  @Override
  public boolean hasNext() {
    return next != null;
  }

  /**
   * Reads the next entity.
   *
   * @return a {@link Source}, {@link Concept}, {@link Organization}, {@link Person}, {@link
   *     Partnership}, {@link Infrastructure} or {@link Strategy}
   * @throws NoSuchElementException when there are no more lines
   * @throws CollabkitJsonException when the line cannot be read
   */
  @Override
  public Object next() {
    if (next == null) {
      throw new NoSuchElementException("no more entities");
    }
    try {
      if (next != JsonToken.START_OBJECT) {
        throw r.fail(p, JsonRule.WRONG_TYPE, "expected an entity (an object) on each line, got " + next);
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
      next = p.nextToken();
      return entity;
    } catch (JacksonException e) {
      throw ModelReader.fromJackson(e, p);
    }
  }

  /**
   * Reads every remaining line into a dataset, for files that fit in memory.
   *
   * @return the dataset with the header's name and description
   * @throws CollabkitJsonException when a line cannot be read
   */
  public Landscape readAll() {
    Landscape.Builder b = Landscape.builder().name(header.name()).description(header.description());
    while (hasNext()) {
      Object e = next();
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
      } else {
        b.addConcept((Concept) e);
      }
    }
    return b.build();
  }

  /**
   * Closes the stream.
   *
   * @throws CollabkitJsonException with rule {@link JsonRule#IO} when closing fails
   */
  @Override
  public void close() {
    try {
      p.close();
    } catch (JacksonException e) {
      throw ModelReader.fromJackson(e, null);
    }
  }
}

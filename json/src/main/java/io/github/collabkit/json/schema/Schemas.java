package io.github.collabkit.json.schema;

import io.github.collabkit.json.internal.ModelCodecs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;

/** The JSON Schemas of collabkit's format that ship in the jar, one for the dataset and one per entity. */
public final class Schemas {

  /** The folder of the schemas, a resource name without a leading slash, ending with a slash. */
  public static final String FOLDER = "io/github/collabkit/json/schema/";

  private Schemas() {}

  /**
   * Reads one schema.
   *
   * @param name {@code landscape} or an entity type such as {@code organization}
   * @return the schema text
   * @throws IllegalArgumentException when there is no schema of that name
   */
  public static String read(String name) {
    if (!name.equals("landscape") && !ModelCodecs.ENTITIES.containsKey(name)) {
      throw new IllegalArgumentException("no schema '" + name + "'; there are: " + "landscape, "
          + String.join(", ", new TreeSet<>(ModelCodecs.ENTITIES.keySet())));
    }
    try (InputStream in = Schemas.class.getResourceAsStream("/" + FOLDER + name + ".schema.json")) {
      if (in == null) {
        throw new IllegalArgumentException("the schema " + name + " is not in the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.github.collabkit.json.schema;

import io.github.collabkit.json.internal.ModelCodecs;
import io.github.collabkit.model.UnknownCodeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
   * @throws UnknownCodeException when there is no schema of that name, listing the names there are
   */
  public static String read(String name) {
    if (!name.equals("landscape") && !ModelCodecs.ENTITIES.containsKey(name)) {
      List<String> names = new ArrayList<>(List.of("landscape"));
      names.addAll(new TreeSet<>(ModelCodecs.ENTITIES.keySet()));
      throw new UnknownCodeException("schema", name, names);
    }
    try (InputStream in = Schemas.class.getResourceAsStream("/" + FOLDER + name + ".schema.json")) {
      if (in == null) {
        throw new IllegalStateException("the schema " + name + " is not in the jar: a broken build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

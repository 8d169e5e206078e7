package io.github.collabkit.json.internal;

import io.github.collabkit.json.CollabkitJsonException;
import io.github.collabkit.json.JsonRule;
import io.github.collabkit.model.IncompleteValueException;
import io.github.collabkit.model.InvalidValueException;
import io.github.collabkit.model.Landscape;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Reads and writes a whole dataset document: the format version, then the landscape's properties. */
public final class Documents {
  private Documents() {}

  /** The format version this code writes. */
  public static final String FORMAT_VERSION = "1.1";

  /** The major format version this code reads; any minor version of it is accepted. */
  public static final int MAJOR = 1;

  /** The JSON name of the format version. */
  public static final String FORMAT_VERSION_PROPERTY = "formatVersion";

  private static final Pattern VERSION = Pattern.compile("([0-9]{1,4})\\.([0-9]{1,4})");

  /**
   * Writes a dataset document.
   *
   * @param g the generator
   * @param landscape the dataset
   */
  public static void writeLandscape(JsonGenerator g, Landscape landscape) {
    g.writeStartObject(landscape);
    g.writeStringProperty(FORMAT_VERSION_PROPERTY, FORMAT_VERSION);
    ModelCodecs.LANDSCAPE.writeProperties(g, landscape);
    g.writeEndObject();
  }

  /**
   * Reads a dataset document whose first token is the current one. The format version may come
   * anywhere among the properties (writers that sort keys put it after {@code description}); it is
   * checked where it stands, and a document without one is rejected.
   *
   * @param r the read state
   * @param p the parser
   * @return the dataset; in collecting mode what could be read, with the problems in {@code r}
   * @throws CollabkitJsonException in strict mode on the first problem, in collecting mode only
   *     when not even the document's start could be read
   */
  public static Landscape readLandscape(ModelReader r, JsonParser p) {
    if (!p.hasToken(JsonToken.START_OBJECT)) {
      throw r.wrongType(p, "a dataset document (an object)");
    }
    String first = p.nextName();
    boolean[] seen = {false};
    java.util.function.BiPredicate<String, JsonParser> version = (name, parser) -> {
      if (!FORMAT_VERSION_PROPERTY.equals(name)) {
        return false;
      }
      seen[0] = true;
      checkVersion(r, parser);
      return true;
    };
    Landscape.Builder b = ModelCodecs.LANDSCAPE.newBuilder();
    if (!r.collecting()) {
      boolean failed = ModelCodecs.LANDSCAPE.readProperties(r, p, b, first, version);
      if (!seen[0]) {
        throw missingVersion(r, p);
      }
      return ModelCodecs.LANDSCAPE.finish(r, p, b, failed);
    }
    try {
      ModelCodecs.LANDSCAPE.readProperties(r, p, b, first, version);
      if (!seen[0]) {
        r.report(missingVersion(r, p).problem());
      }
    } catch (CollabkitJsonException e) {
      r.report(e.problem());
    }
    try {
      return ModelCodecs.LANDSCAPE.finish(r, p, b, false);
    } catch (CollabkitJsonException e) {
      r.report(e.problem());
    } catch (Skipped e) {
      // past the cap on problems: counted, not reported
    }
    return buildKeepingTheRest(b);
  }

  /**
   * Builds a dataset whose own values broke a rule of the model (already reported): a missing or
   * unusable name becomes {@code "(unnamed)"}, a url, licence or list of creators the model rejects
   * is left out, and everything else is kept. At most one retry per value.
   */
  private static Landscape buildKeepingTheRest(Landscape.Builder b) {
    for (int attempt = 0; ; attempt++) {
      try {
        return b.build();
      } catch (IncompleteValueException | InvalidValueException e) {
        String field = e instanceof InvalidValueException ? ((InvalidValueException) e).field() : "name";
        if (attempt == 4 || field == null) {
          throw e;
        }
        switch (field) {
          case "name" -> b.name("(unnamed)");
          case "url" -> b.url(Optional.empty());
          case "license" -> b.license(Optional.empty());
          case "creators" -> b.creators(List.of());
          default -> throw e;
        }
      }
    }
  }

  private static CollabkitJsonException missingVersion(ModelReader r, JsonParser p) {
    return r.fail(p, JsonRule.FORMAT_VERSION, "a dataset document needs \"formatVersion\": \""
        + FORMAT_VERSION + "\"; it has none");
  }

  /**
   * Checks a format version, the parser on its value.
   *
   * @param r the read state
   * @param p the parser, on the value of {@code formatVersion}
   */
  static void checkVersion(ModelReader r, JsonParser p) {
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      throw r.wrongType(p, "a format version such as \"" + FORMAT_VERSION + "\"");
    }
    String version = p.getString();
    Matcher m = VERSION.matcher(version);
    if (!m.matches()) {
      throw r.fail(p, JsonRule.FORMAT_VERSION, "formatVersion must be major.minor such as \""
          + FORMAT_VERSION + "\", got '" + Codecs.checked(r, p, version) + "'");
    }
    int major = Integer.parseInt(m.group(1));
    if (major > MAJOR) {
      throw r.fail(p, JsonRule.FORMAT_VERSION, "format version " + version
          + " is newer than this collabkit reads (" + MAJOR + ".x); upgrade collabkit-json to read it");
    }
    if (major < MAJOR) {
      throw r.fail(p, JsonRule.FORMAT_VERSION, "format version " + version + " is unknown; "
          + "this collabkit reads " + MAJOR + ".x");
    }
  }
}

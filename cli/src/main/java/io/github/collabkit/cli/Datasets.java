package io.github.collabkit.cli;

import io.github.collabkit.csv.CsvExport;
import io.github.collabkit.json.CollabkitJson;
import io.github.collabkit.json.CollabkitJsonException;
import io.github.collabkit.json.JsonProblem;
import io.github.collabkit.json.JsonRule;
import io.github.collabkit.json.LandscapeLineReader;
import io.github.collabkit.json.LandscapeLineWriter;
import io.github.collabkit.json.LandscapeReadResult;
import io.github.collabkit.json.jsonld.JsonLdExport;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.validate.LandscapeValidator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes datasets in the forms the commands accept: a JSON document, newline-delimited
 * JSON (NDJSON), a folder of CSV tables, JSON-LD. The form follows the file name unless given.
 */
final class Datasets {
  /** The forms of a dataset. */
  enum Format {
    /** One JSON document ({@code .json}). */
    JSON("json"),
    /** Newline-delimited JSON, one entity a line ({@code .ndjson}, {@code .jsonl}). */
    NDJSON("ndjson"),
    /** A folder of CSV tables, one per entity type (written only). */
    CSV("csv"),
    /** JSON-LD with schema.org terms ({@code .jsonld}; written only). */
    JSONLD("jsonld");

    private final String code;

    Format(String code) {
      this.code = code;
    }

    String code() {
      return code;
    }

    /** The form a file name says: by extension; a name without one (a folder) is CSV. */
    static Format of(Path file) {
      String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
        return NDJSON;
      } else if (name.endsWith(".jsonld")) {
        return JSONLD;
      } else if (name.endsWith(".json")) {
        return JSON;
      } else if (name.endsWith(".csv") || !name.contains(".") || Files.isDirectory(file)) {
        return CSV;
      }
      throw Failure.unusable(file + ": cannot tell the format from the name; use a name ending in .json, .ndjson,"
          + " .jsonld, a folder for CSV, or --to");
    }
  }

  private Datasets() {}

  /**
   * Reads a document or NDJSON file collecting its problems; never throws for bad data, only for a
   * file that does not exist.
   */
  static LandscapeReadResult readCollecting(Path file) {
    if (!Files.isRegularFile(file)) {
      throw Failure.unusable(file + ": " + (Files.exists(file) ? "not a file" : "no such file"));
    }
    if (Format.of(file) != Format.NDJSON) {
      return CollabkitJson.standard().readLandscapeCollecting(file);
    }
    try (InputStream in = Files.newInputStream(file);
        LandscapeLineReader lines = CollabkitJson.standard().lineReader(in)) {
      // Every good line is kept and every bad one reported with its line number.
      return lines.readAllCollecting();
    } catch (CollabkitJsonException e) {
      // The header line cannot be read (or the stream failed): nothing else can be, and the report says why.
      Landscape empty = Landscape.builder().name("(unnamed)").build();
      return new LandscapeReadResult(empty, List.of(e.problem()), LandscapeValidator.create().validate(empty));
    } catch (IOException e) {
      throw Failure.unusable(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a dataset strictly: the first problem fails with one line naming the file, line and
   * JSON Pointer, and the rule.
   */
  static Landscape read(Path file) {
    LandscapeReadResult result = readCollecting(file);
    if (!result.errors().isEmpty()) {
      JsonProblem p = result.errors().get(0);
      throw Failure.unusable(file + ": " + describe(p) + (result.errors().size() > 1
          ? " (and " + (result.errors().size() - 1) + " more; see collabkit validate)" : ""));
    }
    return result.landscape();
  }

  /** One line for a JSON problem: line, column, pointer, rule, message. */
  static String describe(JsonProblem p) {
    return (p.line() > 0 ? "line " + p.line() + ", column " + p.column() + ", " : "")
        + (p.pointer().isEmpty() ? "/" : p.pointer()) + ": [" + p.rule().code() + "] " + p.message();
  }

  /**
   * Whether the problems make the file unusable: it cannot be read, or it is not JSON. A document is
   * unusable when any of it is not JSON; an NDJSON file only when its header line (line 1) is, since
   * every other line stands alone and a bad one is a problem reported beside the good ones.
   */
  static boolean unusable(Path file, LandscapeReadResult result) {
    boolean lines = Format.of(file) == Format.NDJSON;
    return result.errors().stream().anyMatch(p -> p.rule() == JsonRule.IO
        || (p.rule() == JsonRule.SYNTAX || p.rule() == JsonRule.LIMIT || p.rule() == JsonRule.FORMAT_VERSION)
            && (!lines || p.line() <= 1));
  }

  /** Creates the folder a file goes into, when missing. */
  static void createParent(Path out) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }

  /** Writes a dataset in a form; CSV writes a folder of tables. */
  static void write(Landscape landscape, Path out, Format format) {
    try {
      createParent(out);
      switch (format) {
        case JSON -> CollabkitJson.standard().writeLandscape(landscape, out);
        case NDJSON -> {
          try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out));
              LandscapeLineWriter w = CollabkitJson.standard().lineWriter(o, landscape)) {
            w.writeAll(landscape);
          }
        }
        case CSV -> {
          Files.createDirectories(out);
          CsvExport.of(landscape).writeTo(out);
        }
        case JSONLD -> {
          try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
            JsonLdExport.create().write(landscape, o);
          }
        }
        default -> throw new IllegalStateException(format.toString());
      }
    } catch (NoSuchFileException e) {
      throw Failure.unusable(out + ": cannot be written: no such folder " + e.getFile(), e);
    } catch (IOException e) {
      throw Failure.unusable(out + ": cannot be written: " + e.getMessage(), e);
    }
  }
}

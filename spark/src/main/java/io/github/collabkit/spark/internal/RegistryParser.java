package io.github.collabkit.spark.internal;

import io.github.collabkit.json.CollabkitJson;
import io.github.collabkit.json.ror.RorImport;
import io.github.collabkit.json.ror.RorImportException;
import io.github.collabkit.json.ror.RorImporter;
import io.github.collabkit.model.Organization;
import io.github.collabkit.spark.RegistryFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns the bytes of a registry file into organizations, with the readers of collabkit-json: the
 * ROR importer for ROR dumps, the landscape reader for collabkit documents. Runs on the driver (to
 * check the file once) and on each executor (to build its index).
 */
public final class RegistryParser {
  private RegistryParser() {}

  /**
   * Reads registry bytes of either format.
   *
   * @param format what the bytes hold
   * @param fileName the file name
   * @param bytes the bytes
   * @return the organizations
   */
  public static List<Organization> parse(RegistryFormat format, String fileName, byte[] bytes) {
    return format == RegistryFormat.ROR ? ror(fileName, bytes).organizations() : collabkit(bytes);
  }

  /**
   * Reads a ROR dump. The bytes go to a temporary file of the same name, so that the importer
   * chooses the format (JSON array, JSON lines, gzip and what else it reads) by the name as it
   * does for any file.
   *
   * @param fileName the dump's file name, such as {@code ror-records-v2.jsonl.gz}
   * @param bytes the file's bytes
   * @return the organizations and the importer's problems (records skipped, values left out)
   * @throws RorImportException when the dump cannot be read at all
   */
  public static RorImport ror(String fileName, byte[] bytes) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("collabkit-ror");
      Path file = dir.resolve(Path.of(fileName).getFileName().toString());
      Files.write(file, bytes);
      try {
        return RorImporter.create().read(file);
      } catch (RorImportException e) {
        // the importer names the file it read: name the registry's file, not the temporary copy
        throw new RorImportException(e.getMessage().replace(file.toString(), fileName), e);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage the ROR dump " + fileName + " in a temporary file", e);
    } finally {
      if (dir != null) {
        try {
          Files.deleteIfExists(dir);
        } catch (IOException e) {
          // left for the system's temporary-file cleaning; the dump itself was deleted above
        }
      }
    }
  }

  /**
   * Reads a collabkit landscape document.
   *
   * @param bytes the document, UTF-8 JSON
   * @return the landscape's organizations
   * @throws io.github.collabkit.json.CollabkitJsonException when the document is not valid
   */
  public static List<Organization> collabkit(byte[] bytes) {
    return CollabkitJson.standard().readLandscape(new ByteArrayInputStream(bytes)).organizations();
  }
}

package io.github.collabkit.spark.internal;

import io.github.collabkit.json.CollabkitJson;
import io.github.collabkit.json.ror.RorImport;
import io.github.collabkit.json.ror.RorImportException;
import io.github.collabkit.json.ror.RorImporter;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.Landscape;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Turns the bytes of a registry file into organizations, with the readers of collabkit-json (the
 * ROR importer for ROR dumps, the landscape reader for collabkit documents), on the driver; and
 * the organizations into the gzipped collabkit document shipped to executors, and back.
 */
public final class RegistryParser {
  private RegistryParser() {}

  /**
   * Writes organizations in the form shipped to executors: a collabkit landscape document, gzipped.
   *
   * @param fileName the registry's file name, which names the landscape
   * @param organizations the organizations
   * @return the bytes
   */
  public static byte[] ship(String fileName, List<Organization> organizations) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes, 1 << 16)) {
      CollabkitJson.standard().writeLandscape(
          Landscape.builder().name("registry " + fileName).addAllOrganizations(organizations).build(), gzip);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Reads what {@link #ship} wrote, as each executor does once.
   *
   * @param shipped the bytes
   * @return the organizations
   */
  public static List<Organization> unship(byte[] shipped) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(shipped), 1 << 16)) {
      return CollabkitJson.standard().readLandscape(in).organizations();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

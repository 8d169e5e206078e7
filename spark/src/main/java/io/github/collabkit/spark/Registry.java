package io.github.collabkit.spark;

import io.github.collabkit.json.CollabkitJson;
import io.github.collabkit.json.ror.RorImport;
import io.github.collabkit.json.ror.RorProblem;
import io.github.collabkit.model.InvalidValueException;
import io.github.collabkit.model.Organization;
import io.github.collabkit.spark.internal.RegistryParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The organizations that affiliation strings are resolved against, read from a ROR dump or a
 * collabkit landscape document and held as a gzipped collabkit document: the bytes a {@link
 * SparkResolver} broadcasts, from which each executor builds its index once.
 *
 * <pre>{@code
 * Registry ror = Registry.read(spark, "s3a://bucket/ror/v1.58-ror-data.jsonl.gz", RegistryFormat.ROR);
 * Registry umcs = Registry.bundled();   // the 29 organizations of the Dutch umc landscape
 * }</pre>
 *
 * <p>Every factory parses the file once on the driver, so a broken file fails there with the
 * reader's message rather than in every task.
 */
public final class Registry {
  private final RegistryFormat format;
  private final String fileName;
  private final int fileSize;
  private final byte[] shipped;
  private final int organizations;
  private final List<RorProblem> problems;
  private transient SoftReference<List<Organization>> parsed;

  private Registry(RegistryFormat format, String fileName, byte[] bytes) {
    this.format = Objects.requireNonNull(format, "format");
    this.fileName = Objects.requireNonNull(fileName, "fileName");
    this.fileSize = bytes.length;
    List<Organization> list;
    if (format == RegistryFormat.ROR) {
      RorImport read = RegistryParser.ror(fileName, bytes);
      list = read.organizations();
      this.problems = read.problems();
    } else {
      list = RegistryParser.collabkit(bytes);
      this.problems = List.of();
    }
    if (list.isEmpty()) {
      throw new InvalidValueException("registry", fileName, "organizations", "must hold at least one organization"
          + " the reader could import" + (problems.isEmpty() ? "" : "; first problem: " + problems.get(0)));
    }
    this.organizations = list.size();
    this.parsed = new SoftReference<>(list);
    this.shipped = RegistryParser.ship(fileName, list);
  }

  /**
   * Reads a registry from any path Spark can read (a local file, HDFS, S3 and so on, as Spark's
   * {@code binaryFile} source does).
   *
   * @param spark the session
   * @param path the path of one file
   * @param format what the file holds
   * @return the registry
   * @throws InvalidValueException when the path cannot be read or matches no file or more than
   *     one file
   * @throws io.github.collabkit.CollabkitException when the file is not a valid registry of that
   *     format (the reader's message says where and why)
   * @throws InvalidValueException when the file holds no organization the reader could import
   */
  public static Registry read(SparkSession spark, String path, RegistryFormat format) {
    List<Row> files;
    try {
      files = spark.read().format("binaryFile").load(path).select("path", "content").collectAsList();
    } catch (Exception e) { // Spark's AnalysisException is a checked exception to Java
      InvalidValueException unreadable = new InvalidValueException("registry", path, "path",
          "must name a file Spark can read: " + e.getMessage());
      unreadable.initCause(e);
      throw unreadable;
    }
    if (files.size() != 1) {
      throw new InvalidValueException("registry", path, "path", "must name one file, matches " + files.size());
    }
    String file = files.get(0).getString(0);
    return of(format, file.substring(file.lastIndexOf('/') + 1), files.get(0).getAs(1));
  }

  /**
   * Returns the registry of the bundled dataset: the organizations of the Dutch umc landscape
   * that collabkit-json ships.
   *
   * @return the registry
   */
  public static Registry bundled() {
    try (InputStream in = CollabkitJson.class.getClassLoader().getResourceAsStream(CollabkitJson.BUNDLED_LANDSCAPE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled dataset " + CollabkitJson.BUNDLED_LANDSCAPE
            + " is not on the class path");
      }
      return of(RegistryFormat.COLLABKIT, "dutch-umc-landscape.json", in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a registry of bytes already in memory.
   *
   * @param format what the bytes hold
   * @param fileName the file name; for a ROR dump it tells the importer the layout, such as
   *     {@code ror-data.jsonl.gz}
   * @param bytes the file's bytes; not copied, so do not change them afterwards
   * @return the registry
   * @throws io.github.collabkit.CollabkitException when the bytes are not a valid registry of
   *     that format
   * @throws InvalidValueException when they hold no organization the reader could import
   */
  public static Registry of(RegistryFormat format, String fileName, byte[] bytes) {
    return new Registry(format, fileName, bytes);
  }

  /**
   * Returns what the file holds.
   *
   * @return the format
   */
  public RegistryFormat format() {
    return format;
  }

  /**
   * Returns the file name the registry was read from.
   *
   * @return the name, without directories
   */
  public String fileName() {
    return fileName;
  }

  /**
   * Returns the size of the file the registry was read from.
   *
   * @return the number of bytes
   */
  public int fileSize() {
    return fileSize;
  }

  /**
   * Returns the number of bytes that are broadcast to the executors: the organizations as a
   * gzipped collabkit document, whatever the file was (smaller than a ROR dump and quicker to read;
   * the README's section on Spark has the measurement).
   *
   * @return the size of what is shipped
   */
  public int shippedSize() {
    return shipped.length;
  }

  /**
   * Returns the number of organizations the file holds.
   *
   * @return the count
   */
  public int organizationCount() {
    return organizations;
  }

  /**
   * Returns what the ROR importer reported while reading the dump on the driver: records it skipped
   * (not JSON, no id, no usable name) and values it left out. The executors read the same bytes
   * with the same importer, so their indexes hold exactly {@link #organizationCount()}
   * organizations.
   *
   * @return the problems, in input order; empty for a collabkit document, whose reader accepts a
   *     valid document only
   */
  public List<RorProblem> problems() {
    return problems;
  }

  /**
   * Returns the organizations, as parsed on the driver; they are held softly, and parsed again if
   * memory was short.
   *
   * @return the organizations
   */
  public synchronized List<Organization> organizations() {
    List<Organization> list = parsed.get();
    if (list == null) {
      list = RegistryParser.unship(shipped);
      parsed = new SoftReference<>(list);
    }
    return list;
  }

  byte[] shipped() {
    return shipped;
  }

  @Override
  public String toString() {
    return "Registry[" + format.code() + " " + fileName + ", " + organizations + " organizations, "
        + problems.size() + " import problems, " + fileSize + " bytes, " + shipped.length + " shipped]";
  }
}

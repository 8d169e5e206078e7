package io.github.collabkit.json.ror;

import io.github.collabkit.json.CollabkitJson;
import io.github.collabkit.json.ror.RorProblem.Outcome;
import io.github.collabkit.model.IdentifierScheme;
import io.github.collabkit.model.InvalidValueException;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.NullValueException;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.RelationKind;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports organization records of the Research Organization Registry (ROR), schema v2.0 and v2.1,
 * as collabkit {@link Organization}s, from files as ROR publishes them: one record, a JSON array of
 * records, JSON lines, gzipped, or the data dump's zip.
 *
 * <pre>{@code
 * RorImport lumc = RorImporter.create().read(Path.of("05xvt9f17.json"));
 * Organization o = lumc.organizations().get(0);
 * o.key();           // 05xvt9f17
 * o.displayName();   // Leiden University Medical Center
 *
 * // a whole dump, one organization at a time, in bounded memory
 * RorImporter.create().withProgress((records, bytes, total) -> System.err.print("\r" + records))
 *     .forEach(Path.of("v1.58-2024-12-11-ror-data.zip"), writer::write, System.err::println);
 * }</pre>
 *
 * <p>How a record maps:
 *
 * <ul>
 *   <li>{@code id} becomes the key (the bare ROR id, such as {@code 05xvt9f17}) and a {@link
 *       IdentifierScheme#ROR} identifier;
 *   <li>{@code names}: {@code ror_display} becomes {@link NameKind#DISPLAY}, {@code label} {@link
 *       NameKind#LABEL}, {@code alias} {@link NameKind#ALIAS}, {@code acronym} {@link
 *       NameKind#ACRONYM}, each with its language;
 *   <li>{@code types} map by {@link #TYPES} (ROR's types are coarser than collabkit's: {@code
 *       education} becomes {@link OrganizationType#UNIVERSITY}, {@code healthcare} {@link
 *       OrganizationType#HOSPITAL}); the sector follows {@code company}, {@code nonprofit} or
 *       {@code government} when one of those is given;
 *   <li>the first of {@code locations} gives country, city, region and coordinates ({@code lat},
 *       {@code lng});
 *   <li>{@code domains} become {@link Organization#domains()}, in lower case;
 *   <li>{@code external_ids} ({@code isni}, {@code wikidata}, {@code grid}, {@code fundref}, every
 *       value in {@code all}) and the {@code website} link become identifiers;
 *   <li>{@code relationships}: the first {@code parent} becomes {@link Organization#parent()},
 *       further parents {@link RelationKind#PARENT}, and {@code child}, {@code related}, {@code
 *       predecessor}, {@code successor} the relation of that kind, all keyed by ROR id;
 *   <li>{@code status}, and {@code established} (a year, as a number or a string of digits).
 * </ul>
 *
 * <p>Not part of the collabkit model and so not imported: the {@code wikipedia} link, GeoNames ids,
 * further locations, and {@code admin}.
 *
 * <p>Reading never stops at a bad record: a record that is not JSON (invalid UTF-8, a duplicate
 * property, a syntax error), is larger than {@link #DEFAULT_MAX_RECORD_BYTES}, or lacks an id, a
 * usable name or a known type is reported as a {@link RorProblem} with its position and skipped; a
 * value the model rejects (a failing check digit, an object where a string belongs) is left out of
 * its record and reported. Input that ends early (a truncated gzip) ends the import with a
 * problem, keeping every complete record before it. Strings are limited as in {@link
 * CollabkitJson#DEFAULT_READ_CONSTRAINTS}; a byte order mark is accepted at the start of any input.
 *
 * <p>Memory: {@link #forEach} holds one record at a time (at most the record limit); {@link #read}
 * also keeps the organizations it returns. An importer is immutable and safe to share.
 */
public final class RorImporter {
  /** How ROR organization types map to collabkit types. */
  public static final Map<String, OrganizationType> TYPES = Map.of(
      "education", OrganizationType.UNIVERSITY,
      "healthcare", OrganizationType.HOSPITAL,
      "company", OrganizationType.COMPANY,
      "nonprofit", OrganizationType.FOUNDATION,
      "government", OrganizationType.GOVERNMENT_BODY,
      "facility", OrganizationType.RESEARCH_INSTITUTE,
      "funder", OrganizationType.FUNDER,
      "archive", OrganizationType.OTHER,
      "other", OrganizationType.OTHER);

  /** The default limit on one record, 16 MiB: ROR's largest records are a few kilobytes. */
  public static final int DEFAULT_MAX_RECORD_BYTES = 16 << 20;

  /** How often the progress callback is called: every this many records, and once at the end. */
  public static final int PROGRESS_EVERY = 1000;

  /** How records are laid out in a stream. */
  public enum Layout {
    /** One JSON array of records, or one record (a {@code .json} file). */
    JSON,
    /** One record a line (a {@code .jsonl} file); blank lines are skipped. */
    JSON_LINES
  }

  /** Told how far a long import has come. */
  @FunctionalInterface
  public interface Progress {
    /**
     * Called every {@link #PROGRESS_EVERY} records and once at the end, on the importing thread.
     *
     * @param records the records read so far, imported or skipped
     * @param bytesRead the bytes of the file read so far (compressed bytes for a gzip or zip)
     * @param totalBytes the size of the file, or -1 when reading a stream of unknown size
     */
    void update(long records, long bytesRead, long totalBytes);
  }

  private static final Progress NO_PROGRESS = (records, bytesRead, totalBytes) -> { };

  private final ObjectMapper mapper;
  private final int maxRecordBytes;
  private final Progress progress;

  private RorImporter(ObjectMapper mapper, int maxRecordBytes, Progress progress) {
    this.mapper = mapper;
    this.maxRecordBytes = maxRecordBytes;
    this.progress = progress;
  }

  /**
   * Returns an importer with the default limits and no progress callback.
   *
   * @return a new importer
   */
  public static RorImporter create() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(CollabkitJson.DEFAULT_READ_CONSTRAINTS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    return new RorImporter(JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build(), DEFAULT_MAX_RECORD_BYTES, NO_PROGRESS);
  }

  /**
   * Returns an importer that skips records larger than the given size.
   *
   * @param bytes the largest record imported, in bytes of UTF-8
   * @return a new importer
   * @throws InvalidValueException when {@code bytes} is not positive
   */
  public RorImporter withMaxRecordBytes(int bytes) {
    if (bytes <= 0) {
      throw new InvalidValueException("ror importer", null, "maxRecordBytes", "must be positive, got " + bytes);
    }
    return new RorImporter(mapper, bytes, progress);
  }

  /**
   * Returns an importer that reports its progress.
   *
   * @param progress told every {@link #PROGRESS_EVERY} records and at the end
   * @return a new importer
   */
  public RorImporter withProgress(Progress progress) {
    return new RorImporter(mapper, maxRecordBytes, NullValueException.requireArgument("progress", progress));
  }

  /**
   * Reads a file into memory: one record or an array of records ({@code .json}), one record a line
   * ({@code .jsonl}), either optionally gzipped ({@code .gz}), or ROR's data dump zip (its v2 JSON
   * entry).
   *
   * @param file the file
   * @return the organizations and problems
   * @throws RorImportException when the file cannot be opened at all, or a zip holds no JSON
   */
  public RorImport read(Path file) {
    List<Organization> organizations = new ArrayList<>();
    List<RorProblem> problems = new ArrayList<>();
    forEach(file, organizations::add, problems::add);
    return new RorImport(organizations, problems);
  }

  /**
   * Reads a file one record at a time, as {@link #read(Path)} does, handing each organization and
   * problem over as soon as it is read; memory is bounded by the record limit.
   *
   * @param file the file
   * @param organizations receives each organization, in input order
   * @param problems receives each problem, in input order
   * @return the number of organizations imported
   * @throws RorImportException when the file cannot be opened at all, or a zip holds no JSON
   */
  public long forEach(Path file, Consumer<? super Organization> organizations,
      Consumer<? super RorProblem> problems) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new RorImportException(file + ": no such file", e);
    } catch (IOException e) {
      throw new RorImportException(file + ": cannot be read: " + e.getMessage(), e);
    }
    if (isZip(file)) {
      return forEachInZip(file, size, organizations, problems);
    }
    try (Counting raw = new Counting(Files.newInputStream(file));
        BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16)) {
      InputStream in = buffered;
      buffered.mark(2);
      boolean gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
      buffered.reset();
      if (gzip) {
        in = new GZIPInputStream(buffered, 1 << 16);
        name = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
      }
      return forEach(in, layout(name), raw, size, organizations, problems);
    } catch (IOException e) {
      throw new RorImportException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads one record or a JSON array of records.
   *
   * @param in the JSON, in UTF-8; not closed
   * @return the organizations and problems
   */
  public RorImport readJson(InputStream in) {
    return read(in, Layout.JSON);
  }

  /**
   * Reads records written one a line, as in ROR's JSON lines dumps; blank lines are skipped.
   *
   * @param in the lines, in UTF-8; not closed
   * @return the organizations and problems
   */
  public RorImport readJsonLines(InputStream in) {
    return read(in, Layout.JSON_LINES);
  }

  private RorImport read(InputStream in, Layout layout) {
    List<Organization> organizations = new ArrayList<>();
    List<RorProblem> problems = new ArrayList<>();
    forEach(in, layout, organizations::add, problems::add);
    return new RorImport(organizations, problems);
  }

  /**
   * Reads a stream one record at a time; memory is bounded by the record limit.
   *
   * @param in the records, in UTF-8; not closed
   * @param layout how the records are laid out
   * @param organizations receives each organization, in input order
   * @param problems receives each problem, in input order
   * @return the number of organizations imported
   */
  public long forEach(InputStream in, Layout layout, Consumer<? super Organization> organizations,
      Consumer<? super RorProblem> problems) {
    Counting counting = new Counting(in);
    return forEach(counting, layout, counting, -1, organizations, problems);
  }

  /**
   * Converts one parsed ROR v2 record.
   *
   * @param record the record as a JSON tree
   * @param problems where values left out are reported
   * @return the organization
   * @throws RorImportException when the record lacks an id, a usable name or a known type
   */
  public Organization toOrganization(JsonNode record, List<RorProblem> problems) {
    try {
      return RorRecords.convert(record, "record", problems::add);
    } catch (RorRecords.Skip e) {
      throw new RorImportException("record: " + (e.field.isEmpty() ? "" : e.field + ": ") + e.getMessage());
    }
  }

  private long forEach(InputStream in, Layout layout, Counting counter, long size,
      Consumer<? super Organization> organizations, Consumer<? super RorProblem> problems) {
    RecordSplitter splitter = new RecordSplitter(in, layout == Layout.JSON_LINES, maxRecordBytes);
    long imported = 0;
    long records = 0;
    for (RecordSplitter.Chunk c = splitter.next(); c != null; c = splitter.next()) {
      if (c.isProblem()) {
        problems.accept(new RorProblem(c.ended ? "line " + c.line : where(layout, c), "", "", c.problem,
            c.ended ? Outcome.INPUT_ENDED : Outcome.RECORD_SKIPPED));
      } else {
        Organization o = convert(c, layout, problems);
        if (o != null) {
          organizations.accept(o);
          imported++;
        }
      }
      if (++records % PROGRESS_EVERY == 0) {
        progress.update(records, counter.count, size);
      }
    }
    progress.update(records, counter.count, size);
    return imported;
  }

  private Organization convert(RecordSplitter.Chunk c, Layout layout, Consumer<? super RorProblem> problems) {
    String where = where(layout, c);
    JsonNode node;
    try {
      node = mapper.readTree(c.bytes, 0, c.length);
    } catch (JacksonException e) {
      TokenStreamLocation l = e.getLocation();
      String at = "";
      if (l != null && l.getLineNr() > 0) {
        long line = c.line + l.getLineNr() - 1;
        long column = l.getLineNr() == 1 ? c.column + l.getColumnNr() - 1 : l.getColumnNr();
        at = " (line " + line + ", column " + column + ")";
      }
      problems.accept(new RorProblem(where, "", "", "not valid JSON" + at + ": " + e.getOriginalMessage(),
          Outcome.RECORD_SKIPPED));
      return null;
    }
    List<RorProblem> found = new ArrayList<>(0);
    try {
      Organization o = RorRecords.convert(node, where, found::add);
      found.forEach(problems);
      return o;
    } catch (RorRecords.Skip e) {
      found.forEach(problems);
      String id = node.path("id").isString() ? IdentifierScheme.ROR.normalize(node.path("id").asString()) : "";
      problems.accept(new RorProblem(where, id, e.field, e.getMessage(), Outcome.RECORD_SKIPPED));
      return null;
    }
  }

  private static String where(Layout layout, RecordSplitter.Chunk c) {
    return layout == Layout.JSON_LINES ? "line " + c.line : "record " + c.index + " (line " + c.line + ")";
  }

  private static Layout layout(String name) {
    return name.endsWith(".jsonl") || name.endsWith(".ndjson") ? Layout.JSON_LINES : Layout.JSON;
  }

  private static boolean isZip(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] magic = in.readNBytes(4);
      return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    } catch (IOException e) {
      throw new RorImportException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private long forEachInZip(Path file, long size, Consumer<? super Organization> organizations,
      Consumer<? super RorProblem> problems) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry entry = v2Entry(file, Collections.list(zip.entries()));
      try (Counting raw = new Counting(zip.getInputStream(entry))) {
        // the entry's compressed size is what the file read advances by; report uncompressed bytes here
        return forEach(raw, layout(entry.getName().toLowerCase(Locale.ROOT)), raw, entry.getSize(),
            organizations, problems);
      }
    } catch (ZipException e) {
      throw new RorImportException(file + ": not a readable zip: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new RorImportException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * The entry holding the v2 records: the only JSON entry, else the one named {@code *schema_v2*}
   * (ROR's dumps from v1.45 hold both schemas), else the one whose name starts with {@code v2}.
   */
  private static ZipEntry v2Entry(Path file, List<? extends ZipEntry> entries) {
    List<ZipEntry> json = new ArrayList<>();
    for (ZipEntry e : entries) {
      String n = e.getName().toLowerCase(Locale.ROOT);
      if (!e.isDirectory() && !n.startsWith("__macosx/")
          && (n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".ndjson"))) {
        json.add(e);
      }
    }
    if (json.size() == 1) {
      return json.get(0);
    }
    for (String marker : List.of("schema_v2", "/v2", "v2")) {
      List<ZipEntry> v2 = json.stream().filter(e -> {
        String n = e.getName().toLowerCase(Locale.ROOT);
        return marker.equals("v2") ? n.startsWith("v2") : n.contains(marker);
      }).toList();
      if (v2.size() == 1) {
        return v2.get(0);
      }
    }
    throw new RorImportException(file + ": " + (json.isEmpty()
        ? "the zip holds no .json or .jsonl entry"
        : "cannot tell which JSON entry holds the v2 records: " + json.stream().map(ZipEntry::getName).toList()
            + "; expected one entry, or one named *schema_v2*.json"));
  }

  /** Counts the bytes read through it, for progress. */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }
  }
}

package io.github.collabkit.csv;

import io.github.collabkit.internal.Checks;
import io.github.collabkit.model.CollectionProfile;
import io.github.collabkit.model.EntityRef;
import io.github.collabkit.model.Event;
import io.github.collabkit.model.Funding;
import io.github.collabkit.model.Identifier;
import io.github.collabkit.model.IdentifierScheme;
import io.github.collabkit.model.Infrastructure;
import io.github.collabkit.model.InfrastructureParticipation;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.LocalizedText;
import io.github.collabkit.model.Location;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRelation;
import io.github.collabkit.model.PartialDate;
import io.github.collabkit.model.Participation;
import io.github.collabkit.model.ParticipationStatus;
import io.github.collabkit.model.Partnership;
import io.github.collabkit.model.Period;
import io.github.collabkit.model.Readiness;
import io.github.collabkit.model.Quantity;
import io.github.collabkit.model.QuantityQualifier;
import io.github.collabkit.model.TimeBoundLink;
import io.github.collabkit.model.Vocabulary;
import io.github.collabkit.model.WorkArea;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the organizations, partnerships, infrastructures and signing events of a {@link Landscape} as CSV files in
 * the format of <a href="https://www.rfc-editor.org/rfc/rfc4180">RFC 4180</a> ({@link CsvWriter}): a
 * header row, records ended by CRLF, fields quoted where needed. Files are UTF-8.
 *
 * <p>Safe by default: a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * CR, which a spreadsheet would run as a formula (OWASP "CSV Injection"), is written with a leading
 * {@code '}; {@link #withFormulaEscaping(boolean) withFormulaEscaping(false)} writes text as it is,
 * for programs that read the CSV as data. For spreadsheets in a Dutch locale, {@link
 * #withDelimiter(char) withDelimiter(';')} and {@link #withByteOrderMark(boolean)
 * withByteOrderMark(true)} give files Excel opens in columns and as UTF-8.
 *
 * <pre>{@code
 * CsvExport csv = CsvExport.of(landscape);
 * List<Path> files = csv.writeTo(Path.of("export"));   // organizations.csv, partnerships.csv, ...
 * String partnerships = csv.toCsv(CsvTable.PARTNERSHIPS);
 * }</pre>
 *
 * <p>Rows follow the order of the landscape's lists. An export is immutable and may be shared between
 * threads.
 */
public final class CsvExport {

  /** Separates the values in a cell that holds several: {@value}. */
  public static final String SEPARATOR = "; ";

  private final Landscape landscape;
  private final char delimiter;
  private final boolean formulaEscaping;
  private final boolean byteOrderMark;

  private CsvExport(Landscape landscape, char delimiter, boolean formulaEscaping, boolean byteOrderMark) {
    this.landscape = landscape;
    this.delimiter = delimiter;
    this.formulaEscaping = formulaEscaping;
    this.byteOrderMark = byteOrderMark;
  }

  /**
   * Returns an export of the given landscape.
   *
   * @param landscape the dataset to export
   * @return the export
   * @throws io.github.collabkit.model.NullValueException if {@code landscape} is null
   */
  public static CsvExport of(Landscape landscape) {
    return new CsvExport(Checks.argument("landscape", landscape), ',', true, false);
  }

  /**
   * Returns a copy that separates fields with another delimiter: {@code ','} (the default), {@code
   * ';'} (what Excel expects in Dutch and other locales that write decimals with a comma) or a tab.
   *
   * @param delimiter {@code ','}, {@code ';'} or {@code '\t'}
   * @return the new export
   * @throws io.github.collabkit.model.InvalidValueException for any other character
   */
  public CsvExport withDelimiter(char delimiter) {
    return new CsvExport(landscape, CsvWriter.checkDelimiter(delimiter), formulaEscaping, byteOrderMark);
  }

  /**
   * Returns a copy that does or does not neutralise cells a spreadsheet would run as formulas (those
   * starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a CR get a leading {@code '}).
   * On by default; turn it off only when no spreadsheet will open the files.
   *
   * @param formulaEscaping whether to neutralise formula cells
   * @return the new export
   */
  public CsvExport withFormulaEscaping(boolean formulaEscaping) {
    return new CsvExport(landscape, delimiter, formulaEscaping, byteOrderMark);
  }

  /**
   * Returns a copy that does or does not start each file written by {@link #writeTo} with a UTF-8
   * byte order mark, which Excel needs to read the file as UTF-8. Off by default.
   *
   * @param byteOrderMark whether to write the mark
   * @return the new export
   */
  public CsvExport withByteOrderMark(boolean byteOrderMark) {
    return new CsvExport(landscape, delimiter, formulaEscaping, byteOrderMark);
  }

  /**
   * Writes one table, header first, to a writer; the writer is flushed, not closed.
   *
   * @param table the table to write
   * @param out where to write it
   * @throws IOException if writing fails
   */
  public void write(CsvTable table, Writer out) throws IOException {
    Checks.argument("table", table);
    Checks.argument("out", out);
    writeRecord(out, table.columns());
    for (List<String> row : rows(table)) {
      writeRecord(out, row);
    }
    out.flush();
  }

  /**
   * Returns one table as a string, header first, every record ended by CRLF.
   *
   * @param table the table to write
   * @return the CSV text
   */
  public String toCsv(CsvTable table) {
    StringWriter out = new StringWriter();
    try {
      write(table, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /**
   * Writes every table into a directory, each as UTF-8 in the file named by {@link
   * CsvTable#fileName()}, replacing files of that name. The directory is created if needed. Each
   * file is written to a temporary file beside it and moved into place when complete, so a failure
   * never leaves a partial file; text that UTF-8 cannot encode (a lone surrogate) fails before the
   * file is replaced.
   *
   * @param directory the directory to write into
   * @return the files written, in the order of {@link CsvTable#values()}
   * @throws IOException if the directory cannot be created or a file cannot be written, or a text
   *     cannot be encoded ({@link java.nio.charset.CharacterCodingException})
   */
  public List<Path> writeTo(Path directory) throws IOException {
    Files.createDirectories(directory);
    List<Path> written = new ArrayList<>();
    for (CsvTable table : CsvTable.values()) {
      Path file = directory.resolve(table.fileName());
      Path partial = Files.createTempFile(directory, "." + table.fileName(), ".partial");
      try {
        java.nio.charset.CharsetEncoder strict = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        try (Writer out = new BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(partial), strict))) {
          if (byteOrderMark) {
            out.write('\uFEFF');
          }
          write(table, out);
        }
        try {
          Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
              java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
          Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(partial);
      }
      written.add(file);
    }
    return List.copyOf(written);
  }

  /**
   * Returns the data rows of one table, without the header, each as a list of cells in the order
   * of {@link CsvTable#columns()}; an absent value is an empty string.
   *
   * @param table the table
   * @return the rows, unmodifiable
   */
  public List<List<String>> rows(CsvTable table) {
    return switch (Checks.argument("table", table)) {
      case ORGANIZATIONS -> map(landscape.organizations(), CsvExport::organization);
      case PARTNERSHIPS -> map(landscape.partnerships(), this::partnership);
      case INFRASTRUCTURES -> map(landscape.infrastructures(), CsvExport::infrastructure);
      case EVENTS -> map(landscape.events(), this::event);
    };
  }

  private static <T> List<List<String>> map(List<T> entities, Function<T, List<String>> row) {
    return entities.stream().map(row).collect(Collectors.toUnmodifiableList());
  }

  private static List<String> organization(Organization o) {
    return List.of(
        o.key(),
        o.displayName("en"),
        exactName(o.names(), "nl"),
        join(o.names().stream().filter(n -> n.kind() == NameKind.ACRONYM).map(Name::value)
            .collect(Collectors.toList())),
        codes(o.types()),
        o.sector().map(Vocabulary::code).orElse(""),
        key(o.parent()),
        o.status().code(),
        date(o.established()),
        o.location().map(Location::countryCode).orElse(""),
        o.location().flatMap(Location::city).orElse(""),
        identifier(o, IdentifierScheme.ROR),
        identifier(o, IdentifierScheme.WIKIDATA),
        identifier(o, IdentifierScheme.ISNI),
        identifier(o, IdentifierScheme.WEBSITE),
        preferred(o.description()),
        dutch(o.description()),
        names(o.names()),
        join(o.relations().stream().map(CsvExport::relation).collect(Collectors.toList())),
        figures(o.figures()));
  }

  private List<String> partnership(Partnership p) {
    return List.of(
        p.key(),
        preferred(p.title()),
        dutch(p.title()),
        p.kind().code(),
        p.status().code(),
        date(p.period().flatMap(Period::start)),
        date(p.period().flatMap(Period::end)),
        landscape.signingOf(p).map(s -> s.dateQualifier().map(q -> q.code() + " ").orElse("") + s.date()).orElse(""),
        join(p.parties().stream().map(CsvExport::party).collect(Collectors.toList())),
        join(p.workAreas().stream().map(WorkArea::title).map(CsvExport::preferred)
            .collect(Collectors.toList())),
        join(p.themes()),
        p.scope().map(Vocabulary::code).orElse(""),
        keys(p.infrastructures()),
        preferred(p.description()),
        dutch(p.description()),
        join(p.fundings().stream().map(CsvExport::funding).collect(Collectors.toList())),
        figures(p.figures()));
  }

  /**
   * A funding as {@code funder: programme (code), amount, start/end}, the parts the funding lacks
   * left out: {@code zonmw: Open Competition (09120012010061), EUR 750000, 2021/2025}.
   */
  private static String funding(Funding f) {
    StringBuilder cell = new StringBuilder(f.funder().key()).append(':');
    if (!f.programme().isEmpty()) {
      cell.append(' ').append(preferred(f.programme()));
    }
    f.code().ifPresent(c -> cell.append(" (").append(c).append(')'));
    f.amount().ifPresent(m -> cell.append(", ").append(m));
    f.period().ifPresent(p -> cell.append(", ").append(period(p)));
    return cell.toString();
  }

  /**
   * Figures as {@code qualifier value unit}, the qualifier left out when exact and the value without
   * exponent or trailing zeros: {@code 9 researchers; more-than 440000 participants}.
   */
  private static String figures(List<Quantity> figures) {
    return join(figures.stream().map(q -> (q.qualifier() == QuantityQualifier.EXACT ? "" : q.qualifier().code() + " ")
        + BigDecimal.valueOf(q.value()).stripTrailingZeros().toPlainString() + " " + q.unit())
        .collect(Collectors.toList()));
  }

  private static List<String> infrastructure(Infrastructure i) {
    return List.of(
        i.key(),
        i.displayName("en"),
        exactName(i.names(), "nl"),
        codes(i.kinds()),
        i.status().code(),
        join(i.organizations().stream().map(CsvExport::participant).collect(Collectors.toList())),
        key(i.partOf()),
        date(i.period().flatMap(Period::start)),
        date(i.period().flatMap(Period::end)),
        i.scope().map(Vocabulary::code).orElse(""),
        join(i.capabilities()),
        join(i.themes()),
        preferred(i.description()),
        dutch(i.description()),
        names(i.names()),
        figures(i.figures()),
        join(i.readiness().stream().map(CsvExport::readiness).collect(Collectors.toList())),
        figures(i.collection().flatMap(CollectionProfile::participants).stream().collect(Collectors.toList())),
        i.collection().filter(c -> c.minimumAge().isPresent() || c.maximumAge().isPresent())
            .map(c -> c.minimumAge().map(String::valueOf).orElse("") + "-" + c.maximumAge().map(String::valueOf).orElse(""))
            .orElse(""),
        i.collection().map(c -> codes(c.dataCategories())).orElse(""),
        i.collection().map(c -> codes(c.materialTypes())).orElse(""),
        i.collection().map(c -> codes(c.useConditions())).orElse(""));
  }

  /** A readiness as {@code capability (trl, stage, as of)}, {@code *} for the whole infrastructure. */
  private static String readiness(Readiness r) {
    List<String> parts = new ArrayList<>();
    r.trl().ifPresent(t -> parts.add(String.valueOf(t)));
    r.stage().ifPresent(s -> parts.add(s.code()));
    r.asOf().ifPresent(d -> parts.add(d.toString()));
    return r.capability().orElse("*") + " (" + String.join(", ", parts) + ")";
  }

  private List<String> event(Event e) {
    return List.of(
        e.key(),
        preferred(e.title()),
        dutch(e.title()),
        (e.dateQualifier().map(q -> q.code() + " ").orElse("") + e.date()),
        preferred(e.place()),
        dutch(e.place()),
        e.location().map(Location::countryCode).orElse(""),
        e.location().flatMap(Location::city).orElse(""),
        key(e.host()),
        e.mode().map(Vocabulary::code).orElse(""),
        join(e.attendees().stream().map(a -> a.person().key() + " ("
            + a.roles().stream().map(Vocabulary::code).collect(Collectors.joining(", ")) + ")")
            .collect(Collectors.toList())),
        keys(landscape.partnershipsSignedAt(e.ref()).stream().map(Partnership::ref).collect(Collectors.toList())));
  }

  private static String party(Participation p) {
    return link(p, p.role());
  }

  private static String participant(InfrastructureParticipation p) {
    return link(p, p.role());
  }

  private static String relation(OrganizationRelation r) {
    return link(r, r.kind());
  }

  /**
   * A time-bound link as {@code key (role)}, its status after the role unless current and its
   * period after that when dated: {@code university-of-oldenburg (partner, prospective)},
   * {@code chdr (partner, 2021/)}.
   */
  private static String link(TimeBoundLink link, Vocabulary role) {
    StringBuilder cell = new StringBuilder(link.organization().key()).append(" (").append(role.code());
    if (link.status() != ParticipationStatus.CURRENT) {
      cell.append(", ").append(link.status().code());
    }
    link.period().ifPresent(p -> cell.append(", ").append(period(p)));
    return cell.append(')').toString();
  }

  /** The display name or label given exactly in {@code language}, or empty. */
  private static String exactName(List<Name> names, String language) {
    return names.stream()
        .filter(n -> n.kind() == NameKind.DISPLAY || n.kind() == NameKind.LABEL)
        .filter(n -> n.language().map(language::equals).orElse(false))
        .map(Name::value)
        .findFirst()
        .orElse("");
  }

  private static String preferred(LocalizedText text) {
    return text.text("en");
  }

  private static String dutch(LocalizedText text) {
    return text.get("nl").orElse("");
  }

  private static String identifier(Organization o, IdentifierScheme scheme) {
    return o.identifier(scheme).map(Identifier::value).orElse("");
  }

  private static String date(Optional<PartialDate> date) {
    return date.map(PartialDate::toString).orElse("");
  }

  /** A period as {@code start/end}, an open side empty: {@code 2021/}. */
  private static String period(Period period) {
    return date(period.start()) + "/" + date(period.end());
  }

  private static String key(Optional<? extends EntityRef> ref) {
    return ref.map(EntityRef::key).orElse("");
  }

  private static String keys(Collection<? extends EntityRef> refs) {
    return join(refs.stream().map(EntityRef::key).collect(Collectors.toList()));
  }

  private static String codes(Collection<? extends Vocabulary> values) {
    return join(values.stream().map(Vocabulary::code).collect(Collectors.toList()));
  }

  /** Every name as {@code kind:language:value}. */
  private static String names(List<Name> names) {
    return join(names.stream().map(n -> n.kind().code() + ":" + n.language().orElse("") + ":" + n.value())
        .collect(Collectors.toList()));
  }

  /** Joins values with {@value #SEPARATOR}, each with its backslashes and semicolons escaped. */
  private static String join(Collection<String> values) {
    StringBuilder b = new StringBuilder();
    boolean first = true;
    for (String v : values) {
      if (!first) {
        b.append(SEPARATOR);
      }
      first = false;
      for (int i = 0; i < v.length(); i++) {
        char c = v.charAt(i);
        if (c == '\\' || c == ';') {
          b.append('\\');
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  private void writeRecord(Writer out, List<String> fields) throws IOException {
    new CsvWriter(out, delimiter, formulaEscaping).write(fields);
  }
}

package io.github.collabkit.csv;

import java.util.List;

/**
 * One CSV file of the export: the entity type it lists, its file name and its columns.
 *
 * <p>Columns hold codes and keys as they appear in the JSON format ({@code "umc"}, {@code "lumc"}), so
 * a spreadsheet can be joined back to the dataset. A cell with several values separates them with
 * {@value CsvExport#SEPARATOR}; inside a value a backslash is written {@code \\} and a semicolon
 * {@code \;}, so {@code ["A; B"]} ({@code A\; B}) and {@code ["A", "B"]} ({@code A; B}) stay apart
 * and every cell splits back into the values it came from. A party or participant is written as
 * {@code key (role)}, for example {@code lumc (lead); umcu (partner)}, and an organization's relation
 * as {@code key (kind)}, such as {@code regmed-xb (member-of)}; a status other than current and a
 * period follow the role when given: {@code university-of-oldenburg (partner, prospective)},
 * {@code chdr (partner, 2021/)}, {@code umcu (partner, former, 2019/2021)}. An absent value is an
 * empty cell.
 *
 * <p>The {@code names} column holds every name of an organization or infrastructure, of every kind
 * and language, each as {@code kind:language:value} (the language empty when the name has none),
 * such as {@code display:en:Leiden University Medical Center; acronym::LUMC}. The {@code signed}
 * column writes a signing date with its qualifier, such as {@code before 2021-12}, whether the
 * partnership embeds its signing or was signed at an event of {@code events.csv}. The {@code fundings}
 * column writes each funding as {@code funder: programme (code), amount, start/end}, leaving out what
 * is not given, the amount as currency and decimal amount preceded by its qualifier unless exact:
 * {@code zonmw: Open Competition (09120012010061), EUR 750000, 2021/2025} or {@code lumc:, about EUR
 * 1000000}. The {@code figures} column writes each figure as {@code qualifier value unit}, the
 * qualifier left out when exact: {@code 11 studies; more-than 50 years}. Amounts and figures
 * are never added up.
 *
 * <p>The {@code readiness} column holds each readiness as {@code capability (trl, stage, as of)}, the
 * capability {@code *} for the infrastructure as a whole, such as {@code * (planned); microvascular-imaging
 * (4, design, 2025)}; {@code participants} a cohort's or biobank's participants as a figure, such as
 * {@code more-than 440000 participants}, and {@code ages} its age range in years as {@code 18-65},
 * {@code 18-} or {@code -65}.
 *
 * <p>Names, titles and descriptions come in two columns: {@code name} holds the display text in English
 * or, when there is none, in the first language given (so it is never empty for a name or title), and
 * {@code name_nl} holds the Dutch text when one is given. Texts in other languages are in the JSON and
 * JSON-LD exports only.
 */
public enum CsvTable {
  /** {@code organizations.csv}: one row per organization, its units included. */
  ORGANIZATIONS("organizations.csv", List.of("key", "name", "name_nl", "acronyms", "types", "sector",
      "parent", "status", "established", "country", "city", "ror", "wikidata", "isni", "website",
      "description", "description_nl", "names", "relations", "figures")),

  /** {@code partnerships.csv}: one row per partnership, its parties with their roles in one cell. */
  PARTNERSHIPS("partnerships.csv", List.of("key", "title", "title_nl", "kind", "status", "start",
      "end", "signed", "parties", "work_areas", "themes", "scope", "infrastructures", "description",
      "description_nl", "fundings", "figures")),

  /** {@code infrastructures.csv}: one row per research infrastructure, its organizations with roles. */
  INFRASTRUCTURES("infrastructures.csv", List.of("key", "name", "name_nl", "kinds", "status",
      "organizations", "part_of", "start", "end", "scope", "capabilities", "themes", "description",
      "description_nl", "names", "figures", "readiness", "participants", "ages", "data_categories",
      "material_types", "use_conditions")),

  /**
   * {@code events.csv}: one row per event at which agreements were signed, its attendees as {@code
   * person (role, role)} and the partnerships signed there by key.
   */
  EVENTS("events.csv", List.of("key", "title", "title_nl", "date", "place", "place_nl", "country",
      "city", "host", "mode", "attendees", "partnerships"));

  private final String fileName;
  private final List<String> columns;

  CsvTable(String fileName, List<String> columns) {
    this.fileName = fileName;
    this.columns = columns;
  }

  /**
   * Returns the file name the table is written to by {@link CsvExport#writeTo(java.nio.file.Path)}.
   *
   * @return the file name, such as {@code partnerships.csv}
   */
  public String fileName() {
    return fileName;
  }

  /**
   * Returns the column names, in order; they form the header row.
   *
   * @return the unmodifiable list of column names
   */
  public List<String> columns() {
    return columns;
  }
}

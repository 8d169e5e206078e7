package io.github.collabkit.testing;

import io.github.collabkit.csv.CsvReader;
import java.util.List;
import java.util.Set;

/**
 * One labelled affiliation string: the text, the ROR ids a person assigned (empty for "NP", no
 * organization), and the id ROR's own matcher predicted, if known.
 *
 * @param dataset the file the row comes from, such as {@code crossref}
 * @param row the data row in that file, from 0
 * @param text the affiliation string
 * @param gold the ROR ids that are right; empty when no organization applies (NP)
 * @param rorPrediction the ROR matcher's answer, or the empty string when it gave none
 */
public record AffiliationRow(String dataset, int row, String text, Set<String> gold,
    String rorPrediction) {

  /**
   * Creates a row, copying the gold ids.
   *
   * @param dataset the file the row comes from, such as {@code crossref}
   * @param row the data row in that file, from 0
   * @param text the affiliation string
   * @param gold the ROR ids that are right; empty when no organization applies (NP)
   * @param rorPrediction the ROR matcher's answer, or the empty string when it gave none
   */
  public AffiliationRow {
    gold = Set.copyOf(gold);
  }

  /**
   * Tells whether the row is labelled "no organization".
   *
   * @return {@code true} for NP rows
   */
  public boolean isNone() {
    return gold.isEmpty();
  }

  /**
   * Reads the ROR ids of a gold column: "NP", or ids separated by ';', as URLs or bare.
   *
   * @param column the column value
   * @return the bare ids, empty for NP
   */
  public static Set<String> parseGold(String column) {
    String c = column.strip();
    if (c.equals("NP") || c.isEmpty()) {
      return Set.of();
    }
    java.util.Set<String> ids = new java.util.LinkedHashSet<>();
    for (String part : c.split(";")) {
      String id = part.strip().replace("https://ror.org/", "");
      if (!id.isEmpty()) {
        ids.add(id);
      }
    }
    return ids;
  }

  /**
   * Parses CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes).
   *
   * @param text the CSV text, a byte order mark allowed
   * @return the records, the header first
   */
  public static List<List<String>> parseCsv(String text) {
    return CsvReader.parse(text);
  }

}

/**
 * CSV export of a {@link io.github.collabkit.model.Landscape} for the spreadsheets research offices work
 * in: one RFC 4180 file per entity type (organizations, partnerships, infrastructures), each with a
 * header row.
 *
 * <p>Start from {@link io.github.collabkit.csv.CsvExport}; {@link io.github.collabkit.csv.CsvTable}
 * names the files and their columns. The export needs no library beyond the JDK, so it lives in
 * collabkit-core and works for users who never load JSON.
 */
package io.github.collabkit.csv;

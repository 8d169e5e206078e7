/**
 * Import of organization records from the Research Organization Registry (ROR), schema v2, into
 * collabkit {@link io.github.collabkit.model.Organization}s.
 *
 * <p>Start from {@link io.github.collabkit.json.ror.RorImporter}: it reads one record, a JSON array
 * of records, or a ROR data dump as JSON lines (optionally gzipped), and returns a {@link
 * io.github.collabkit.json.ror.RorImport} with the organizations and the problems it met.
 */
package io.github.collabkit.json.ror;

/**
 * JSON-LD export of a {@link io.github.collabkit.model.Landscape} in the <a
 * href="https://schema.org">schema.org</a> vocabulary, so that search engines and linked-data tools
 * can read collabkit data.
 *
 * <p>Start from {@link io.github.collabkit.json.jsonld.JsonLdExport}. Organizations become {@code
 * Organization} nodes with {@code parentOrganization} and {@code memberOf}, partnerships become
 * {@code ResearchProject} or {@code Project} nodes whose parties are {@code OrganizationRole}s with a
 * role name and period, infrastructures become {@code Service} nodes, identifiers become {@code
 * PropertyValue}s, and every name and text keeps its language.
 */
package io.github.collabkit.json.jsonld;

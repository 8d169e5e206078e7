/**
 * The JSON Schemas (draft 2020-12) of collabkit's format that ship in the jar, one for the dataset
 * document and one per entity, and the class that reads them. Not exported: read a schema with
 * {@link io.github.collabkit.json.CollabkitJson#schema(String)}. The package is opened, so the
 * files can be read as resources on the module path too, under {@link
 * io.github.collabkit.json.CollabkitJson#SCHEMA_FOLDER}.
 */
package io.github.collabkit.json.schema;

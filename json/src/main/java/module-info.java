/**
 * collabkit JSON: the Jackson 3 module for the collabkit model, a front door that reads and writes
 * whole datasets, newline-delimited streaming, the JSON Schema, and the bundled dataset.
 */
module io.github.collabkit.json {
  requires transitive io.github.collabkit.core;
  requires transitive tools.jackson.databind;

  exports io.github.collabkit.json;
  exports io.github.collabkit.json.jsonld;
  exports io.github.collabkit.json.ror;

  // Not exported, but opened: the bundled dataset and the schemas are resources that any module may
  // read on the module path (ClassLoader.getResource, Module.getResourceAsStream), as on the class path.
  opens io.github.collabkit.json.data;
  opens io.github.collabkit.json.schema;

  provides tools.jackson.databind.JacksonModule with io.github.collabkit.json.CollabkitModule;
}

/**
 * collabkit's JSON: the wire format of the model, read and written with Jackson 3.
 *
 * <p>Start from {@link io.github.collabkit.json.CollabkitJson}, which reads and writes whole
 * datasets ({@code readLandscape}, {@code writeLandscape}), single entities, and newline-delimited
 * streams ({@link io.github.collabkit.json.LandscapeLineWriter}, {@link
 * io.github.collabkit.json.LandscapeLineReader}), and collects all problems of a file at once
 * ({@code readLandscapeCollecting}). Register {@link io.github.collabkit.json.CollabkitModule} on a
 * mapper of your own for the same format. Every failure is a {@link
 * io.github.collabkit.json.CollabkitJsonException} with JSON Pointer, line, column and {@link
 * io.github.collabkit.json.JsonRule}. JSON Schemas (draft 2020-12) are in the jar under {@code
 * io/github/collabkit/json/schema/}.
 *
 * <p>Design: the model types are bound by hand-written codecs, one table of properties per type
 * (in {@code internal.ModelCodecs}), not by Jackson's bean introspection with mix-ins. The table
 * fixes the wire format in one place (names, order, which values are left out, vocabulary codes),
 * reading calls the Immutables builders directly so every invariant error can be mapped to the JSON
 * path it came from, nothing depends on annotations or reflection in core, and the schema generator
 * takes the same table as its source of truth. Codecs work on the streaming parser and generator
 * and do no reflection, so they cost what Jackson's own bean (de)serializers cost.
 */
package io.github.collabkit.json;

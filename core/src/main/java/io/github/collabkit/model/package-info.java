/**
 * The collabkit model: immutable value types for organizations and their units, people and roles,
 * partnerships, research infrastructures, strategies with their action lines, sources, and the
 * {@link io.github.collabkit.model.Landscape} that holds a whole dataset.
 *
 * <p>Start from {@link io.github.collabkit.model.Landscape}, {@link
 * io.github.collabkit.model.Partnership} and {@link io.github.collabkit.model.Organization}. Every
 * type is built with its {@code builder()} and copied with {@code withX} methods; collections are
 * never null and default to empty, optional attributes are {@link java.util.Optional}. Construction
 * checks what can never be valid and throws {@link io.github.collabkit.model.InvalidValueException}
 * naming type, key, field and rule. Controlled vocabularies implement {@link
 * io.github.collabkit.model.Vocabulary}: stable codes, Dutch and English labels, definitions.
 */
@CollabkitStyle
package io.github.collabkit.model;

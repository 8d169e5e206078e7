/**
 * collabkit: typed, validated collaboration data for research and healthcare.
 *
 * <p>This package holds only {@link io.github.collabkit.CollabkitException}, the root of the
 * exception hierarchy. Start from {@link io.github.collabkit.model.Landscape} (a whole dataset),
 * {@link io.github.collabkit.model.Partnership} and {@link io.github.collabkit.model.Organization}
 * in the model package, and {@link io.github.collabkit.validate.LandscapeValidator} to check a
 * dataset.
 *
 * <p>Errors: every exception collabkit throws on purpose is a {@link
 * io.github.collabkit.CollabkitException}. A {@code null} argument to a public method or builder
 * throws {@link io.github.collabkit.model.NullValueException} naming the parameter or attribute;
 * an argument that breaks a rule throws {@link io.github.collabkit.model.InvalidValueException}
 * naming the type, field and rule; a code outside a vocabulary throws {@link
 * io.github.collabkit.model.UnknownCodeException} listing the allowed codes; a key that names no
 * entity throws {@link io.github.collabkit.UnknownKeyException}. collabkit does not throw a bare
 * {@code NullPointerException}, {@code IllegalArgumentException} or {@code CollabkitException}
 * for a bad argument, with one known exception: the bulk methods Immutables generates (see
 * {@link io.github.collabkit.model.NullValueException}). Whatever gathers problems (the validator, lenient JSON reading)
 * returns a report instead of throwing.
 */
package io.github.collabkit;

/**
 * Dataset validation: {@link io.github.collabkit.validate.LandscapeValidator} checks a whole
 * {@link io.github.collabkit.model.Landscape} and returns a {@link
 * io.github.collabkit.validate.ValidationReport} of every {@link
 * io.github.collabkit.validate.Violation} at once, each with a path, a stable rule code and a
 * severity. Start from {@code LandscapeValidator.create().validate(landscape)}.
 */
package io.github.collabkit.validate;

/**
 * collabkit: typed, validated collaboration data for research and healthcare.
 *
 * <p>This package holds only {@link io.github.collabkit.CollabkitException}, the root of the
 * exception hierarchy. Start from {@link io.github.collabkit.model.Landscape} (a whole dataset),
 * {@link io.github.collabkit.model.Partnership} and {@link io.github.collabkit.model.Organization}
 * in the model package, and {@link io.github.collabkit.validate.LandscapeValidator} to check a
 * dataset.
 */
package io.github.collabkit;

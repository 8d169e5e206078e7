/**
 * Finding organizations: by key, identifier, name and prefix, and resolving free text such as
 * affiliation strings ("Dept. of Parasitology, LUMC, Leiden") to the organization it names.
 *
 * <p>Start from {@link io.github.collabkit.index.OrganizationIndex}, built once over a {@link
 * io.github.collabkit.model.Landscape} or any collection of organizations; it is immutable and
 * safe to share. {@link io.github.collabkit.index.OrganizationIndex#resolve(String)} answers with
 * a {@link io.github.collabkit.index.Resolution} that holds the best {@link
 * io.github.collabkit.index.Candidate}, the runner-up and an explanation.
 */
package io.github.collabkit.index;

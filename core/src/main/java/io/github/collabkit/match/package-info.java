/**
 * Matching and classification over a {@link io.github.collabkit.model.Landscape}: which research
 * infrastructures fit a research need, and which of a strategy's action lines a partnership or
 * infrastructure falls under, each answer with its reasons.
 *
 * <p>Start from {@link io.github.collabkit.match.InfrastructureMatcher} (describe the need with a
 * {@link io.github.collabkit.match.ResearchNeed}) or {@link
 * io.github.collabkit.match.ActionLineClassifier}. Both are built once per landscape, immutable
 * and safe to share between threads.
 */
package io.github.collabkit.match;

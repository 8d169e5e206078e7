/**
 * The collaboration network: organizations linked by the partnerships and infrastructures they
 * share, with queries for partners, shortest chains, connected groups and hubs; and, beside it,
 * the search for overlapping infrastructures (candidates for bundling), which needs no network.
 *
 * <p>Start from {@link io.github.collabkit.graph.CollaborationNetwork#of(io.github.collabkit.model.Landscape)};
 * {@link io.github.collabkit.graph.NetworkOptions} chooses whether departments roll up to their
 * organization and whether infrastructures link, {@link io.github.collabkit.graph.LinkFilter}
 * narrows a query to a period, theme or kind of link. {@link
 * io.github.collabkit.graph.InfrastructureOverlaps#find(io.github.collabkit.model.Landscape)} lists
 * the overlaps.
 */
package io.github.collabkit.graph;

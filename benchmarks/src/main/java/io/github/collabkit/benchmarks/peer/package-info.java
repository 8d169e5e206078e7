/**
 * The peers collabkit is measured against, behind small facades ({@link
 * io.github.collabkit.benchmarks.peer.KeyLookup}, {@link
 * io.github.collabkit.benchmarks.peer.NameLookup}, {@link
 * io.github.collabkit.benchmarks.peer.Resolver}, ...), one class per peer, chosen by the {@link
 * io.github.collabkit.benchmarks.peer.Peer} enum that benchmarks take as a {@code @Param} (Caffeine's
 * pattern), so one run compares them on identical inputs. Peers live only in the benchmarks.
 */
package io.github.collabkit.benchmarks.peer;

/**
 * Hand-written Java records in the shape of collabkit's JSON wire format, for the plain Jackson
 * peer: vocabulary codes and dates as strings, localized texts as maps, empty values left out. Start
 * from {@link io.github.collabkit.benchmarks.peer.records.LandscapeRecord}.
 */
package io.github.collabkit.benchmarks.peer.records;

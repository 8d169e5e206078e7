package io.github.collabkit.benchmarks.peer.records;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A name.
 *
 * @param value the value
 * @param language the language
 * @param kind the kind
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NameRecord(
    String value,
    String language,
    String kind) {}

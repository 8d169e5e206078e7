package io.github.collabkit.benchmarks.peer.records;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An identifier.
 *
 * @param scheme the scheme
 * @param value the value
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record IdentifierRecord(
    String scheme,
    String value) {}

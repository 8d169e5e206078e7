package io.github.collabkit.benchmarks.peer.records;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A signatory.
 *
 * @param person the person
 * @param organization the organization
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SignatoryRecord(
    String person,
    String organization) {}

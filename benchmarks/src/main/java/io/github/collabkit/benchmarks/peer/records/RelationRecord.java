package io.github.collabkit.benchmarks.peer.records;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A relation to another organization.
 *
 * @param kind the kind
 * @param organization the organization
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RelationRecord(
    String kind,
    String organization) {}

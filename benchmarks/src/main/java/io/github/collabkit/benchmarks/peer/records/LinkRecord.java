package io.github.collabkit.benchmarks.peer.records;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A link to another partnership.
 *
 * @param relation the relation
 * @param partnership the partnership
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LinkRecord(
    String relation,
    String partnership) {}

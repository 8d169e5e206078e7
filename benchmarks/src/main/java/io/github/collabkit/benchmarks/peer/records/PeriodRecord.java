package io.github.collabkit.benchmarks.peer.records;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A period.
 *
 * @param start the start
 * @param end the end
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PeriodRecord(
    String start,
    String end) {}

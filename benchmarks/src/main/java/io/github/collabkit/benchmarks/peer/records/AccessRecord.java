package io.github.collabkit.benchmarks.peer.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * An access term.
 *
 * @param audience the audience
 * @param conditions the conditions
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AccessRecord(
    String audience,
    Map<String, String> conditions) {}

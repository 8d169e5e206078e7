package io.github.collabkit.benchmarks.peer.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * An ambition.
 *
 * @param description the description
 * @param organizations the organizations
 * @param horizon the horizon
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AmbitionRecord(
    Map<String, String> description,
    List<String> organizations,
    String horizon) {}

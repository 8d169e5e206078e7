package io.github.collabkit.benchmarks.peer.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * An instrument.
 *
 * @param kind the kind
 * @param title the title
 * @param description the description
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record InstrumentRecord(
    String kind,
    Map<String, String> title,
    Map<String, String> description) {}

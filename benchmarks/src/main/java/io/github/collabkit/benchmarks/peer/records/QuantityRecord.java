package io.github.collabkit.benchmarks.peer.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * A figure.
 *
 * @param value the value
 * @param unit the unit
 * @param qualifier the qualifier
 * @param label the label
 * @param asOf the asOf
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record QuantityRecord(
    Number value,
    String unit,
    String qualifier,
    Map<String, String> label,
    String asOf) {}

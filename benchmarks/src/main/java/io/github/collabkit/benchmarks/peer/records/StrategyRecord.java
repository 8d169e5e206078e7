package io.github.collabkit.benchmarks.peer.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A strategy.
 *
 * @param key the key
 * @param title the title
 * @param description the description
 * @param owners the owners
 * @param period the period
 * @param alignsWith the alignsWith
 * @param principles the principles
 * @param figures the figures
 * @param actionLines the actionLines
 * @param sources the sources
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record StrategyRecord(
    String key,
    Map<String, String> title,
    Map<String, String> description,
    List<String> owners,
    PeriodRecord period,
    List<AlignmentRecord> alignsWith,
    List<Map<String, String>> principles,
    List<QuantityRecord> figures,
    List<ActionLineRecord> actionLines,
    List<String> sources) {}

package io.github.collabkit.benchmarks.peer.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * An infrastructure.
 *
 * @param key the key
 * @param names the names
 * @param kinds the kinds
 * @param description the description
 * @param organizations the organizations
 * @param capabilities the capabilities
 * @param themes the themes
 * @param access the access
 * @param figures the figures
 * @param scope the scope
 * @param coverage the coverage
 * @param partOf the partOf
 * @param status the status
 * @param period the period
 * @param actionLines the actionLines
 * @param sources the sources
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record InfrastructureRecord(
    String key,
    List<NameRecord> names,
    List<String> kinds,
    Map<String, String> description,
    List<InfrastructureParticipationRecord> organizations,
    List<String> capabilities,
    List<String> themes,
    List<AccessRecord> access,
    List<QuantityRecord> figures,
    String scope,
    Map<String, String> coverage,
    String partOf,
    String status,
    PeriodRecord period,
    List<String> actionLines,
    List<String> sources) {}

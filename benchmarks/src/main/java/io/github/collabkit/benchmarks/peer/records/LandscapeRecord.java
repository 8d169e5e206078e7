package io.github.collabkit.benchmarks.peer.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A dataset document.
 *
 * @param formatVersion the formatVersion
 * @param name the name
 * @param description the description
 * @param sources the sources
 * @param concepts the concepts
 * @param organizations the organizations
 * @param people the people
 * @param partnerships the partnerships
 * @param infrastructures the infrastructures
 * @param strategies the strategies
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LandscapeRecord(
    String formatVersion,
    String name,
    Map<String, String> description,
    List<SourceRecord> sources,
    List<ConceptRecord> concepts,
    List<OrganizationRecord> organizations,
    List<PersonRecord> people,
    List<PartnershipRecord> partnerships,
    List<InfrastructureRecord> infrastructures,
    List<StrategyRecord> strategies) {}

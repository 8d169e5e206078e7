package io.github.collabkit.benchmarks.peer.records;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of newline-delimited JSON: exactly one entity, wrapped in a property named for its type.
 *
 * @param source the source
 * @param concept the concept
 * @param organization the organization
 * @param person the person
 * @param partnership the partnership
 * @param infrastructure the infrastructure
 * @param strategy the strategy
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LineRecord(
    SourceRecord source,
    ConceptRecord concept,
    OrganizationRecord organization,
    PersonRecord person,
    PartnershipRecord partnership,
    InfrastructureRecord infrastructure,
    StrategyRecord strategy) {}

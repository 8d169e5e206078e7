package io.github.collabkit.benchmarks.peer.records;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An organization's role in an infrastructure.
 *
 * @param organization the organization
 * @param role the role
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record InfrastructureParticipationRecord(
    String organization,
    String role) {}

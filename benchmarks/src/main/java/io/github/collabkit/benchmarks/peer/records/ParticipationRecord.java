package io.github.collabkit.benchmarks.peer.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A party to a partnership.
 *
 * @param organization the organization
 * @param role the role
 * @param leaders the leaders
 * @param contribution the contribution
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ParticipationRecord(
    String organization,
    String role,
    List<String> leaders,
    Map<String, String> contribution) {}

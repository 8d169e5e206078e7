package io.github.collabkit.benchmarks.peer.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * A role of a person.
 *
 * @param title the title
 * @param organization the organization
 * @param period the period
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RoleRecord(
    Map<String, String> title,
    String organization,
    PeriodRecord period) {}

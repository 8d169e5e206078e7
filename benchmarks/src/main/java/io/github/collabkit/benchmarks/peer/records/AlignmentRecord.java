package io.github.collabkit.benchmarks.peer.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * An alignment.
 *
 * @param organization the organization
 * @param description the description
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AlignmentRecord(
    String organization,
    Map<String, String> description) {}

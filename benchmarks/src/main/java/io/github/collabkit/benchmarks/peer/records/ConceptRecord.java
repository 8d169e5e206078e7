package io.github.collabkit.benchmarks.peer.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * A concept.
 *
 * @param scheme the scheme
 * @param code the code
 * @param label the label
 * @param definition the definition
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ConceptRecord(
    String scheme,
    String code,
    Map<String, String> label,
    Map<String, String> definition) {}

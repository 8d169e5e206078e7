package io.github.collabkit.benchmarks.peer.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * An action line.
 *
 * @param key the key
 * @param label the label
 * @param description the description
 * @param partnerTypes the partnerTypes
 * @param partnerSectors the partnerSectors
 * @param partnershipKinds the partnershipKinds
 * @param infrastructureKinds the infrastructureKinds
 * @param scopes the scopes
 * @param keywords the keywords
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ActionLineRecord(
    String key,
    Map<String, String> label,
    Map<String, String> description,
    List<String> partnerTypes,
    List<String> partnerSectors,
    List<String> partnershipKinds,
    List<String> infrastructureKinds,
    List<String> scopes,
    List<String> keywords) {}

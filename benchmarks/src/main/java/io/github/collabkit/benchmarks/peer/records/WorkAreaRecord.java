package io.github.collabkit.benchmarks.peer.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A work area.
 *
 * @param title the title
 * @param description the description
 * @param infrastructures the infrastructures
 * @param themes the themes
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record WorkAreaRecord(
    Map<String, String> title,
    Map<String, String> description,
    List<String> infrastructures,
    List<String> themes) {}

package io.github.collabkit.benchmarks.peer.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A person.
 *
 * @param key the key
 * @param name the name
 * @param roles the roles
 * @param sources the sources
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PersonRecord(
    String key,
    String name,
    List<RoleRecord> roles,
    List<String> sources) {}

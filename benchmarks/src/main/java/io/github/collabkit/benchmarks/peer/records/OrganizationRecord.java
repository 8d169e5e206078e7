package io.github.collabkit.benchmarks.peer.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * An organization.
 *
 * @param key the key
 * @param names the names
 * @param types the types
 * @param sector the sector
 * @param location the location
 * @param identifiers the identifiers
 * @param parent the parent
 * @param relations the relations
 * @param status the status
 * @param established the established
 * @param description the description
 * @param sources the sources
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record OrganizationRecord(
    String key,
    List<NameRecord> names,
    List<String> types,
    String sector,
    LocationRecord location,
    List<IdentifierRecord> identifiers,
    String parent,
    List<RelationRecord> relations,
    String status,
    String established,
    Map<String, String> description,
    List<String> sources) {}

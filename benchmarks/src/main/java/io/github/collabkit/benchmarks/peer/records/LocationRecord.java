package io.github.collabkit.benchmarks.peer.records;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A location.
 *
 * @param countryCode the countryCode
 * @param city the city
 * @param region the region
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LocationRecord(
    String countryCode,
    String city,
    String region) {}

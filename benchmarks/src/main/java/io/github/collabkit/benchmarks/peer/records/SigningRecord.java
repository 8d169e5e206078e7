package io.github.collabkit.benchmarks.peer.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * A signing.
 *
 * @param date the date
 * @param dateQualifier the dateQualifier
 * @param place the place
 * @param city the city
 * @param mode the mode
 * @param occasion the occasion
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SigningRecord(
    String date,
    String dateQualifier,
    Map<String, String> place,
    String city,
    String mode,
    Map<String, String> occasion) {}

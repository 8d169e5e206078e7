package io.github.collabkit.benchmarks.peer.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A source.
 *
 * @param key the key
 * @param title the title
 * @param type the type
 * @param publisher the publisher
 * @param date the date
 * @param language the language
 * @param url the url
 * @param seed the seed
 * @param sources the sources
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SourceRecord(
    String key,
    Map<String, String> title,
    String type,
    String publisher,
    String date,
    String language,
    String url,
    String seed,
    List<String> sources) {}

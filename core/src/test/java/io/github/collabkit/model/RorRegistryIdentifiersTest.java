package io.github.collabkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the identifier rules against every Dutch organization record in ROR (475 records in
 * {@code ../shared/data/ror/records/nl-records-v2.json}): every real id is accepted and every
 * single-character corruption of a ROR id is rejected. Skips when the shared data is absent.
 */
class RorRegistryIdentifiersTest {
  private static final String CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz";
  private static String records;

  @BeforeAll
  static void readRecords() throws IOException {
    String shared = System.getProperty("collabkit.shared.dir");
    Path file = shared == null ? null : Path.of(shared, "data", "ror", "records", "nl-records-v2.json");
    Assumptions.assumeTrue(file != null && Files.isRegularFile(file),
        "shared ROR data not found (system property collabkit.shared.dir=" + shared
            + "); skipping the registry-wide identifier checks");
    records = Files.readString(file, StandardCharsets.UTF_8);
  }

  private static List<String> rorIds() {
    List<String> ids = new ArrayList<>();
    Matcher m = Pattern.compile("\n  \"id\": \"https://ror\\.org/([^\"]+)\"").matcher(records);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  /** The values of the external ids of a type; the records are pretty-printed with sorted keys. */
  private static Set<String> externalIds(String type) {
    Set<String> values = new LinkedHashSet<>();
    Matcher block = Pattern.compile("\"all\": \\[([^\\]]*)\\],\\s*\"preferred\": [^\\n]*\\n\\s*\"type\": \"" + type + "\"")
        .matcher(records);
    while (block.find()) {
      Matcher value = Pattern.compile("\"([^\"]+)\"").matcher(block.group(1));
      while (value.find()) {
        values.add(value.group(1));
      }
    }
    return values;
  }

  private static Set<String> websites() {
    Set<String> values = new LinkedHashSet<>();
    Matcher m = Pattern.compile("\"type\": \"website\",\\s*\"value\": \"([^\"]+)\"").matcher(records);
    while (m.find()) {
      values.add(m.group(1));
    }
    return values;
  }

  private static void assertAllAccepted(IdentifierScheme scheme, Set<String> values, int atLeast) {
    assertTrue(values.size() >= atLeast, scheme + ": expected at least " + atLeast + " values, found " + values.size());
    List<String> rejected = new ArrayList<>();
    for (String value : values) {
      Optional<String> problem = scheme.problem(scheme.normalize(value));
      problem.ifPresent(p -> rejected.add(value + ": " + p));
    }
    assertEquals(List.of(), rejected, scheme + " values from ROR that were rejected");
  }

  @Test
  void acceptsEveryDutchRorId() {
    List<String> ids = rorIds();
    assertEquals(475, ids.size(), "records in nl-records-v2.json");
    assertAllAccepted(IdentifierScheme.ROR, new LinkedHashSet<>(ids), 475);
  }

  @Test
  void rejectsEverySingleCharacterCorruptionOfARorId() {
    int tried = 0;
    List<String> missed = new ArrayList<>();
    for (String id : rorIds()) {
      for (int i = 1; i < id.length(); i++) {
        String alphabet = i < 7 ? CROCKFORD : "0123456789";
        for (char c : alphabet.toCharArray()) {
          if (c == id.charAt(i)) {
            continue;
          }
          String corrupt = id.substring(0, i) + c + id.substring(i + 1);
          tried++;
          if (IdentifierScheme.ROR.problem(corrupt).isEmpty()) {
            missed.add(id + " -> " + corrupt);
          }
        }
      }
    }
    assertEquals(475 * (6 * 31 + 2 * 9), tried);
    assertEquals(List.of(), missed, "corrupted ROR ids that passed the checksum");
  }

  @Test
  void acceptsEveryIsniGridWikidataFundrefAndWebsiteOfDutchRecords() {
    assertAllAccepted(IdentifierScheme.ISNI, externalIds("isni"), 200);
    assertAllAccepted(IdentifierScheme.GRID, externalIds("grid"), 200);
    assertAllAccepted(IdentifierScheme.WIKIDATA, externalIds("wikidata"), 150);
    assertAllAccepted(IdentifierScheme.FUNDREF, externalIds("fundref"), 150);
    assertAllAccepted(IdentifierScheme.WEBSITE, websites(), 400);
  }
}

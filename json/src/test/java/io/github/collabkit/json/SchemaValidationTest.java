package io.github.collabkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.collabkit.testing.ModelGenerator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The checked-in schemas, judged by an independent validator (networknt json-schema-validator,
 * draft 2020-12): every document collabkit writes is valid, and each invalid document fails for
 * the reason it was made invalid.
 */
class SchemaValidationTest {
  static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  static Schema schema(String name) {
    return SCHEMAS.computeIfAbsent(name, n -> SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(CollabkitJson.schema(n), InputFormat.JSON));
  }

  static List<Error> validate(String name, String json) {
    return schema(name).validate(json, InputFormat.JSON);
  }

  @Test
  void theExpectedDocumentIsValid() {
    assertEquals(List.of(), validate("landscape", Fixtures.resource("expected/landscape.json")));
  }

  @Test
  void everyGeneratedDatasetAndEntityIsValid() {
    for (long seed = 0; seed < 100; seed++) {
      ModelGenerator g = new ModelGenerator(seed);
      String doc = CollabkitJson.standard().writeLandscape(g.landscape(3));
      List<Error> errors = validate("landscape", doc);
      assertEquals(List.of(), errors, "seed " + seed + ":\n" + doc);
      for (String entity : List.of("source", "concept", "organization", "person", "partnership", "infrastructure", "strategy", "event")) {
        String json = CollabkitJson.standard().write(g.any(SchemaFactory.type(entity)));
        assertEquals(List.of(), validate(entity, json), "seed " + seed + " " + entity + ":\n" + json);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      missing key                 | {"names":[{"value":"LUMC"}],"types":["umc"]}                              | required             | ''
      only a key                  | {"key":"x"}                                                               | required             | ''
      no types                    | {"key":"lumc","names":[{"value":"LUMC"}]}                                 | required             | ''
      statement stated, no source | {"key":"lumc","names":[{"value":"LUMC"}],"types":["umc"],"statements":[{"about":"/types","basis":"stated"}]} | required | /statements/0
      statement not a pointer     | {"key":"lumc","names":[{"value":"LUMC"}],"types":["umc"],"statements":[{"about":"types","basis":"inferred"}]} | pattern | /statements/0/about
      inferred according to one   | {"key":"lumc","names":[{"value":"LUMC"}],"types":["umc"],"statements":[{"about":"/types","basis":"inferred","accordingTo":"kim-smit"}]} | const | /statements/0/basis
      unknown property            | {"key":"lumc","names":[{"value":"LUMC"}],"types":["umc"],"colour":"red"}  | additionalProperties | ''
      enum name, not code         | {"key":"lumc","names":[{"value":"LUMC"}],"types":["UMC"]}                 | enum                 | /types/0
      malformed key               | {"key":"LUMC Leiden","names":[{"value":"LUMC"}],"types":["umc"]}          | pattern              | /key
      no names                    | {"key":"lumc","names":[],"types":["umc"]}                                 | minItems             | /names
      duplicate type              | {"key":"lumc","names":[{"value":"LUMC"}],"types":["umc","umc"]}           | uniqueItems          | /types
      malformed date              | {"key":"lumc","names":[{"value":"LUMC"}],"types":["umc"],"established":"2025-7"} | pattern    | /established
      bad language tag            | {"key":"lumc","names":[{"value":"LUMC"}],"types":["umc"],"description":{"Dutch":"x"}} | propertyNames | /description
      empty text                  | {"key":"lumc","names":[{"value":"LUMC"}],"types":["umc"],"description":{}} | minProperties       | /description
      malformed ROR id            | {"key":"lumc","names":[{"value":"LUMC"}],"types":["umc"],"identifiers":[{"scheme":"ror","value":"https://ror.org/05xvt9f17"}]} | pattern | /identifiers/0/value
      null for an optional        | {"key":"lumc","names":[{"value":"LUMC"}],"types":["umc"],"sector":null}   | type                 | /sector
      number for a string         | {"key":"lumc","names":[{"value":7}],"types":["umc"]}                      | type                 | /names/0/value
      country in lower case       | {"key":"lumc","names":[{"value":"LUMC"}],"types":["umc"],"location":{"countryCode":"nl"}} | pattern | /location/countryCode
      """)
  void rejectsAnInvalidOrganizationForTheExpectedReason(String name, String json, String keyword, String location) {
    List<Error> errors = validate("organization", json);
    String seen = errors.stream().map(e -> e.getInstanceLocation() + " [" + e.getKeyword() + "] " + e.getMessage())
        .collect(Collectors.joining("\n"));
    assertTrue(errors.stream().anyMatch(e -> e.getKeyword().equals(keyword)
        && e.getInstanceLocation().toString().equals(location)), name + ": expected [" + keyword + "] at '"
        + location + "', got:\n" + seen);
    assertTrue(errors.stream().allMatch(e -> e.getInstanceLocation().toString().startsWith(location)),
        name + ": unrelated errors:\n" + seen);
    assertTrue(org.junit.jupiter.api.Assertions.assertThrows(CollabkitJsonException.class,
        () -> CollabkitJson.standard().read(json, io.github.collabkit.model.Organization.class)) != null);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      no format version           | {"name":"x"}                                    | required | ''
      newer major version         | {"formatVersion":"2.0","name":"x"}              | pattern  | /formatVersion
      partnership with one party  | {"formatVersion":"1.0","name":"x","partnerships":[{"key":"p","title":{"en":"P"},"kind":"joint-lab","parties":[{"organization":"lumc"}]}]} | minItems | /partnerships/0/parties
      unknown partnership kind    | {"formatVersion":"1.0","name":"x","partnerships":[{"key":"p","title":{"en":"P"},"kind":"jointlab","parties":[{"organization":"a"},{"organization":"b"}]}]} | enum | /partnerships/0/kind
      infrastructure without names | {"formatVersion":"1.1","name":"x","infrastructures":[{"key":"i","kinds":["biobank"]}]} | required | /infrastructures/0
      infrastructure without kinds | {"formatVersion":"1.1","name":"x","infrastructures":[{"key":"i","names":[{"value":"I"}]}]} | required | /infrastructures/0
      partnership without parties | {"formatVersion":"1.1","name":"x","partnerships":[{"key":"p","title":{"en":"P"},"kind":"joint-lab"}]} | required | /partnerships/0
      examples without access     | {"formatVersion":"1.1","name":"x","infrastructures":[{"key":"i","names":[{"value":"I"}],"kinds":["biobank"],"accessExhaustive":false}]} | required | /infrastructures/0
      strategy without owners     | {"formatVersion":"1.1","name":"x","strategies":[{"key":"s","title":{"en":"S"}}]} | required | /strategies/0
      negative figure             | {"formatVersion":"1.0","name":"x","infrastructures":[{"key":"i","names":[{"value":"I"}],"kinds":["cohort"],"figures":[{"value":-1,"unit":"participants"}]}]} | minimum | /infrastructures/0/figures/0/value
      signing embedded and at an event | {"formatVersion":"1.1","name":"x","partnerships":[{"key":"p","title":{"en":"P"},"kind":"joint-lab","parties":[{"organization":"a"},{"organization":"b"}],"signing":{"date":"2025"},"signedAt":"e"}]} | not | /partnerships/0
      event without date          | {"formatVersion":"1.1","name":"x","events":[{"key":"e","title":{"en":"E"}}]} | required | /events/0
      attendee without roles      | {"formatVersion":"1.1","name":"x","events":[{"key":"e","title":{"en":"E"},"date":"2025","attendees":[{"person":"p","roles":[]}]}]} | minItems | /events/0/attendees/0/roles
      unknown attendee role       | {"formatVersion":"1.1","name":"x","events":[{"key":"e","title":{"en":"E"},"date":"2025","attendees":[{"person":"p","roles":["minister"]}]}]} | enum | /events/0/attendees/0/roles/0
      """)
  void rejectsAnInvalidDatasetForTheExpectedReason(String name, String json, String keyword, String location) {
    List<Error> errors = validate("landscape", json);
    String seen = errors.stream().map(e -> e.getInstanceLocation() + " [" + e.getKeyword() + "] " + e.getMessage())
        .collect(Collectors.joining("\n"));
    assertTrue(errors.stream().anyMatch(e -> e.getKeyword().equals(keyword)
        && e.getInstanceLocation().toString().equals(location)), name + ": expected [" + keyword + "] at '"
        + location + "', got:\n" + seen);
    assertThrows(CollabkitJsonException.class, () -> CollabkitJson.standard().readLandscape(json),
        name + ": the reader must reject what the schema rejects");
  }
}

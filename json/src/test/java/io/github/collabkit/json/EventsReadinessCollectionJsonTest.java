package io.github.collabkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.model.AttendeeRole;
import io.github.collabkit.model.EventRef;
import io.github.collabkit.model.Infrastructure;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.LifeCycleStage;
import io.github.collabkit.model.MaterialType;
import io.github.collabkit.model.PartialDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Signing events, readiness and collection profiles in JSON: what reads, and where and why what
 * does not read fails.
 */
class EventsReadinessCollectionJsonTest {
  private static final CollabkitJson JSON = CollabkitJson.standard();
  private static final String PARTNERSHIP = "{\"key\":\"p\",\"title\":{\"en\":\"P\"},\"kind\":\"joint-lab\","
      + "\"parties\":[{\"organization\":\"a\"},{\"organization\":\"b\"}]";
  private static final String BANK = "{\"key\":\"bank\",\"names\":[{\"value\":\"Bank\"}],\"kinds\":[\"biobank\"]";

  private static String document(String partnership, String event, String infrastructure) {
    return "{\"formatVersion\":\"1.1\",\"name\":\"x\",\"partnerships\":[" + partnership + "],\"infrastructures\":["
        + infrastructure + "],\"events\":[" + event + "]}";
  }

  @Test
  void readsAPartnershipSignedAtAnEventWithItsAttendees() {
    Landscape l = JSON.readLandscape(document(PARTNERSHIP + ",\"signedAt\":\"e\"}",
        "{\"key\":\"e\",\"title\":{\"en\":\"E\"},\"date\":\"2025-07-02\",\"location\":{\"countryCode\":\"NL\",\"city\":\"Den Haag\"},"
            + "\"attendees\":[{\"person\":\"marlies-reinders\",\"roles\":[\"signatory\",\"speaker\"],\"organization\":\"lumc\"}]}",
        BANK + ",\"capabilities\":[\"biobanking\"],\"readiness\":[{\"stage\":\"production\"},{\"capability\":\"biobanking\",\"trl\":9}],"
            + "\"collection\":{\"participants\":{\"value\":4000,\"unit\":\"participants\",\"qualifier\":\"about\"},"
            + "\"minimumAge\":18,\"materialTypes\":[\"serum\",\"dna\"]}}"));
    assertEquals(PartialDate.of(2025, 7, 2), l.signingOf(l.partnerships().get(0)).orElseThrow().date());
    assertEquals(Optional.of("Den Haag"), l.signingOf(l.partnerships().get(0)).orElseThrow().city());
    assertTrue(l.event(EventRef.of("e")).orElseThrow().attendees().get(0).has(AttendeeRole.SPEAKER));
    Infrastructure bank = l.infrastructures().get(0);
    assertEquals(Optional.of(9), bank.readinessOf("biobanking").flatMap(r -> r.trl()));
    assertEquals(Optional.of(LifeCycleStage.PRODUCTION), bank.readinessOf("other").flatMap(r -> r.stage()));
    assertTrue(bank.collection().orElseThrow().materialTypes().contains(MaterialType.DNA));
    assertEquals(l, JSON.readLandscape(JSON.writeLandscape(l)), "round trip");
  }

  @Test
  void readsAFormat10DocumentWithAnEmbeddedSigningAsBefore() {
    Landscape l = JSON.readLandscape("{\"formatVersion\":\"1.0\",\"name\":\"x\",\"partnerships\":[" + PARTNERSHIP
        + ",\"signing\":{\"date\":\"2021-12\",\"dateQualifier\":\"before\",\"mode\":\"video-call\"}}]}");
    assertEquals(PartialDate.of(2021, 12), l.signingOf(l.partnerships().get(0)).orElseThrow().date());
    assertTrue(l.events().isEmpty() && l.partnerships().get(0).signedAt().isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      signing embedded and at an event | P,"signing":{"date":"2025"},"signedAt":"e"} | - | - | json.invalid-value | /partnerships/0/signedAt
      event without date               | P} | {"key":"e","title":{"en":"E"}} | - | json.missing-property | /events/0
      attendee role unknown            | P} | {"key":"e","title":{"en":"E"},"date":"2025","attendees":[{"person":"p","roles":["minister"]}]} | - | json.unknown-code | /events/0/attendees/0/roles/0
      attendee listed twice            | P} | {"key":"e","title":{"en":"E"},"date":"2025","attendees":[{"person":"p","roles":["guest"]},{"person":"p","roles":["host"]}]} | - | json.invalid-value | /events/0/attendees
      TRL of 10                        | P} | - | B,"readiness":[{"trl":10}]} | json.invalid-value | /infrastructures/0/readiness/0/trl
      TRL as text                      | P} | - | B,"readiness":[{"trl":"4"}]} | json.wrong-type | /infrastructures/0/readiness/0/trl
      TRL too large for an int         | P} | - | B,"readiness":[{"trl":12345678901}]} | json.invalid-value | /infrastructures/0/readiness/0/trl
      readiness of no capability held  | P} | - | B,"readiness":[{"capability":"hpc","stage":"beta"}]} | json.invalid-value | /infrastructures/0/readiness
      readiness without level or stage | P} | - | B,"readiness":[{"asOf":"2025"}]} | json.invalid-value | /infrastructures/0/readiness/0/trl
      participants in another unit     | P} | - | B,"collection":{"participants":{"value":11,"unit":"studies"}}} | json.invalid-value | /infrastructures/0/collection/participants
      minimum age above maximum        | P} | - | B,"collection":{"minimumAge":65,"maximumAge":18}} | json.invalid-value | /infrastructures/0/collection/minimumAge
      unknown material type            | P} | - | B,"collection":{"materialTypes":["blood"]}} | json.unknown-code | /infrastructures/0/collection/materialTypes/0
      """)
  void reportsWhereAndWhy(String name, String partnership, String event, String infrastructure, String rule, String pointer) {
    String doc = document(partnership.replace("P", PARTNERSHIP), event.equals("-") ? "" : event,
        infrastructure.equals("-") ? "" : infrastructure.replace("B", BANK));
    CollabkitJsonException e = assertThrows(CollabkitJsonException.class, () -> JSON.readLandscape(doc));
    assertEquals(rule, e.rule().code(), e.getMessage());
    assertEquals(pointer, e.pointer(), e.getMessage());
  }
}

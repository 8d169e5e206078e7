package io.github.collabkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Signing events shared by several partnerships: invariants, lookups and the signing they give. */
class EventTest {
  private static final EventRef CEREMONY = EventRef.of("fr-nl-signing-2025-07-02");
  private static final PersonRef REINDERS = PersonRef.of("marlies-reinders");
  private static final OrganizationRef LUMC = OrganizationRef.of("lumc");
  private static final OrganizationRef INSERM = OrganizationRef.of("inserm");
  private static final OrganizationRef REGMED = OrganizationRef.of("regmed-xb");

  private static Event.Builder ceremony() {
    return Event.builder().ref(CEREMONY)
        .title(LocalizedText.enNl("Signing of Franco-Dutch research agreements", "Ondertekening van Frans-Nederlandse overeenkomsten"))
        .date(PartialDate.of(2025, 7, 2))
        .place(LocalizedText.enNl("French residence", "Franse residentie"))
        .location(Location.of("NL", "Den Haag"))
        .mode(SigningMode.IN_PERSON);
  }

  private static Partnership.Builder agreement(String key, OrganizationRef a, OrganizationRef b) {
    return Partnership.builder().ref(PartnershipRef.of(key)).title(LocalizedText.of("en", key))
        .kind(PartnershipKind.MEMORANDUM_OF_UNDERSTANDING)
        .addParty(Participation.of(a, PartyRole.PARTNER)).addParty(Participation.of(b, PartyRole.PARTNER));
  }

  @Test
  void rejectsAnEventWithoutTitle() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ceremony().title(LocalizedText.empty()).build());
    assertEquals("event 'fr-nl-signing-2025-07-02': title: must be given in at least one language", e.getMessage());
  }

  @Test
  void rejectsAPersonListedTwiceAmongTheAttendees() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ceremony()
        .addAttendee(Attendee.of(REINDERS, AttendeeRole.SIGNATORY))
        .addAttendee(Attendee.of(REINDERS, AttendeeRole.SPEAKER)).build());
    assertEquals("attendees", e.field());
    assertEquals("person 'marlies-reinders' is listed more than once; give one entry with all their roles", e.rule());
  }

  @Test
  void acceptsOnePersonWithSeveralRoles() {
    Event e = ceremony().addAttendee(Attendee.builder().person(REINDERS).addRole(AttendeeRole.SIGNATORY)
        .addRole(AttendeeRole.SPEAKER).organization(LUMC).build()).build();
    Attendee reinders = e.attendee(REINDERS).orElseThrow();
    assertTrue(reinders.has(AttendeeRole.SPEAKER) && reinders.has(AttendeeRole.SIGNATORY));
    assertEquals(Optional.empty(), e.attendee(PersonRef.of("didier-samuel")));
  }

  @Test
  void rejectsAnAttendeeWithoutRoles() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Attendee.builder().person(REINDERS).build());
    assertEquals("attendee 'marlies-reinders': roles: needs at least 1 entry, got 0", e.getMessage());
  }

  @Test
  void refusesAnUnknownAttendeeRoleListingTheCodes() {
    UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> AttendeeRole.fromCode("minister"));
    assertTrue(e.getMessage().contains("signatory, witness, host, speaker, guest"), e.getMessage());
  }

  @Test
  void rejectsAPartnershipThatEmbedsItsSigningAndRefersToAnEvent() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> agreement("lumc-inserm", LUMC, INSERM)
        .signing(SigningEvent.on(PartialDate.of(2025, 7, 2))).signedAt(CEREMONY).build());
    assertEquals("partnership", e.type());
    assertEquals("signedAt", e.field());
  }

  @Test
  void listsThePartnershipsSignedAtAnEventAndGivesEachItsSigning() {
    Partnership joint = agreement("lumc-inserm", LUMC, INSERM).signedAt(CEREMONY).build();
    Partnership mou = agreement("regmed-inserm", REGMED, INSERM).signedAt(CEREMONY).build();
    Partnership earlier = agreement("lumc-regmed", LUMC, REGMED).signing(SigningEvent.on(PartialDate.ofYear(2018))).build();
    Landscape l = Landscape.builder().name("t").addPartnerships(joint, earlier, mou).addEvent(ceremony().build()).build();

    assertEquals(List.of(joint, mou), l.partnershipsSignedAt(CEREMONY));
    assertEquals(List.of(), l.partnershipsSignedAt(EventRef.of("other")));
    SigningEvent signing = l.signingOf(mou).orElseThrow();
    assertEquals(PartialDate.of(2025, 7, 2), signing.date());
    assertEquals(Optional.of("Den Haag"), signing.city());
    assertEquals("Franse residentie", signing.place().text("nl"));
    assertEquals(Optional.of(SigningMode.IN_PERSON), signing.mode());
    assertEquals(PartialDate.ofYear(2018), l.signingOf(earlier).orElseThrow().date(), "an embedded signing as it is");
  }

  @Test
  void givesNoSigningForAnEventTheLandscapeDoesNotHold() {
    Partnership joint = agreement("lumc-inserm", LUMC, INSERM).signedAt(EventRef.of("missing")).build();
    Landscape l = Landscape.builder().name("t").addPartnership(joint).build();
    assertEquals(Optional.empty(), l.signingOf(joint));
    assertEquals(Optional.empty(), l.event(EventRef.of("missing")));
  }
}

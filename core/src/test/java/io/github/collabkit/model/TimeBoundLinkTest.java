package io.github.collabkit.model;

import static io.github.collabkit.model.ConstructionRulesTest.LUMC;
import static io.github.collabkit.model.ConstructionRulesTest.UL;
import static io.github.collabkit.model.ConstructionRulesTest.agreement;
import static io.github.collabkit.model.ConstructionRulesTest.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Status and period of the three time-bound links: parties of partnerships, participants of
 * infrastructures and relations between organizations.
 */
class TimeBoundLinkTest {
  private static final OrganizationRef OLDENBURG = OrganizationRef.of("university-of-oldenburg");
  private static final Period JOINED_2019_LEFT_2021 = Period.between(PartialDate.ofYear(2019), PartialDate.ofYear(2021));

  private static Participation prospective(OrganizationRef organization) {
    return Participation.builder().organization(organization).status(ParticipationStatus.PROSPECTIVE).build();
  }

  @Test
  void linksAreCurrentAndUndatedByDefault() {
    assertEquals(ParticipationStatus.CURRENT, Participation.of(LUMC, PartyRole.PARTNER).status());
    assertEquals(ParticipationStatus.CURRENT, InfrastructureParticipation.of(LUMC, InfrastructureRole.OWNER).status());
    assertEquals(ParticipationStatus.CURRENT, OrganizationRelation.of(RelationKind.MEMBER_OF, LUMC).status());
    assertTrue(Participation.of(LUMC, PartyRole.PARTNER).period().isEmpty());
  }

  @Test
  void rejectsAProspectiveLinkWithAnEnd() {
    Period withEnd = Period.between(PartialDate.ofYear(2027), PartialDate.ofYear(2030));
    assertInvalid(() -> prospective(OLDENBURG).withPeriod(withEnd), "participation", "university-of-oldenburg",
        "period", "a prospective link has not begun, so it cannot have an end; got end 2030");
    assertInvalid(() -> InfrastructureParticipation.builder().organization(LUMC).role(InfrastructureRole.HOST)
            .status(ParticipationStatus.PROSPECTIVE).period(withEnd).build(),
        "infrastructure participation", "lumc", "period", "a prospective link has not begun, so it cannot have an end; got end 2030");
    assertInvalid(() -> OrganizationRelation.builder().kind(RelationKind.MEMBER_OF).organization(LUMC)
            .status(ParticipationStatus.PROSPECTIVE).period(withEnd).build(),
        "organization relation", "lumc", "period", "a prospective link has not begun, so it cannot have an end; got end 2030");
  }

  @Test
  void acceptsAProspectiveLinkWithAForeseenStartAndAFormerOneWithAnEnd() {
    assertEquals(PartialDate.ofYear(2027), prospective(OLDENBURG).withPeriod(Period.from(PartialDate.ofYear(2027)))
        .period().orElseThrow().start().orElseThrow());
    assertEquals(ParticipationStatus.FORMER, Participation.of(UL, PartyRole.PARTNER)
        .withStatus(ParticipationStatus.FORMER).withPeriod(JOINED_2019_LEFT_2021).status());
  }

  @Test
  void mayHoldOnADayOnlyWhenJoinedAndWithinItsPeriod() {
    Participation dated = Participation.of(UL, PartyRole.PARTNER).withPeriod(JOINED_2019_LEFT_2021);
    assertTrue(dated.mayHoldOn(LocalDate.of(2020, 6, 1)));
    assertFalse(dated.mayHoldOn(LocalDate.of(2022, 1, 1)));
    assertFalse(dated.mayHoldOn(LocalDate.of(2018, 12, 31)));
    assertTrue(Participation.of(UL, PartyRole.PARTNER).mayHoldOn(LocalDate.of(1900, 1, 1)), "undated: may hold");
    assertFalse(prospective(OLDENBURG).mayHoldOn(LocalDate.of(2025, 1, 1)));
    assertFalse(prospective(OLDENBURG).isJoined());
    assertThrows(NullValueException.class, () -> dated.mayHoldOn(null));
  }

  @Test
  void prospectivePartiesAreNotAmongThePartnershipsOrganizations() {
    Partnership p = agreement().addParty(prospective(OLDENBURG)).build();
    assertEquals(List.of(LUMC, UL), p.organizations());
    assertFalse(p.involves(OLDENBURG));
    assertTrue(p.involves(UL));
    assertEquals(3, p.parties().size(), "the prospective party is kept");
  }

  @Test
  void listsThePartiesThatMayHoldOnADay() {
    Partnership p = agreement().parties(List.of(Participation.of(LUMC, PartyRole.PARTNER),
        Participation.of(UL, PartyRole.PARTNER).withStatus(ParticipationStatus.FORMER).withPeriod(JOINED_2019_LEFT_2021),
        Participation.of(OrganizationRef.of("chdr"), PartyRole.PARTNER).withPeriod(Period.from(PartialDate.ofYear(2021))),
        prospective(OLDENBURG))).build();
    assertEquals(List.of(LUMC, UL), p.organizationsOn(LocalDate.of(2020, 1, 1)));
    assertEquals(List.of(LUMC, OrganizationRef.of("chdr")), p.organizationsOn(LocalDate.of(2025, 7, 2)));
  }

  @Test
  void rejectsAPartnershipWhoseSecondPartyIsOnlyForeseen() {
    assertInvalid(() -> agreement().parties(List.of(Participation.of(LUMC, PartyRole.PARTNER), prospective(OLDENBURG))).build(),
        "partnership", "lumc-ul-2021", "parties",
        "needs at least 2 distinct organizations, got 1; prospective parties have not joined and do not count");
  }
}

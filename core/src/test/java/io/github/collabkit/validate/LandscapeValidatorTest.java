package io.github.collabkit.validate;

import static io.github.collabkit.testing.Seed000.AGREEMENT_2021;
import static io.github.collabkit.testing.Seed000.LUMC;
import static io.github.collabkit.testing.Seed000.LUMC_BOARD;
import static io.github.collabkit.testing.Seed000.LUMC_HPC;
import static io.github.collabkit.testing.Seed000.RIDDERBOS;
import static io.github.collabkit.testing.Seed000.SMIT;
import static io.github.collabkit.testing.Seed000.SUPERCOMPUTER_2018;
import static io.github.collabkit.testing.Seed000.UL;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.model.ActionLine;
import io.github.collabkit.model.ActionLineRef;
import io.github.collabkit.model.Attendee;
import io.github.collabkit.model.AttendeeRole;
import io.github.collabkit.model.CollectionProfile;
import io.github.collabkit.model.Concept;
import io.github.collabkit.model.DateQualifier;
import io.github.collabkit.model.Event;
import io.github.collabkit.model.EventRef;
import io.github.collabkit.model.Funding;
import io.github.collabkit.model.Identifier;
import io.github.collabkit.model.IdentifierScheme;
import io.github.collabkit.model.Infrastructure;
import io.github.collabkit.model.InfrastructureKind;
import io.github.collabkit.model.InfrastructureParticipation;
import io.github.collabkit.model.InfrastructureRef;
import io.github.collabkit.model.InfrastructureRole;
import io.github.collabkit.model.InfrastructureStatus;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.LocalizedText;
import io.github.collabkit.model.MaterialType;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.NullValueException;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationRelation;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.PartialDate;
import io.github.collabkit.model.Participation;
import io.github.collabkit.model.ParticipationStatus;
import io.github.collabkit.model.Partnership;
import io.github.collabkit.model.PartnershipLink;
import io.github.collabkit.model.PartnershipRef;
import io.github.collabkit.model.PartnershipRelationKind;
import io.github.collabkit.model.PartnershipStatus;
import io.github.collabkit.model.PartyRole;
import io.github.collabkit.model.Period;
import io.github.collabkit.model.PersonRef;
import io.github.collabkit.model.Quantity;
import io.github.collabkit.model.QuantityQualifier;
import io.github.collabkit.model.RelationKind;
import io.github.collabkit.model.Signatory;
import io.github.collabkit.model.SigningEvent;
import io.github.collabkit.model.SigningMode;
import io.github.collabkit.model.SourceRef;
import io.github.collabkit.model.Strategy;
import io.github.collabkit.model.StrategyRef;
import io.github.collabkit.model.UseCondition;
import io.github.collabkit.testing.LandscapeGenerator;
import io.github.collabkit.testing.Seed000;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@link ValidationRule} with accepting and rejecting cases. Each case changes the clean
 * landscape of seed 000 and asserts the whole report: path, code, severity, message and order.
 */
class LandscapeValidatorTest {
  private static final LandscapeValidator VALIDATOR = LandscapeValidator.create().asOf(Seed000.TODAY);
  private static final Landscape CLEAN = Seed000.landscape();

  private static ValidationReport validate(Landscape landscape) {
    return VALIDATOR.validate(landscape);
  }

  private static List<String> lines(ValidationReport report) {
    return report.violations().stream().map(Violation::toString).collect(Collectors.toList());
  }

  // ---- changing the clean landscape

  private static UnaryOperator<Landscape> partnership(PartnershipRef key, UnaryOperator<Partnership> change) {
    return l -> l.withPartnerships(l.partnerships().stream()
        .map(p -> p.ref().equals(key) ? change.apply(p) : p).collect(Collectors.toList()));
  }

  private static UnaryOperator<Landscape> agreement(UnaryOperator<Partnership> change) {
    return partnership(AGREEMENT_2021, change);
  }

  private static UnaryOperator<Landscape> infrastructure(InfrastructureRef key, UnaryOperator<Infrastructure> change) {
    return l -> l.withInfrastructures(l.infrastructures().stream()
        .map(i -> i.ref().equals(key) ? change.apply(i) : i).collect(Collectors.toList()));
  }

  private static UnaryOperator<Landscape> organization(OrganizationRef key, UnaryOperator<Organization> change) {
    return l -> l.withOrganizations(l.organizations().stream()
        .map(o -> o.ref().equals(key) ? change.apply(o) : o).collect(Collectors.toList()));
  }

  private static UnaryOperator<Landscape> addOrganization(Organization o) {
    return l -> l.withOrganizations(concat(l.organizations(), o));
  }

  private static UnaryOperator<Landscape> addInfrastructure(Infrastructure i) {
    return l -> l.withInfrastructures(concat(l.infrastructures(), i));
  }

  private static <T> List<T> concat(List<T> list, T element) {
    List<T> copy = new ArrayList<>(list);
    copy.add(element);
    return copy;
  }

  private static Organization unit(String key, OrganizationRef parent) {
    Organization.Builder b = Organization.builder().ref(OrganizationRef.of(key))
        .addName(Name.of("Department " + key, "en", NameKind.DISPLAY))
        .addType(OrganizationType.DEPARTMENT).addSource(Seed000.SEED);
    if (parent != null) {
      b.parent(parent);
    }
    return b.build();
  }

  private static Infrastructure infra(String key) {
    return Infrastructure.builder().ref(InfrastructureRef.of(key))
        .addName(Name.of(key, "en", NameKind.DISPLAY))
        .addKind(io.github.collabkit.model.InfrastructureKind.DATA_PLATFORM)
        .addSource(Seed000.SEED).build();
  }

  private static Strategy strategy(String... actionLines) {
    Strategy.Builder b = Strategy.builder().ref(StrategyRef.of("umc-strategy"))
        .title(LocalizedText.of("en", "Strategy")).addOwner(LUMC)
        .period(Period.between(PartialDate.ofYear(2025), PartialDate.ofYear(2030))).addSource(Seed000.SEED);
    for (String line : actionLines) {
      b.addActionLine(ActionLine.builder().ref(ActionLineRef.of(line)).label(LocalizedText.of("en", line)).build());
    }
    return b.build();
  }

  private static final String P = "partnerships[lumc-ul-2021]";
  private static final EventRef SIGNING_2021 = EventRef.of("lumc-ul-signing-2021");

  /** The 2021 signing as an event both signatories attended, with the agreement referring to it. */
  private static Event signingEvent() {
    return Event.builder().ref(SIGNING_2021).title(LocalizedText.of("en", "Signing by video call"))
        .date(PartialDate.of(2021, 12)).dateQualifier(DateQualifier.BEFORE).mode(SigningMode.VIDEO_CALL)
        .addAttendee(Attendee.builder().person(RIDDERBOS).addRole(AttendeeRole.SIGNATORY).organization(UL).build())
        .addAttendee(Attendee.builder().person(SMIT).addRole(AttendeeRole.SIGNATORY).organization(LUMC).build())
        .addSource(Seed000.SEED).build();
  }

  /** Moves the 2021 agreement's signing into an event, changed by {@code change}. */
  private static UnaryOperator<Landscape> signedAtEvent(UnaryOperator<Event> change) {
    return l -> agreement(p -> p.withSigning(Optional.empty()).withSignedAt(SIGNING_2021))
        .apply(l.withEvents(change.apply(signingEvent())));
  }

  private static Participation prospective(OrganizationRef organization) {
    return Participation.builder().organization(organization).status(ParticipationStatus.PROSPECTIVE).build();
  }

  static Stream<Arguments> rejecting() {
    return Stream.of(
        Arguments.of("organization key used twice", ValidationRule.DUPLICATE_KEY,
            addOrganization(Seed000.lumc().withNames(Name.acronym("LUMC (again)"))),
            List.of("error organizations[4].key [key.duplicate] organization key 'lumc' is already used at organizations[0]")),
        Arguments.of("action line key used twice", ValidationRule.DUPLICATE_KEY,
            (UnaryOperator<Landscape>) l -> l.withStrategies(strategy("smart-concentration", "smart-concentration")),
            List.of("error strategies[umc-strategy].actionLines[1].key [key.duplicate] action line key "
                + "'smart-concentration' is used more than once in the landscape")),
        Arguments.of("concept defined twice", ValidationRule.DUPLICATE_KEY,
            (UnaryOperator<Landscape>) l -> l.withConcepts(concat(l.concepts(),
                Concept.of("theme", "population-health", LocalizedText.of("en", "again")))),
            List.of("error concepts[4] [key.duplicate] concept 'population-health' is defined twice in scheme 'theme'")),
        Arguments.of("ROR id held by two organizations", ValidationRule.DUPLICATE_IDENTIFIER,
            organization(UL, o -> o.withIdentifiers(concat(o.identifiers(),
                Identifier.of(IdentifierScheme.ROR, "https://ror.org/05xvt9f17")))),
            List.of("error organizations[leiden-university].identifiers[5] [identifier.duplicate] ror identifier "
                + "'05xvt9f17' is already held by organization 'lumc'; an identifier names one organization")),
        Arguments.of("party that does not exist", ValidationRule.DANGLING_REFERENCE,
            agreement(p -> p.withParties(p.parties().get(0), Participation.of(OrganizationRef.of("umc-x"), PartyRole.PARTNER))),
            List.of("error " + P + ".parties[1].organization [reference.dangling] organization 'umc-x' does not exist in the landscape",
                "error " + P + ".signatories[0].organization [signatory.not-a-party] signed on behalf of 'leiden-university', "
                    + "which is not a party of 'lumc-ul-2021'")),
        Arguments.of("work area infrastructure that does not exist", ValidationRule.DANGLING_REFERENCE,
            agreement(p -> p.withWorkAreas(p.workAreas().get(0).withInfrastructures(LUMC_HPC, InfrastructureRef.of("alice")),
                p.workAreas().get(1), p.workAreas().get(2))),
            List.of("error " + P + ".workAreas[0].infrastructures[1] [reference.dangling] infrastructure 'alice' does not exist in the landscape")),
        Arguments.of("funder that does not exist", ValidationRule.DANGLING_REFERENCE,
            agreement(p -> p.withFundings(Funding.builder().funder(OrganizationRef.of("zonmw")).build())),
            List.of("error " + P + ".fundings[0].funder [reference.dangling] organization 'zonmw' does not exist in the landscape")),
        Arguments.of("signatory who does not exist", ValidationRule.DANGLING_REFERENCE,
            agreement(p -> p.withSignatories(Signatory.of(PersonRef.of("nobody"), UL), p.signatories().get(1))),
            List.of("error " + P + ".signatories[0].person [reference.dangling] person 'nobody' does not exist in the landscape")),
        Arguments.of("source that does not exist", ValidationRule.DANGLING_REFERENCE,
            agreement(p -> p.withSources(Seed000.SEED, SourceRef.of("seed-999"))),
            List.of("error " + P + ".sources[1] [reference.dangling] source 'seed-999' does not exist in the landscape")),
        Arguments.of("statement citing a source that does not exist", ValidationRule.DANGLING_REFERENCE,
            agreement(p -> p.withStatements(io.github.collabkit.model.Statement.of("/status",
                io.github.collabkit.model.StatementBasis.STATED, SourceRef.of("seed-999")))),
            List.of("error " + P + ".statements[0].sources[0] [reference.dangling] source 'seed-999' does not exist in the landscape")),
        Arguments.of("statement according to a person who does not exist", ValidationRule.DANGLING_REFERENCE,
            agreement(p -> p.withStatements(io.github.collabkit.model.Statement.builder().about("/status")
                .basis(io.github.collabkit.model.StatementBasis.STATED).addSource(Seed000.SEED)
                .accordingTo(PersonRef.of("nobody")).build())),
            List.of("error " + P + ".statements[0].accordingTo [reference.dangling] person 'nobody' does not exist in the landscape")),
        Arguments.of("parents in a cycle", ValidationRule.PARENT_CYCLE,
            organization(LUMC, o -> o.withParent(LUMC_BOARD)),
            List.of("error organizations[lumc-executive-board].parent [cycle.parent] following parents from "
                    + "'lumc-executive-board' leads back to it",
                "error organizations[lumc].parent [cycle.parent] following parents from 'lumc' leads back to it")),
        Arguments.of("part-of in a cycle", ValidationRule.PART_OF_CYCLE,
            (UnaryOperator<Landscape>) l -> addInfrastructure(infra("a").withPartOf(InfrastructureRef.of("b")))
                .apply(addInfrastructure(infra("b").withPartOf(InfrastructureRef.of("a"))).apply(l)),
            List.of("error infrastructures[a].partOf [cycle.part-of] following part-of links from 'a' leads back to it",
                "error infrastructures[b].partOf [cycle.part-of] following part-of links from 'b' leads back to it")),
        Arguments.of("partnership links in a cycle", ValidationRule.LINK_CYCLE,
            partnership(SUPERCOMPUTER_2018, p -> p.withLinks(PartnershipLink.of(PartnershipRelationKind.CONTINUES, AGREEMENT_2021))),
            List.of("error partnerships[lumc-ul-2018].links [cycle.partnership-link] following links from 'lumc-ul-2018' leads back to it",
                "warning partnerships[lumc-ul-2018].links[0].partnership [date.order] partnership 'lumc-ul-2018' "
                    + "starts 2018, before 'lumc-ul-2021' which it links to as earlier (2021-12)",
                "error " + P + ".links [cycle.partnership-link] following links from 'lumc-ul-2021' leads back to it")),
        Arguments.of("signatory for a non-party", ValidationRule.SIGNATORY_NOT_A_PARTY,
            agreement(p -> p.withSignatories(p.signatories().get(0), Signatory.of(SMIT, LUMC_BOARD))),
            List.of("error " + P + ".signatories[1].organization [signatory.not-a-party] signed on behalf of "
                + "'lumc-executive-board', which is not a party of 'lumc-ul-2021'")),
        Arguments.of("signatory without a role at the party", ValidationRule.SIGNATORY_WITHOUT_ROLE,
            agreement(p -> p.withSignatories(p.signatories().get(0), Signatory.of(SMIT, UL))),
            List.of("error " + P + ".signatories[1].person [signatory.no-role] person 'kim-smit' signed for "
                + "'leiden-university' but holds no role there or at a unit of it")),
        Arguments.of("signatory the event does not list", ValidationRule.SIGNATORY_NOT_ATTENDING,
            signedAtEvent(e -> e.withAttendees(e.attendees().get(0),
                Attendee.builder().person(SMIT).addRole(AttendeeRole.WITNESS).organization(LUMC).build())),
            List.of("warning " + P + ".signatories[1].person [event.signatory-not-attending] person 'kim-smit' "
                + "signed 'lumc-ul-2021' at event 'lumc-ul-signing-2021', whose attendees do not list them as a signatory")),
        Arguments.of("event no partnership was signed at", ValidationRule.UNUSED_EVENT,
            (UnaryOperator<Landscape>) l -> l.withEvents(signingEvent()),
            List.of("warning events[lumc-ul-signing-2021] [event.unused] event 'lumc-ul-signing-2021' is the signing "
                + "of no partnership; refer to it with a partnership's signedAt")),
        Arguments.of("event that does not exist, host and attendee that do not exist", ValidationRule.DANGLING_REFERENCE,
            (UnaryOperator<Landscape>) l -> agreement(p -> p.withSigning(Optional.empty()).withSignedAt(EventRef.of("nowhere")))
                .apply(l.withEvents(signingEvent().withHost(OrganizationRef.of("embassy"))
                    .withAttendees(Attendee.of(PersonRef.of("nobody"), AttendeeRole.GUEST)))),
            List.of("warning events[lumc-ul-signing-2021] [event.unused] event 'lumc-ul-signing-2021' is the signing "
                    + "of no partnership; refer to it with a partnership's signedAt",
                "error events[lumc-ul-signing-2021].attendees[0].person [reference.dangling] person 'nobody' does not exist in the landscape",
                "error events[lumc-ul-signing-2021].host [reference.dangling] organization 'embassy' does not exist in the landscape",
                "error " + P + ".signedAt [reference.dangling] event 'nowhere' does not exist in the landscape")),
        Arguments.of("intended but signed at an event", ValidationRule.STATUS_PERIOD_MISMATCH,
            (UnaryOperator<Landscape>) l -> agreement(p -> p.withStatus(PartnershipStatus.INTENDED).withSignatories(List.of()))
                .apply(signedAtEvent(e -> e).apply(l)),
            List.of("error " + P + ".status [status.period-mismatch] status is intended but a signing on 2021-12 is recorded")),
        Arguments.of("signed at an event in the future", ValidationRule.STATUS_PERIOD_MISMATCH,
            signedAtEvent(e -> e.withDate(PartialDate.of(2026, 2, 1))),
            List.of("error " + P + ".signedAt [status.period-mismatch] status is signed but the signing date 2026-02-01 is after 2026-01-01")),
        Arguments.of("leader without a role at the party", ValidationRule.LEADER_WITHOUT_ROLE,
            agreement(p -> p.withParties(p.parties().get(0), p.parties().get(1).withLeaders(SMIT))),
            List.of("warning " + P + ".parties[1].leaders[0] [leader.no-role] person 'kim-smit' leads for "
                + "'leiden-university' but holds no role there or at a unit of it")),
        Arguments.of("intended but signed", ValidationRule.STATUS_PERIOD_MISMATCH,
            agreement(p -> p.withStatus(PartnershipStatus.INTENDED)),
            List.of("error " + P + ".status [status.period-mismatch] status is intended but a signing on 2021-12 is recorded",
                "error " + P + ".status [status.period-mismatch] status is intended but 2 signatory(ies) are recorded")),
        Arguments.of("ended without an end", ValidationRule.STATUS_PERIOD_MISMATCH,
            agreement(p -> p.withStatus(PartnershipStatus.ENDED)),
            List.of("error " + P + ".period.end [status.period-mismatch] status is ended but the period has no end date")),
        Arguments.of("ended but ends after today", ValidationRule.STATUS_PERIOD_MISMATCH,
            agreement(p -> p.withStatus(PartnershipStatus.ENDED).withPeriod(Period.between(PartialDate.of(2021, 12), PartialDate.ofYear(2027)))),
            List.of("error " + P + ".period.end [status.period-mismatch] status is ended but the period ends 2027, after 2026-01-01")),
        Arguments.of("active but the period ended", ValidationRule.STATUS_PERIOD_MISMATCH,
            agreement(p -> p.withStatus(PartnershipStatus.ACTIVE).withPeriod(Period.between(PartialDate.of(2021, 12), PartialDate.ofYear(2024)))),
            List.of("error " + P + ".status [status.period-mismatch] status is active but the period ended 2024; expected ended")),
        Arguments.of("signed in the future", ValidationRule.STATUS_PERIOD_MISMATCH,
            agreement(p -> p.withSigning(SigningEvent.on(PartialDate.of(2026, 2, 1)))),
            List.of("error " + P + ".signing.date [status.period-mismatch] status is signed but the signing date 2026-02-01 is after 2026-01-01")),
        Arguments.of("infrastructure ended without an end", ValidationRule.STATUS_PERIOD_MISMATCH,
            infrastructure(LUMC_HPC, i -> i.withStatus(InfrastructureStatus.ENDED)),
            List.of("error infrastructures[lumc-hpc].period.end [status.period-mismatch] status is ended but the period has no end date")),
        Arguments.of("infrastructure operational after its end", ValidationRule.STATUS_PERIOD_MISMATCH,
            infrastructure(LUMC_HPC, i -> i.withPeriod(Period.between(PartialDate.ofYear(2015), PartialDate.of(2025, 6)))),
            List.of("error infrastructures[lumc-hpc].status [status.period-mismatch] status is operational but the period ended 2025-06; expected ended")),
        Arguments.of("signed after the period ended", ValidationRule.DATE_ORDER,
            agreement(p -> p.withStatus(PartnershipStatus.ENDED)
                .withPeriod(Period.between(PartialDate.ofYear(2021), PartialDate.of(2021, 6)))),
            List.of("warning " + P + ".signing.date [date.order] signed 2021-12, after the period ended 2021-06")),
        Arguments.of("party current after its own period ended", ValidationRule.STATUS_PERIOD_MISMATCH,
            agreement(p -> p.withParties(p.parties().get(0), p.parties().get(1)
                .withPeriod(Period.between(PartialDate.of(2021, 12), PartialDate.ofYear(2024))))),
            List.of("error " + P + ".parties[1].status [status.period-mismatch] 'leiden-university' is current but its period ended 2024; expected former")),
        Arguments.of("prospective party that has begun", ValidationRule.STATUS_PERIOD_MISMATCH,
            agreement(p -> p.withParties(p.parties().get(0), p.parties().get(1), prospective(LUMC_BOARD)
                .withPeriod(Period.from(PartialDate.ofYear(2022))))),
            List.of("error " + P + ".parties[2].status [status.period-mismatch] 'lumc-executive-board' is prospective but its period started 2022; expected current or former")),
        Arguments.of("prospective party of an ended partnership", ValidationRule.STATUS_PERIOD_MISMATCH,
            agreement(p -> p.withStatus(PartnershipStatus.ENDED).withPeriod(Period.between(PartialDate.of(2021, 12), PartialDate.ofYear(2024)))
                .withParties(p.parties().get(0), p.parties().get(1), prospective(LUMC_BOARD))),
            List.of("error " + P + ".parties[2].status [status.period-mismatch] 'lumc-executive-board' is prospective but the partnership has ended")),
        Arguments.of("former relation that starts after today", ValidationRule.STATUS_PERIOD_MISMATCH,
            organization(UL, o -> o.withRelations(OrganizationRelation.builder().kind(RelationKind.RELATED).organization(LUMC)
                .status(ParticipationStatus.FORMER).period(Period.from(PartialDate.ofYear(2027))).build())),
            List.of("error organizations[leiden-university].relations[0].status [status.period-mismatch] 'lumc' is former but its period starts 2027, after 2026-01-01")),
        Arguments.of("infrastructure participant current after its period ended", ValidationRule.STATUS_PERIOD_MISMATCH,
            infrastructure(LUMC_HPC, i -> i.withOrganizations(i.organizations().get(0)
                .withPeriod(Period.between(PartialDate.ofYear(2015), PartialDate.ofYear(2020))))),
            List.of("error infrastructures[lumc-hpc].organizations[0].status [status.period-mismatch] 'lumc' is current but its period ended 2020; expected former")),
        Arguments.of("signatory for a prospective party", ValidationRule.SIGNATORY_NOT_A_PARTY,
            agreement(p -> p.withParties(p.parties().get(0), p.parties().get(1), prospective(LUMC_BOARD))
                .withSignatories(p.signatories().get(0), Signatory.of(SMIT, LUMC_BOARD))),
            List.of("error " + P + ".signatories[1].organization [signatory.not-a-party] signed on behalf of "
                + "'lumc-executive-board', which is only a prospective party of 'lumc-ul-2021'")),
        Arguments.of("party joins before the partnership starts", ValidationRule.DATE_ORDER,
            agreement(p -> p.withPeriod(Period.from(PartialDate.of(2021, 12))).withParties(p.parties().get(0),
                p.parties().get(1).withPeriod(Period.from(PartialDate.ofYear(2019))))),
            List.of("warning " + P + ".parties[1].period.start [date.order] 'leiden-university' joins 2019, before the partnership starts 2021-12")),
        Arguments.of("party leaves after the partnership ends", ValidationRule.DATE_ORDER,
            agreement(p -> p.withStatus(PartnershipStatus.ENDED).withPeriod(Period.between(PartialDate.of(2021, 12), PartialDate.ofYear(2023)))
                .withParties(p.parties().get(0), p.parties().get(1).withStatus(ParticipationStatus.FORMER)
                    .withPeriod(Period.between(PartialDate.of(2021, 12), PartialDate.ofYear(2024))))),
            List.of("warning " + P + ".parties[1].period.end [date.order] 'leiden-university' leaves 2024, after the partnership ends 2023")),
        Arguments.of("funding that ends before the partnership starts", ValidationRule.DATE_ORDER,
            agreement(p -> p.withPeriod(Period.from(PartialDate.of(2021, 12))).withFundings(Funding.builder().funder(UL)
                .period(Period.between(PartialDate.ofYear(2019), PartialDate.ofYear(2020))).build())),
            List.of("warning " + P + ".fundings[0].period.end [date.order] funding by 'leiden-university' ends 2020, before the partnership starts 2021-12")),
        Arguments.of("funding that starts after the partnership ends", ValidationRule.DATE_ORDER,
            agreement(p -> p.withStatus(PartnershipStatus.ENDED).withPeriod(Period.between(PartialDate.of(2021, 12), PartialDate.ofYear(2023)))
                .withFundings(Funding.builder().funder(UL).period(Period.from(PartialDate.ofYear(2024))).build())),
            List.of("warning " + P + ".fundings[0].period.start [date.order] funding by 'leiden-university' starts 2024, after the partnership ends 2023")),
        Arguments.of("infrastructure without organizations", ValidationRule.INFRASTRUCTURE_WITHOUT_ORGANIZATION,
            addInfrastructure(infra("orphan")),
            List.of("error infrastructures[orphan].organizations [infrastructure.no-organization] infrastructure 'orphan' "
                + "names no organization and is not part of another infrastructure")),
        Arguments.of("collection profile on a compute infrastructure", ValidationRule.COLLECTION_ON_OTHER_KIND,
            infrastructure(LUMC_HPC, i -> i.withCollection(CollectionProfile.builder().addMaterialType(MaterialType.DNA).build())),
            List.of("warning infrastructures[lumc-hpc].collection [collection.kind] infrastructure 'lumc-hpc' has a "
                + "collection profile but is of kind compute; a profile is for kinds biobank, cohort, cohort-consortium")),
        Arguments.of("participants counted in an undefined unit", ValidationRule.UNDEFINED_CONCEPT,
            addInfrastructure(infra("brain-bank").withKinds(InfrastructureKind.BIOBANK).withOrganizations(
                InfrastructureParticipation.of(LUMC, InfrastructureRole.OWNER)).withCollection(CollectionProfile.builder()
                .participants(Quantity.of(QuantityQualifier.EXACT, 4000, "participants")).build())),
            List.of("warning infrastructures[brain-bank].collection.participants.unit [concept.undefined] 'participants' "
                + "is not defined as a concept of scheme 'unit'")),
        Arguments.of("department without parent", ValidationRule.UNIT_WITHOUT_PARENT,
            addOrganization(unit("parasitology", null)),
            List.of("warning organizations[parasitology].parent [unit.no-parent] organization 'parasitology' is a "
                + "department but names no parent organization")),
        Arguments.of("undefined theme", ValidationRule.UNDEFINED_CONCEPT,
            agreement(p -> p.withThemes("population-health", "hpc")),
            List.of("warning " + P + ".themes [concept.undefined] 'hpc' is not defined as a concept of scheme 'theme'")),
        Arguments.of("undefined capability and unit", ValidationRule.UNDEFINED_CONCEPT,
            infrastructure(LUMC_HPC, i -> i.withCapabilities("hpc", "gpu")
                .withFigures(Quantity.of(QuantityQualifier.MORE_THAN, 1000, "cores"))),
            List.of("warning infrastructures[lumc-hpc].capabilities [concept.undefined] 'gpu' is not defined as a concept of scheme 'capability'",
                "warning infrastructures[lumc-hpc].figures[0].unit [concept.undefined] 'cores' is not defined as a concept of scheme 'unit'")),
        Arguments.of("undefined units of organization and partnership figures", ValidationRule.UNDEFINED_CONCEPT,
            (UnaryOperator<Landscape>) l -> organization(LUMC, o -> o.withFigures(Quantity.of(QuantityQualifier.EXACT, 9, "researchers")))
                .apply(agreement(p -> p.withFigures(Quantity.of(QuantityQualifier.ABOUT, 3, "topics"))).apply(l)),
            List.of("warning organizations[lumc].figures[0].unit [concept.undefined] 'researchers' is not defined as a concept of scheme 'unit'",
                "warning " + P + ".figures[0].unit [concept.undefined] 'topics' is not defined as a concept of scheme 'unit'")),
        Arguments.of("partnership without source", ValidationRule.MISSING_SOURCE,
            agreement(p -> p.withSources(List.of())),
            List.of("warning " + P + ".sources [source.missing] no source is recorded")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejecting")
  void reportsExactlyTheBrokenRule(String name, ValidationRule rule, UnaryOperator<Landscape> change,
      List<String> expected) {
    ValidationReport report = validate(change.apply(CLEAN));
    assertEquals(expected, lines(report));
    assertFalse(report.of(rule).isEmpty(), "reports " + rule);
    for (Violation v : report.violations()) {
      assertSame(v.rule().severity(), v.severity(), v.toString());
      assertEquals(v.rule().code(), v.code());
    }
  }

  static Stream<Arguments> accepting() {
    return Stream.of(
        Arguments.of("same key for entities of different types", ValidationRule.DUPLICATE_KEY,
            (UnaryOperator<Landscape>) l -> addInfrastructure(infra("lumc").withOrganizations(
                io.github.collabkit.model.InfrastructureParticipation.of(LUMC, io.github.collabkit.model.InfrastructureRole.OWNER))).apply(l)),
        Arguments.of("same concept code in two schemes", ValidationRule.DUPLICATE_KEY,
            (UnaryOperator<Landscape>) l -> l.withConcepts(concat(l.concepts(),
                Concept.of("capability", "population-health", LocalizedText.of("en", "x"))))),
        Arguments.of("unit with a ROR id of its own", ValidationRule.DUPLICATE_IDENTIFIER,
            addOrganization(unit("parasitology", LUMC).withIdentifiers(
                Identifier.of(IdentifierScheme.ROR, LandscapeGenerator.seeded(11).absentRorId(0))))),
        Arguments.of("references to a unit", ValidationRule.DANGLING_REFERENCE,
            agreement(p -> p.withParties(p.parties().get(0), p.parties().get(1), Participation.of(LUMC_BOARD, PartyRole.CONTRIBUTOR)))),
        Arguments.of("chain of parents", ValidationRule.PARENT_CYCLE,
            addOrganization(unit("lumc-board-office", LUMC_BOARD))),
        Arguments.of("chain of part-of links", ValidationRule.PART_OF_CYCLE,
            (UnaryOperator<Landscape>) l -> addInfrastructure(infra("infecta").withPartOf(InfrastructureRef.of("infect-nl")))
                .apply(addInfrastructure(infra("infect-nl").withOrganizations(
                    io.github.collabkit.model.InfrastructureParticipation.of(LUMC, io.github.collabkit.model.InfrastructureRole.INITIATOR))).apply(l))),
        Arguments.of("later partnership links to an earlier one", ValidationRule.LINK_CYCLE, UnaryOperator.<Landscape>identity()),
        Arguments.of("signatory for a party", ValidationRule.SIGNATORY_NOT_A_PARTY, UnaryOperator.<Landscape>identity()),
        Arguments.of("signatory with a role at a unit of the party", ValidationRule.SIGNATORY_WITHOUT_ROLE,
            UnaryOperator.<Landscape>identity()),
        Arguments.of("signed at an event both signatories attended as signatories", ValidationRule.SIGNATORY_NOT_ATTENDING,
            signedAtEvent(e -> e)),
        Arguments.of("event without attendees: nothing to compare", ValidationRule.SIGNATORY_NOT_ATTENDING,
            signedAtEvent(e -> e.withAttendees(List.of()))),
        Arguments.of("event one partnership was signed at", ValidationRule.UNUSED_EVENT, signedAtEvent(e -> e)),
        Arguments.of("leader with a role at a unit of the party", ValidationRule.LEADER_WITHOUT_ROLE,
            agreement(p -> p.withParties(p.parties().get(0).withLeaders(SMIT), p.parties().get(1)))),
        Arguments.of("intended without signing", ValidationRule.STATUS_PERIOD_MISMATCH,
            agreement(p -> p.withStatus(PartnershipStatus.INTENDED).withSigning(java.util.Optional.empty()).withSignatories(List.of()))),
        Arguments.of("ended with an end in the past", ValidationRule.STATUS_PERIOD_MISMATCH,
            agreement(p -> p.withStatus(PartnershipStatus.ENDED).withPeriod(Period.between(PartialDate.of(2021, 12), PartialDate.ofYear(2024))))),
        Arguments.of("active with an end in the future", ValidationRule.STATUS_PERIOD_MISMATCH,
            agreement(p -> p.withStatus(PartnershipStatus.ACTIVE).withPeriod(Period.between(PartialDate.of(2021, 12), PartialDate.ofYear(2026))))),
        Arguments.of("signed within the period", ValidationRule.DATE_ORDER,
            agreement(p -> p.withPeriod(Period.between(PartialDate.ofYear(2021), PartialDate.of(2026, 6))))),
        Arguments.of("former party whose period ended, a foreseen party without dates", ValidationRule.STATUS_PERIOD_MISMATCH,
            agreement(p -> p.withParties(p.parties().get(0), p.parties().get(1).withStatus(ParticipationStatus.FORMER)
                .withPeriod(Period.between(PartialDate.of(2021, 12), PartialDate.ofYear(2024))), prospective(LUMC_BOARD)))),
        Arguments.of("party joins after the partnership starts", ValidationRule.DATE_ORDER,
            agreement(p -> p.withPeriod(Period.from(PartialDate.of(2021, 12))).withParties(p.parties().get(0),
                p.parties().get(1).withPeriod(Period.from(PartialDate.ofYear(2022)))))),
        Arguments.of("funding by a party within the partnership's period", ValidationRule.DATE_ORDER,
            agreement(p -> p.withPeriod(Period.from(PartialDate.of(2021, 12))).withFundings(Funding.builder().funder(UL)
                .amount(io.github.collabkit.model.Money.of(new java.math.BigDecimal("250000"), "EUR"))
                .period(Period.between(PartialDate.ofYear(2022), PartialDate.ofYear(2024))).build()))),
        Arguments.of("infrastructure part of another", ValidationRule.INFRASTRUCTURE_WITHOUT_ORGANIZATION,
            addInfrastructure(infra("lumc-hpc-gpu").withPartOf(LUMC_HPC))),
        Arguments.of("collection profile on a biobank", ValidationRule.COLLECTION_ON_OTHER_KIND,
            addInfrastructure(infra("brain-bank").withKinds(InfrastructureKind.BIOBANK).withOrganizations(
                InfrastructureParticipation.of(LUMC, InfrastructureRole.OWNER)).withCollection(CollectionProfile.builder()
                .addMaterialTypes(MaterialType.TISSUE_FROZEN, MaterialType.DNA).addUseCondition(UseCondition.COLLABORATION_REQUIRED)
                .build()))),
        Arguments.of("department with parent", ValidationRule.UNIT_WITHOUT_PARENT,
            addOrganization(unit("parasitology", LUMC))),
        Arguments.of("funding that began before the partnership and runs into it", ValidationRule.DATE_ORDER,
            agreement(p -> p.withPeriod(Period.from(PartialDate.of(2021, 12))).withFundings(Funding.builder().funder(UL)
                .period(Period.between(PartialDate.ofYear(2020), PartialDate.ofYear(2022))).build()))),
        Arguments.of("defined units of organization and partnership figures", ValidationRule.UNDEFINED_CONCEPT,
            (UnaryOperator<Landscape>) l -> organization(LUMC, o -> o.withFigures(Quantity.of(QuantityQualifier.EXACT, 9, "researchers")))
                .apply(agreement(p -> p.withFigures(Quantity.of(QuantityQualifier.ABOUT, 3, "topics"))).apply(
                    l.withConcepts(concat(concat(l.concepts(), Concept.of("unit", "researchers", LocalizedText.of("en", "researchers"))),
                        Concept.of("unit", "topics", LocalizedText.of("en", "topics"))))))),
        Arguments.of("defined theme", ValidationRule.UNDEFINED_CONCEPT,
            agreement(p -> p.withThemes("population-health", "research-computing"))),
        Arguments.of("sources on every entity", ValidationRule.MISSING_SOURCE, UnaryOperator.<Landscape>identity()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accepting")
  void acceptsValidData(String name, ValidationRule rule, UnaryOperator<Landscape> change) {
    ValidationReport report = validate(change.apply(CLEAN));
    assertEquals(List.of(), lines(report));
  }

  @Test
  void everyRuleHasARejectingAndAnAcceptingCase() {
    Set<ValidationRule> rejected = rejecting().map(a -> (ValidationRule) a.get()[1])
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ValidationRule.class)));
    Set<ValidationRule> accepted = accepting().map(a -> (ValidationRule) a.get()[1])
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ValidationRule.class)));
    assertEquals(EnumSet.allOf(ValidationRule.class), rejected);
    assertEquals(EnumSet.allOf(ValidationRule.class), accepted);
  }

  @Test
  void reportsSeveralProblemsAtOnceInStableOrder() {
    UnaryOperator<Landscape> all = l -> l;
    for (UnaryOperator<Landscape> change : List.of(
        agreement(p -> p.withSources(List.of())),
        addOrganization(unit("parasitology", null)),
        agreement(p -> p.withParties(p.parties().get(0), Participation.of(OrganizationRef.of("umc-x"), PartyRole.PARTNER),
            Participation.of(UL, PartyRole.LEAD))),
        infrastructure(LUMC_HPC, i -> i.withStatus(InfrastructureStatus.ENDED)))) {
      UnaryOperator<Landscape> before = all;
      all = l -> change.apply(before.apply(l));
    }
    ValidationReport report = validate(all.apply(CLEAN));
    List<String> expected = List.of(
        "error infrastructures[lumc-hpc].period.end [status.period-mismatch] status is ended but the period has no end date",
        "warning organizations[parasitology].parent [unit.no-parent] organization 'parasitology' is a department but names no parent organization",
        "error " + P + ".parties[1].organization [reference.dangling] organization 'umc-x' does not exist in the landscape",
        "warning " + P + ".sources [source.missing] no source is recorded");
    assertEquals(expected, lines(report));
    assertEquals(2, report.errors().size());
    assertEquals(2, report.warnings().size());
    assertFalse(report.isValid());
    assertEquals(expected, lines(validate(all.apply(CLEAN))), "same input, same report");
    assertEquals(String.join("\n", expected), report.toString());
  }

  @Test
  void ordersPathsWithNumbersComparedAsNumbers() {
    Partnership wide = CLEAN.partnership(AGREEMENT_2021).orElseThrow();
    List<Participation> parties = new ArrayList<>(wide.parties());
    for (int i = 0; i < 10; i++) {
      parties.add(Participation.of(OrganizationRef.of("umc-" + i), PartyRole.CONTRIBUTOR));
    }
    ValidationReport report = validate(agreement(p -> p.withParties(parties)).apply(CLEAN));
    List<String> paths = report.violations().stream().map(Violation::path).collect(Collectors.toList());
    assertEquals(Stream.iterate(2, i -> i + 1).limit(10).map(i -> P + ".parties[" + i + "].organization")
        .collect(Collectors.toList()), paths);
    assertTrue(LandscapeValidator.comparePaths("a[2]", "a[10]") < 0);
    assertTrue(LandscapeValidator.comparePaths("a[10]", "a[2]") > 0);
    assertTrue(LandscapeValidator.comparePaths("a[02]", "a[2]") < 0, "equal numbers fall back to text order");
    assertEquals(0, LandscapeValidator.comparePaths("a[2].b", "a[2].b"));
    assertTrue(LandscapeValidator.comparePaths("a[2]", "a[2].b") < 0);
  }

  @Test
  void orThrowCarriesTheReport() {
    ValidationReport report = validate(addInfrastructure(infra("orphan")).apply(CLEAN));
    InvalidLandscapeException e = assertThrows(InvalidLandscapeException.class, report::orThrow);
    assertSame(report, e.report());
    assertEquals("landscape has 1 error(s):\nerror infrastructures[orphan].organizations [infrastructure.no-organization] "
        + "infrastructure 'orphan' names no organization and is not part of another infrastructure", e.getMessage());
  }

  @Test
  void orThrowPassesWarnings() {
    ValidationReport report = validate(agreement(p -> p.withSources(List.of())).apply(CLEAN));
    assertEquals(1, report.warnings().size());
    assertTrue(report.isValid());
    assertSame(report, report.orThrow());
  }

  @Test
  void timeDependentRulesUseTheAsOfDate() {
    Landscape active = agreement(p -> p.withStatus(PartnershipStatus.ACTIVE)
        .withPeriod(Period.between(PartialDate.of(2021, 12), PartialDate.ofYear(2024)))).apply(CLEAN);
    assertTrue(LandscapeValidator.create().asOf(LocalDate.of(2024, 12, 31)).validate(active).isValid());
    assertFalse(LandscapeValidator.create().asOf(LocalDate.of(2025, 1, 1)).validate(active).isValid());
  }

  @Test
  void rejectsNullArgumentsWithNullValueException() {
    assertEquals("null is not allowed: landscape",
        assertThrows(NullValueException.class, () -> VALIDATOR.validate(null)).getMessage());
    assertEquals("null is not allowed: date",
        assertThrows(NullValueException.class, () -> VALIDATOR.asOf(null)).getMessage());
    assertThrows(NullValueException.class, () -> new Violation(null, ValidationRule.DUPLICATE_KEY, Severity.ERROR, "m"));
  }

  @Test
  void reportListsAreUnmodifiable() {
    ValidationReport report = validate(CLEAN);
    assertAll(
        () -> assertThrows(UnsupportedOperationException.class, () -> report.violations().clear()),
        () -> assertEquals(List.of(), report.of(ValidationRule.DUPLICATE_KEY)));
  }

  @Test
  void acceptsAChainOfTwentyThousandUnits() {
    List<Organization> organizations = new ArrayList<>(CLEAN.organizations());
    OrganizationRef parent = LUMC;
    for (int i = 0; i < 20_000; i++) {
      Organization unit = unit("unit-" + i, parent);
      organizations.add(unit);
      parent = unit.ref();
    }
    assertEquals(List.of(), lines(validate(CLEAN.withOrganizations(organizations))));
  }

  @Test
  void reportsEveryMemberOfACycleOfTwentyThousandParents() {
    int n = 20_000;
    List<Organization> organizations = new ArrayList<>(CLEAN.organizations());
    for (int i = 0; i < n; i++) {
      organizations.add(unit("unit-" + i, OrganizationRef.of("unit-" + (i + 1) % n)));
    }
    ValidationReport report = validate(CLEAN.withOrganizations(organizations));
    assertEquals(n, report.of(ValidationRule.PARENT_CYCLE).size());
    assertEquals(n, report.violations().size());
  }

  @Test
  void acceptsAPartOfChainOfTwentyThousandInfrastructures() {
    List<Infrastructure> infrastructures = new ArrayList<>(CLEAN.infrastructures());
    infrastructures.add(infra("infra-0").withOrganizations(io.github.collabkit.model.InfrastructureParticipation.of(
        LUMC, io.github.collabkit.model.InfrastructureRole.OWNER)));
    for (int i = 1; i < 20_000; i++) {
      infrastructures.add(infra("infra-" + i).withPartOf(InfrastructureRef.of("infra-" + (i - 1))));
    }
    assertEquals(List.of(), lines(validate(CLEAN.withInfrastructures(infrastructures))));
    infrastructures.set(infrastructures.size() - 20_000, infra("infra-0").withPartOf(InfrastructureRef.of("infra-19999")));
    ValidationReport cyclic = validate(CLEAN.withInfrastructures(infrastructures));
    assertEquals(20_000, cyclic.of(ValidationRule.PART_OF_CYCLE).size());
    assertEquals(20_000, cyclic.violations().size());
  }

  /** Was a StackOverflowError (a recursive search restarted from each partnership). */
  @Test
  void followsAChainOfTwelveThousandPartnershipLinksWithoutOverflowing() {
    int n = 12_000;
    Partnership agreement = CLEAN.partnership(AGREEMENT_2021).orElseThrow();
    List<Partnership> partnerships = new ArrayList<>(CLEAN.partnerships());
    for (int i = 0; i < n; i++) {
      partnerships.add(agreement.withRef(PartnershipRef.of("chain-" + i))
          .withLinks(PartnershipLink.of(PartnershipRelationKind.CONTINUES, PartnershipRef.of("chain-" + (i + 1) % n))));
    }
    ValidationReport cyclic = validate(CLEAN.withPartnerships(partnerships));
    assertEquals(n, cyclic.of(ValidationRule.LINK_CYCLE).size());
    assertEquals(n, cyclic.violations().size());
    partnerships.set(partnerships.size() - 1, partnerships.get(partnerships.size() - 1).withLinks(List.of()));
    assertEquals(List.of(), lines(validate(CLEAN.withPartnerships(partnerships))));
  }
}

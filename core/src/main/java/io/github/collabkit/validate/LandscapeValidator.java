package io.github.collabkit.validate;

import io.github.collabkit.internal.Checks;
import io.github.collabkit.internal.Forest;
import io.github.collabkit.internal.OrganizationHierarchy;
import io.github.collabkit.model.ActionLine;
import io.github.collabkit.model.ActionLineRef;
import io.github.collabkit.model.Attendee;
import io.github.collabkit.model.AttendeeRole;
import io.github.collabkit.model.Concept;
import io.github.collabkit.model.Entity;
import io.github.collabkit.model.EntityRef;
import io.github.collabkit.model.Event;
import io.github.collabkit.model.EventRef;
import io.github.collabkit.model.Funding;
import io.github.collabkit.model.Identifier;
import io.github.collabkit.model.Infrastructure;
import io.github.collabkit.model.InfrastructureKind;
import io.github.collabkit.model.InfrastructureRef;
import io.github.collabkit.model.InfrastructureStatus;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.PartialDate;
import io.github.collabkit.model.Participation;
import io.github.collabkit.model.ParticipationStatus;
import io.github.collabkit.model.Partnership;
import io.github.collabkit.model.PartnershipRef;
import io.github.collabkit.model.PartnershipStatus;
import io.github.collabkit.model.Period;
import io.github.collabkit.model.Person;
import io.github.collabkit.model.PersonRef;
import io.github.collabkit.model.Quantity;
import io.github.collabkit.model.Signatory;
import io.github.collabkit.model.SigningEvent;
import io.github.collabkit.model.SourceRef;
import io.github.collabkit.model.Statement;
import io.github.collabkit.model.Strategy;
import io.github.collabkit.model.TimeBoundLink;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a whole {@link Landscape} and reports every problem at once, never throwing for bad data.
 *
 * <p>Single values already reject what can never be valid when they are built; this validator
 * checks the rules that span entities, listed in {@link ValidationRule}: duplicate keys, an
 * identifier (such as a ROR id) held by two organizations, references
 * to keys that do not exist, cycles of parents, part-of and partnership links, signatories who sign
 * for a non-party or hold no role there, statuses that contradict dates, infrastructures without an
 * organization, undefined concepts and missing sources. Each {@link Violation} has a path such as
 * {@code partnerships[lumc-ul-2021].parties[1].organization}.
 *
 * <p>Rules about "now" (a partnership marked active whose period has ended) use the date given to
 * {@link #asOf(LocalDate)}, by default today in UTC. A validator is immutable and thread-safe; a run
 * costs time and memory linear in the size of the landscape (plus sorting the violations), whatever
 * the depth of parent and part-of chains or the length of chains of partnership links: cycles are
 * found once for the whole landscape without recursion, and "holds a role at a unit of" is a
 * constant-time test on the organization hierarchy.
 *
 * <pre>{@code
 * ValidationReport report = LandscapeValidator.create().validate(landscape);
 * report.violations().forEach(System.out::println);
 * }</pre>
 */
public final class LandscapeValidator {
  /** The kinds of infrastructure a {@link io.github.collabkit.model.CollectionProfile} belongs on. */
  private static final Set<InfrastructureKind> COLLECTION_KINDS = Collections.unmodifiableSet(EnumSet.of(
      InfrastructureKind.BIOBANK, InfrastructureKind.COHORT, InfrastructureKind.COHORT_CONSORTIUM));

  private final LocalDate today;

  private LandscapeValidator(LocalDate today) {
    this.today = today;
  }

  /**
   * Returns a validator that judges time-dependent rules as of today (UTC).
   *
   * @return the validator
   */
  public static LandscapeValidator create() {
    return new LandscapeValidator(LocalDate.now(Clock.systemUTC()));
  }

  /**
   * Returns a validator that judges time-dependent rules as of a date, for reproducible reports.
   *
   * @param date the date to take as today
   * @return a new validator
   * @throws io.github.collabkit.model.NullValueException when the date is null
   */
  public LandscapeValidator asOf(LocalDate date) {
    return new LandscapeValidator(Checks.argument("date", date));
  }

  /**
   * Checks a landscape.
   *
   * @param landscape the landscape
   * @return every problem found, sorted by path (numbers in paths compared as numbers, so {@code
   *     parties[2]} before {@code parties[10]}), then by rule; empty when there are none
   * @throws io.github.collabkit.model.NullValueException when the landscape is null
   */
  public ValidationReport validate(Landscape landscape) {
    Checks.argument("landscape", landscape);
    Run run = new Run(landscape, today);
    run.checkAll();
    List<Violation> sorted = new ArrayList<>(run.violations);
    sorted.sort(Comparator.comparing(Violation::path, LandscapeValidator::comparePaths)
        .thenComparing(Violation::rule));
    return new ValidationReport(sorted);
  }

  /**
   * Orders paths as text, except that runs of digits compare as numbers, so that {@code
   * parties[2]} comes before {@code parties[10]}.
   */
  static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (isDigit(ca) && isDigit(cb)) {
        int endA = digitsEnd(a, i);
        int endB = digitsEnd(b, j);
        String na = stripZeros(a.substring(i, endA));
        String nb = stripZeros(b.substring(j, endB));
        int byNumber = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
        if (byNumber != 0) {
          return byNumber;
        }
        i = endA;
        j = endB;
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    int byRest = Integer.compare(a.length() - i, b.length() - j);
    return byRest != 0 ? byRest : a.compareTo(b);
  }

  private static String codes(Set<InfrastructureKind> kinds) {
    return kinds.stream().map(InfrastructureKind::code).sorted().collect(Collectors.joining(", "));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digitsEnd(String s, int from) {
    int end = from;
    while (end < s.length() && isDigit(s.charAt(end))) {
      end++;
    }
    return end;
  }

  private static String stripZeros(String digits) {
    int k = 0;
    while (k < digits.length() - 1 && digits.charAt(k) == '0') {
      k++;
    }
    return digits.substring(k);
  }

  /** The state of one validation run. */
  private static final class Run {
    final Landscape landscape;
    final LocalDate today;
    final List<Violation> violations = new ArrayList<>();
    final Set<OrganizationRef> organizations;
    final Set<PersonRef> people;
    final Set<PartnershipRef> partnerships;
    final Set<InfrastructureRef> infrastructures;
    final Set<ActionLineRef> actionLines;
    final Set<SourceRef> sources;
    final Set<EventRef> events;
    final Set<String> concepts = new HashSet<>();
    final OrganizationHierarchy hierarchy;

    Run(Landscape landscape, LocalDate today) {
      this.landscape = landscape;
      this.today = today;
      organizations = keys("organizations", landscape.organizations());
      people = keys("people", landscape.people());
      partnerships = keys("partnerships", landscape.partnerships());
      infrastructures = keys("infrastructures", landscape.infrastructures());
      keys("strategies", landscape.strategies());
      sources = keys("sources", landscape.sources());
      events = keys("events", landscape.events());
      actionLines = new HashSet<>();
      for (Strategy s : landscape.strategies()) {
        for (int i = 0; i < s.actionLines().size(); i++) {
          ActionLine line = s.actionLines().get(i);
          if (!actionLines.add(line.ref())) {
            add(path("strategies", s.ref()) + ".actionLines[" + i + "].key", ValidationRule.DUPLICATE_KEY,
                "action line key '" + line.key() + "' is used more than once in the landscape");
          }
        }
      }
      for (int i = 0; i < landscape.concepts().size(); i++) {
        Concept c = landscape.concepts().get(i);
        if (!concepts.add(c.scheme() + ":" + c.code())) {
          add("concepts[" + i + "]", ValidationRule.DUPLICATE_KEY,
              "concept '" + c.code() + "' is defined twice in scheme '" + c.scheme() + "'");
        }
      }
      hierarchy = OrganizationHierarchy.of(landscape);
    }

    void checkAll() {
      landscape.organizations().forEach(this::checkOrganization);
      landscape.people().forEach(this::checkPerson);
      landscape.partnerships().forEach(this::checkPartnership);
      landscape.infrastructures().forEach(this::checkInfrastructure);
      landscape.strategies().forEach(this::checkStrategy);
      landscape.events().forEach(this::checkEvent);
      landscape.sources().forEach(s -> refs(path("sources", s.ref()) + ".sources", s.sources(), sources));
      checkIdentifiers();
      checkPartOfCycles();
      checkLinkCycles();
    }

    /** An identifier names one organization; every later holder is reported, naming the first. */
    private void checkIdentifiers() {
      Map<Identifier, Organization> holders = new HashMap<>();
      for (Organization o : landscape.organizations()) {
        for (int i = 0; i < o.identifiers().size(); i++) {
          Identifier id = o.identifiers().get(i);
          Organization first = holders.putIfAbsent(id, o);
          if (first != null && first != o && !first.ref().equals(o.ref())) {
            add(path("organizations", o.ref()) + ".identifiers[" + i + "]", ValidationRule.DUPLICATE_IDENTIFIER,
                id.scheme().code() + " identifier '" + id.value() + "' is already held by organization '"
                    + first.key() + "'; an identifier names one organization");
          }
        }
      }
    }

    private <R extends EntityRef, E extends Entity<R>> Set<R> keys(String list, List<E> entities) {
      Map<R, Integer> first = new HashMap<>();
      for (int i = 0; i < entities.size(); i++) {
        R key = entities.get(i).ref();
        Integer previous = first.putIfAbsent(key, i);
        if (previous != null) {
          add(list + "[" + i + "].key", ValidationRule.DUPLICATE_KEY,
              key.entityType() + " key '" + key.key() + "' is already used at " + list + "["
                  + previous + "]");
        }
      }
      return first.keySet();
    }

    private void checkOrganization(Organization o) {
      String at = path("organizations", o.ref());
      o.parent().ifPresent(p -> ref(at + ".parent", p, organizations));
      for (int i = 0; i < o.relations().size(); i++) {
        ref(at + ".relations[" + i + "].organization", o.relations().get(i).organization(), organizations);
        linkDates(at + ".relations[" + i + "]", o.relations().get(i));
      }
      refs(at + ".sources", o.sources(), sources);
      statements(at, o.statements());
      figures(at, o.figures());
      sourced(at, o.sources());
      if (o.is(OrganizationType.DEPARTMENT) && o.parent().isEmpty()) {
        add(at + ".parent", ValidationRule.UNIT_WITHOUT_PARENT,
            "organization '" + o.key() + "' is a department but names no parent organization");
      }
      if (hierarchy.inCycle(o.ref()) && landscape.organization(o.ref()).orElseThrow() == o) {
        add(at + ".parent", ValidationRule.PARENT_CYCLE,
            "following parents from '" + o.key() + "' leads back to it");
      }
    }

    private void checkPerson(Person p) {
      String at = path("people", p.ref());
      for (int i = 0; i < p.roles().size(); i++) {
        ref(at + ".roles[" + i + "].organization", p.roles().get(i).organization(), organizations);
      }
      refs(at + ".sources", p.sources(), sources);
      statements(at, p.statements());
    }

    private void checkPartnership(Partnership p) {
      String at = path("partnerships", p.ref());
      for (int i = 0; i < p.parties().size(); i++) {
        Participation party = p.parties().get(i);
        String partyAt = at + ".parties[" + i + "]";
        ref(partyAt + ".organization", party.organization(), organizations);
        linkDates(partyAt, party);
        partyWithinPartnership(partyAt, p, party);
        for (int j = 0; j < party.leaders().size(); j++) {
          PersonRef leader = party.leaders().get(j);
          if (ref(partyAt + ".leaders[" + j + "]", leader, people)) {
            Person person = landscape.person(leader).orElseThrow();
            if (!holdsRoleWithin(person, party.organization())) {
              add(partyAt + ".leaders[" + j + "]", ValidationRule.LEADER_WITHOUT_ROLE,
                  "person '" + leader.key() + "' leads for '" + party.organization().key()
                      + "' but holds no role there or at a unit of it");
            }
          }
        }
      }
      for (int i = 0; i < p.signatories().size(); i++) {
        checkSignatory(at + ".signatories[" + i + "]", p, p.signatories().get(i));
      }
      p.signedAt().ifPresent(e -> {
        if (ref(at + ".signedAt", e, events)) {
          signatoriesAttended(at, p, landscape.event(e).orElseThrow());
        }
      });
      for (int i = 0; i < p.workAreas().size(); i++) {
        String areaAt = at + ".workAreas[" + i + "]";
        refs(areaAt + ".infrastructures", p.workAreas().get(i).infrastructures(), infrastructures);
        concepts(areaAt + ".themes", "theme", p.workAreas().get(i).themes());
      }
      for (int i = 0; i < p.ambitions().size(); i++) {
        refs(at + ".ambitions[" + i + "].organizations", p.ambitions().get(i).organizations(), organizations);
      }
      for (int i = 0; i < p.fundings().size(); i++) {
        checkFunding(at + ".fundings[" + i + "]", p, p.fundings().get(i));
      }
      figures(at, p.figures());
      for (int i = 0; i < p.links().size(); i++) {
        PartnershipRef target = p.links().get(i).partnership();
        String linkAt = at + ".links[" + i + "].partnership";
        if (ref(linkAt, target, partnerships)) {
          Partnership earlier = landscape.partnership(target).orElseThrow();
          Optional<PartialDate> thisStart = startOf(p);
          Optional<PartialDate> earlierStart = startOf(earlier);
          if (thisStart.isPresent() && earlierStart.isPresent()
              && thisStart.get().isCertainlyBefore(earlierStart.get())) {
            add(linkAt, ValidationRule.DATE_ORDER, "partnership '" + p.key() + "' starts "
                + thisStart.get() + ", before '" + target.key() + "' which it links to as earlier ("
                + earlierStart.get() + ")");
          }
        }
      }
      refs(at + ".infrastructures", p.infrastructures(), infrastructures);
      refs(at + ".actionLines", p.actionLines(), actionLines);
      refs(at + ".sources", p.sources(), sources);
      statements(at, p.statements());
      concepts(at + ".themes", "theme", p.themes());
      sourced(at, p.sources());
      checkPartnershipDates(at, p);
    }

    /**
     * A partnership signed at an event whose attendees are recorded: each of its signatories is
     * listed there as a signatory. An event without attendees records none, so nothing is checked.
     */
    private void signatoriesAttended(String at, Partnership p, Event event) {
      if (event.attendees().isEmpty()) {
        return;
      }
      for (int i = 0; i < p.signatories().size(); i++) {
        PersonRef person = p.signatories().get(i).person();
        if (event.attendee(person).filter(a -> a.has(AttendeeRole.SIGNATORY)).isEmpty()) {
          add(at + ".signatories[" + i + "].person", ValidationRule.SIGNATORY_NOT_ATTENDING,
              "person '" + person.key() + "' signed '" + p.key() + "' at event '" + event.key()
                  + "', whose attendees do not list them as a signatory");
        }
      }
    }

    private void checkEvent(Event e) {
      String at = path("events", e.ref());
      e.host().ifPresent(h -> ref(at + ".host", h, organizations));
      for (int i = 0; i < e.attendees().size(); i++) {
        Attendee a = e.attendees().get(i);
        ref(at + ".attendees[" + i + "].person", a.person(), people);
        int n = i;
        a.organization().ifPresent(o -> ref(at + ".attendees[" + n + "].organization", o, organizations));
      }
      refs(at + ".sources", e.sources(), sources);
      statements(at, e.statements());
      sourced(at, e.sources());
      if (landscape.partnershipsSignedAt(e.ref()).isEmpty()) {
        add(at, ValidationRule.UNUSED_EVENT,
            "event '" + e.key() + "' is the signing of no partnership; refer to it with a partnership's signedAt");
      }
    }

    private Optional<PartialDate> startOf(Partnership p) {
      Optional<PartialDate> signed = landscape.signingOf(p).map(s -> s.date());
      return signed.isPresent() ? signed : p.period().flatMap(Period::start);
    }

    private void checkSignatory(String at, Partnership p, Signatory s) {
      boolean knownPerson = ref(at + ".person", s.person(), people);
      ref(at + ".organization", s.organization(), organizations);
      if (!p.involves(s.organization())) {
        boolean prospective = p.parties().stream().anyMatch(x -> x.organization().equals(s.organization()));
        add(at + ".organization", ValidationRule.SIGNATORY_NOT_A_PARTY,
            "signed on behalf of '" + s.organization().key() + "', which is "
                + (prospective ? "only a prospective party" : "not a party") + " of '" + p.key() + "'");
      }
      if (knownPerson && !holdsRoleWithin(landscape.person(s.person()).orElseThrow(), s.organization())) {
        add(at + ".person", ValidationRule.SIGNATORY_WITHOUT_ROLE,
            "person '" + s.person().key() + "' signed for '" + s.organization().key()
                + "' but holds no role there or at a unit of it");
      }
    }

    /** A role at the organization itself or at any unit below it counts. */
    private boolean holdsRoleWithin(Person person, OrganizationRef organization) {
      return person.roles().stream().anyMatch(r -> hierarchy.isWithin(r.organization(), organization));
    }

    /**
     * A time-bound link's status against its own period and today: a current link whose period
     * has ended, a former one that starts after today, a prospective one that began before today.
     */
    private void linkDates(String at, TimeBoundLink link) {
      ParticipationStatus status = link.status();
      Optional<PartialDate> start = link.period().flatMap(Period::start);
      Optional<PartialDate> end = link.period().flatMap(Period::end);
      String who = "'" + link.organization().key() + "'";
      if (status == ParticipationStatus.CURRENT && end.isPresent() && end.get().latest().isBefore(today)) {
        add(at + ".status", ValidationRule.STATUS_PERIOD_MISMATCH,
            who + " is current but its period ended " + end.get() + "; expected former");
      }
      if (status == ParticipationStatus.FORMER && start.isPresent() && start.get().earliest().isAfter(today)) {
        add(at + ".status", ValidationRule.STATUS_PERIOD_MISMATCH,
            who + " is former but its period starts " + start.get() + ", after " + today);
      }
      if (status == ParticipationStatus.PROSPECTIVE && start.isPresent() && start.get().latest().isBefore(today)) {
        add(at + ".status", ValidationRule.STATUS_PERIOD_MISMATCH,
            who + " is prospective but its period started " + start.get() + "; expected current or former");
      }
    }

    /**
     * A party's own period against its partnership's: a party cannot join before the partnership
     * starts or stay after it ends, and an ended partnership has no prospective parties.
     */
    private void partyWithinPartnership(String at, Partnership p, Participation party) {
      String who = "'" + party.organization().key() + "'";
      if (p.status() == PartnershipStatus.ENDED && party.status() == ParticipationStatus.PROSPECTIVE) {
        add(at + ".status", ValidationRule.STATUS_PERIOD_MISMATCH,
            who + " is prospective but the partnership has ended");
      }
      Optional<PartialDate> partyStart = party.period().flatMap(Period::start);
      Optional<PartialDate> partyEnd = party.period().flatMap(Period::end);
      Optional<PartialDate> start = p.period().flatMap(Period::start);
      Optional<PartialDate> end = p.period().flatMap(Period::end);
      if (partyStart.isPresent() && start.isPresent() && partyStart.get().isCertainlyBefore(start.get())) {
        add(at + ".period.start", ValidationRule.DATE_ORDER,
            who + " joins " + partyStart.get() + ", before the partnership starts " + start.get());
      }
      if (partyEnd.isPresent() && end.isPresent() && end.get().isCertainlyBefore(partyEnd.get())) {
        add(at + ".period.end", ValidationRule.DATE_ORDER,
            who + " leaves " + partyEnd.get() + ", after the partnership ends " + end.get());
      }
    }

    /** A funder that exists, and funding that does not run outside the partnership's period. */
    private void checkFunding(String at, Partnership p, Funding funding) {
      ref(at + ".funder", funding.funder(), organizations);
      Optional<PartialDate> fundingStart = funding.period().flatMap(Period::start);
      Optional<PartialDate> fundingEnd = funding.period().flatMap(Period::end);
      Optional<PartialDate> end = p.period().flatMap(Period::end);
      Optional<PartialDate> start = p.period().flatMap(Period::start);
      if (fundingStart.isPresent() && end.isPresent() && end.get().isCertainlyBefore(fundingStart.get())) {
        add(at + ".period.start", ValidationRule.DATE_ORDER,
            "funding by '" + funding.funder().key() + "' starts " + fundingStart.get() + ", after the partnership ends " + end.get());
      }
      if (fundingEnd.isPresent() && start.isPresent() && fundingEnd.get().isCertainlyBefore(start.get())) {
        add(at + ".period.end", ValidationRule.DATE_ORDER,
            "funding by '" + funding.funder().key() + "' ends " + fundingEnd.get() + ", before the partnership starts " + start.get());
      }
    }

    private void checkPartnershipDates(String at, Partnership p) {
      PartnershipStatus status = p.status();
      Optional<PartialDate> end = p.period().flatMap(Period::end);
      Optional<SigningEvent> signing = landscape.signingOf(p);
      String signingAt = at + (p.signedAt().isPresent() ? ".signedAt" : ".signing.date");
      if (status == PartnershipStatus.INTENDED && signing.isPresent()) {
        add(at + ".status", ValidationRule.STATUS_PERIOD_MISMATCH,
            "status is intended but a signing on " + signing.get().date() + " is recorded");
      }
      if (status == PartnershipStatus.INTENDED && !p.signatories().isEmpty()) {
        add(at + ".status", ValidationRule.STATUS_PERIOD_MISMATCH,
            "status is intended but " + p.signatories().size() + " signatory(ies) are recorded");
      }
      signing.ifPresent(s -> {
        if (status != PartnershipStatus.INTENDED && s.date().earliest().isAfter(today)) {
          add(signingAt, ValidationRule.STATUS_PERIOD_MISMATCH,
              "status is " + status.code() + " but the signing date " + s.date() + " is after " + today);
        }
        end.filter(e -> e.isCertainlyBefore(s.date())).ifPresent(e ->
            add(signingAt, ValidationRule.DATE_ORDER,
                "signed " + s.date() + ", after the period ended " + e));
      });
      if (status == PartnershipStatus.ENDED && end.isEmpty()) {
        add(at + ".period.end", ValidationRule.STATUS_PERIOD_MISMATCH,
            "status is ended but the period has no end date");
      }
      if (status == PartnershipStatus.ENDED && end.isPresent() && end.get().earliest().isAfter(today)) {
        add(at + ".period.end", ValidationRule.STATUS_PERIOD_MISMATCH,
            "status is ended but the period ends " + end.get() + ", after " + today);
      }
      if ((status == PartnershipStatus.ACTIVE || status == PartnershipStatus.SIGNED)
          && end.isPresent() && end.get().latest().isBefore(today)) {
        add(at + ".status", ValidationRule.STATUS_PERIOD_MISMATCH,
            "status is " + status.code() + " but the period ended " + end.get() + "; expected ended");
      }
    }

    private void checkInfrastructure(Infrastructure i) {
      String at = path("infrastructures", i.ref());
      for (int j = 0; j < i.organizations().size(); j++) {
        ref(at + ".organizations[" + j + "].organization", i.organizations().get(j).organization(), organizations);
        linkDates(at + ".organizations[" + j + "]", i.organizations().get(j));
      }
      i.partOf().ifPresent(p -> ref(at + ".partOf", p, infrastructures));
      refs(at + ".actionLines", i.actionLines(), actionLines);
      refs(at + ".sources", i.sources(), sources);
      statements(at, i.statements());
      concepts(at + ".themes", "theme", i.themes());
      concepts(at + ".capabilities", "capability", i.capabilities());
      figures(at, i.figures());
      i.collection().ifPresent(c -> {
        c.participants().ifPresent(q -> concepts(at + ".collection.participants.unit", "unit", Set.of(q.unit())));
        if (i.kinds().stream().noneMatch(COLLECTION_KINDS::contains)) {
          add(at + ".collection", ValidationRule.COLLECTION_ON_OTHER_KIND,
              "infrastructure '" + i.key() + "' has a collection profile but is of kind " + codes(i.kinds())
                  + "; a profile is for kinds " + codes(COLLECTION_KINDS));
        }
      });
      sourced(at, i.sources());
      if (i.organizations().isEmpty() && i.partOf().isEmpty()) {
        add(at + ".organizations", ValidationRule.INFRASTRUCTURE_WITHOUT_ORGANIZATION,
            "infrastructure '" + i.key() + "' names no organization and is not part of another infrastructure");
      }
      Optional<PartialDate> end = i.period().flatMap(Period::end);
      if (i.status() == InfrastructureStatus.ENDED && end.isEmpty()) {
        add(at + ".period.end", ValidationRule.STATUS_PERIOD_MISMATCH,
            "status is ended but the period has no end date");
      }
      if (i.status() != InfrastructureStatus.ENDED && end.isPresent() && end.get().latest().isBefore(today)) {
        add(at + ".status", ValidationRule.STATUS_PERIOD_MISMATCH,
            "status is " + i.status().code() + " but the period ended " + end.get() + "; expected ended");
      }
    }

    private void checkStrategy(Strategy s) {
      String at = path("strategies", s.ref());
      refs(at + ".owners", s.owners(), organizations);
      for (int i = 0; i < s.alignsWith().size(); i++) {
        String alignAt = at + ".alignsWith[" + i + "].organization";
        s.alignsWith().get(i).organization().ifPresent(o -> ref(alignAt, o, organizations));
      }
      figures(at, s.figures());
      refs(at + ".sources", s.sources(), sources);
      statements(at, s.statements());
      sourced(at, s.sources());
    }

    /** Returns the first entity of each key, in order, filling in each key's position among them. */
    private static <R extends EntityRef, E extends Entity<R>> List<E> firstOfEachKey(List<E> entities, Map<R, Integer> at) {
      List<E> distinct = new ArrayList<>();
      for (E e : entities) {
        if (at.putIfAbsent(e.ref(), distinct.size()) == null) {
          distinct.add(e);
        }
      }
      return distinct;
    }

    /** Marks each infrastructure whose part-of links lead back to it; linear, like the parent check. */
    private void checkPartOfCycles() {
      Map<InfrastructureRef, Integer> at = new HashMap<>();
      List<Infrastructure> distinct = firstOfEachKey(landscape.infrastructures(), at);
      int[] parents = new int[distinct.size()];
      for (int v = 0; v < parents.length; v++) {
        parents[v] = distinct.get(v).partOf().map(p -> at.getOrDefault(p, -1)).orElse(-1);
      }
      Forest forest = Forest.of(parents);
      for (int v = 0; v < parents.length; v++) {
        if (forest.inCycle(v)) {
          InfrastructureRef key = distinct.get(v).ref();
          add(path("infrastructures", key) + ".partOf", ValidationRule.PART_OF_CYCLE,
              "following part-of links from '" + key.key() + "' leads back to it");
        }
      }
    }

    /** Marks each partnership whose links lead back to it: those on a cycle of the link graph. */
    private void checkLinkCycles() {
      Map<PartnershipRef, Integer> at = new HashMap<>();
      List<Partnership> distinct = firstOfEachKey(landscape.partnerships(), at);
      int[][] links = new int[distinct.size()][];
      for (int v = 0; v < links.length; v++) {
        links[v] = distinct.get(v).links().stream().map(l -> at.get(l.partnership()))
            .filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).toArray();
      }
      boolean[] cyclic = StrongComponents.onCycle(links);
      for (int v = 0; v < links.length; v++) {
        if (cyclic[v]) {
          PartnershipRef key = distinct.get(v).ref();
          add(path("partnerships", key) + ".links", ValidationRule.LINK_CYCLE,
              "following links from '" + key.key() + "' leads back to it");
        }
      }
    }

    private <R extends EntityRef> boolean ref(String at, R ref, Set<R> known) {
      if (known.contains(ref)) {
        return true;
      }
      add(at, ValidationRule.DANGLING_REFERENCE,
          ref.entityType() + " '" + ref.key() + "' does not exist in the landscape");
      return false;
    }

    private <R extends EntityRef> void refs(String at, Collection<R> refs, Set<R> known) {
      int i = 0;
      for (R ref : refs) {
        ref(at + "[" + i++ + "]", ref, known);
      }
    }

    private void concepts(String at, String scheme, Set<String> codes) {
      for (String code : codes) {
        if (!concepts.contains(scheme + ":" + code)) {
          add(at, ValidationRule.UNDEFINED_CONCEPT,
              "'" + code + "' is not defined as a concept of scheme '" + scheme + "'");
        }
      }
    }

    private void statements(String at, List<Statement> statements) {
      for (int i = 0; i < statements.size(); i++) {
        Statement s = statements.get(i);
        refs(at + ".statements[" + i + "].sources", s.sources(), sources);
        int n = i;
        s.accordingTo().ifPresent(p -> ref(at + ".statements[" + n + "].accordingTo", p, people));
      }
    }

    /** Each figure's unit is a concept of scheme unit. */
    private void figures(String at, List<Quantity> figures) {
      for (int i = 0; i < figures.size(); i++) {
        concepts(at + ".figures[" + i + "].unit", "unit", Set.of(figures.get(i).unit()));
      }
    }

    private void sourced(String at, List<SourceRef> refs) {
      if (refs.isEmpty()) {
        add(at + ".sources", ValidationRule.MISSING_SOURCE, "no source is recorded");
      }
    }

    private static String path(String list, EntityRef key) {
      return list + "[" + key.key() + "]";
    }

    private void add(String path, ValidationRule rule, String message) {
      violations.add(new Violation(path, rule, rule.severity(), message));
    }
  }
}

package io.github.collabkit.validate;

import io.github.collabkit.internal.Checks;
import io.github.collabkit.model.ActionLine;
import io.github.collabkit.model.ActionLineRef;
import io.github.collabkit.model.Concept;
import io.github.collabkit.model.Entity;
import io.github.collabkit.model.EntityRef;
import io.github.collabkit.model.Infrastructure;
import io.github.collabkit.model.InfrastructureRef;
import io.github.collabkit.model.InfrastructureStatus;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.PartialDate;
import io.github.collabkit.model.Participation;
import io.github.collabkit.model.Partnership;
import io.github.collabkit.model.PartnershipRef;
import io.github.collabkit.model.PartnershipStatus;
import io.github.collabkit.model.Period;
import io.github.collabkit.model.Person;
import io.github.collabkit.model.PersonRef;
import io.github.collabkit.model.Signatory;
import io.github.collabkit.model.SourceRef;
import io.github.collabkit.model.Statement;
import io.github.collabkit.model.Strategy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a whole {@link Landscape} and reports every problem at once, never throwing for bad data.
 *
 * <p>Single values already reject what can never be valid when they are built; this validator
 * checks the rules that span entities, listed in {@link ValidationRule}: duplicate keys, references
 * to keys that do not exist, cycles of parents, part-of and partnership links, signatories who sign
 * for a non-party or hold no role there, statuses that contradict dates, infrastructures without an
 * organization, undefined concepts and missing sources. Each {@link Violation} has a path such as
 * {@code partnerships[lumc-ul-2021].parties[1].organization}.
 *
 * <p>Rules about "now" (a partnership marked active whose period has ended) use the date given to
 * {@link #asOf(LocalDate)}, by default today in UTC. A validator is immutable and thread-safe; a run
 * costs time linear in the size of the landscape.
 *
 * <pre>{@code
 * ValidationReport report = LandscapeValidator.create().validate(landscape);
 * report.violations().forEach(System.out::println);
 * }</pre>
 */
public final class LandscapeValidator {
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
    final Set<String> concepts = new HashSet<>();
    final Map<OrganizationRef, Optional<OrganizationRef>> parents = new HashMap<>();

    Run(Landscape landscape, LocalDate today) {
      this.landscape = landscape;
      this.today = today;
      organizations = keys("organizations", landscape.organizations());
      people = keys("people", landscape.people());
      partnerships = keys("partnerships", landscape.partnerships());
      infrastructures = keys("infrastructures", landscape.infrastructures());
      keys("strategies", landscape.strategies());
      sources = keys("sources", landscape.sources());
      actionLines = new HashSet<>();
      for (Strategy s : landscape.strategies()) {
        for (int i = 0; i < s.actionLines().size(); i++) {
          ActionLine line = s.actionLines().get(i);
          if (!actionLines.add(line.key())) {
            add(path("strategies", s.key()) + ".actionLines[" + i + "].key", ValidationRule.DUPLICATE_KEY,
                "action line key '" + line.key().key() + "' is used more than once in the landscape");
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
      for (Organization o : landscape.organizations()) {
        parents.putIfAbsent(o.key(), o.parent());
      }
    }

    void checkAll() {
      landscape.organizations().forEach(this::checkOrganization);
      landscape.people().forEach(this::checkPerson);
      landscape.partnerships().forEach(this::checkPartnership);
      landscape.infrastructures().forEach(this::checkInfrastructure);
      landscape.strategies().forEach(this::checkStrategy);
      landscape.sources().forEach(s -> refs(path("sources", s.key()) + ".sources", s.sources(), sources));
      checkPartOfCycles();
      checkLinkCycles();
    }

    private <R extends EntityRef, E extends Entity<R>> Set<R> keys(String list, List<E> entities) {
      Map<R, Integer> first = new HashMap<>();
      for (int i = 0; i < entities.size(); i++) {
        R key = entities.get(i).key();
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
      String at = path("organizations", o.key());
      o.parent().ifPresent(p -> ref(at + ".parent", p, organizations));
      for (int i = 0; i < o.relations().size(); i++) {
        ref(at + ".relations[" + i + "].organization", o.relations().get(i).organization(), organizations);
      }
      refs(at + ".sources", o.sources(), sources);
      statements(at, o.statements());
      sourced(at, o.sources());
      if (o.is(OrganizationType.DEPARTMENT) && o.parent().isEmpty()) {
        add(at + ".parent", ValidationRule.UNIT_WITHOUT_PARENT,
            "organization '" + o.key().key() + "' is a department but names no parent organization");
      }
      checkParentCycle(at, o);
    }

    private void checkParentCycle(String at, Organization start) {
      Set<OrganizationRef> seen = new HashSet<>();
      seen.add(start.key());
      Optional<OrganizationRef> next = start.parent();
      while (next.isPresent()) {
        OrganizationRef current = next.get();
        if (current.equals(start.key())) {
          add(at + ".parent", ValidationRule.PARENT_CYCLE,
              "following parents from '" + start.key().key() + "' leads back to it");
          return;
        }
        if (!seen.add(current)) {
          return; // a cycle further up; reported at its own members
        }
        next = parents.getOrDefault(current, Optional.empty());
      }
    }

    private void checkPerson(Person p) {
      String at = path("people", p.key());
      for (int i = 0; i < p.roles().size(); i++) {
        ref(at + ".roles[" + i + "].organization", p.roles().get(i).organization(), organizations);
      }
      refs(at + ".sources", p.sources(), sources);
      statements(at, p.statements());
    }

    private void checkPartnership(Partnership p) {
      String at = path("partnerships", p.key());
      for (int i = 0; i < p.parties().size(); i++) {
        Participation party = p.parties().get(i);
        String partyAt = at + ".parties[" + i + "]";
        ref(partyAt + ".organization", party.organization(), organizations);
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
      for (int i = 0; i < p.workAreas().size(); i++) {
        String areaAt = at + ".workAreas[" + i + "]";
        refs(areaAt + ".infrastructures", p.workAreas().get(i).infrastructures(), infrastructures);
        concepts(areaAt + ".themes", "theme", p.workAreas().get(i).themes());
      }
      for (int i = 0; i < p.ambitions().size(); i++) {
        refs(at + ".ambitions[" + i + "].organizations", p.ambitions().get(i).organizations(), organizations);
      }
      for (int i = 0; i < p.links().size(); i++) {
        PartnershipRef target = p.links().get(i).partnership();
        String linkAt = at + ".links[" + i + "].partnership";
        if (ref(linkAt, target, partnerships)) {
          Partnership earlier = landscape.partnership(target).orElseThrow();
          Optional<PartialDate> thisStart = startOf(p);
          Optional<PartialDate> earlierStart = startOf(earlier);
          if (thisStart.isPresent() && earlierStart.isPresent()
              && thisStart.get().isCertainlyBefore(earlierStart.get())) {
            add(linkAt, ValidationRule.DATE_ORDER, "partnership '" + p.key().key() + "' starts "
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

    private static Optional<PartialDate> startOf(Partnership p) {
      Optional<PartialDate> signed = p.signing().map(s -> s.date());
      return signed.isPresent() ? signed : p.period().flatMap(Period::start);
    }

    private void checkSignatory(String at, Partnership p, Signatory s) {
      boolean knownPerson = ref(at + ".person", s.person(), people);
      ref(at + ".organization", s.organization(), organizations);
      if (!p.involves(s.organization())) {
        add(at + ".organization", ValidationRule.SIGNATORY_NOT_A_PARTY,
            "signed on behalf of '" + s.organization().key() + "', which is not a party of '"
                + p.key().key() + "'");
      }
      if (knownPerson && !holdsRoleWithin(landscape.person(s.person()).orElseThrow(), s.organization())) {
        add(at + ".person", ValidationRule.SIGNATORY_WITHOUT_ROLE,
            "person '" + s.person().key() + "' signed for '" + s.organization().key()
                + "' but holds no role there or at a unit of it");
      }
    }

    /** A role at the organization itself or at any unit below it counts. */
    private boolean holdsRoleWithin(Person person, OrganizationRef organization) {
      return person.roles().stream().anyMatch(r -> isWithin(r.organization(), organization));
    }

    private boolean isWithin(OrganizationRef unit, OrganizationRef organization) {
      Set<OrganizationRef> seen = new HashSet<>();
      Optional<OrganizationRef> current = Optional.of(unit);
      while (current.isPresent() && seen.add(current.get())) {
        if (current.get().equals(organization)) {
          return true;
        }
        current = parents.getOrDefault(current.get(), Optional.empty());
      }
      return false;
    }

    private void checkPartnershipDates(String at, Partnership p) {
      PartnershipStatus status = p.status();
      Optional<PartialDate> end = p.period().flatMap(Period::end);
      if (status == PartnershipStatus.INTENDED && p.signing().isPresent()) {
        add(at + ".status", ValidationRule.STATUS_PERIOD_MISMATCH,
            "status is intended but a signing on " + p.signing().get().date() + " is recorded");
      }
      if (status == PartnershipStatus.INTENDED && !p.signatories().isEmpty()) {
        add(at + ".status", ValidationRule.STATUS_PERIOD_MISMATCH,
            "status is intended but " + p.signatories().size() + " signatory(ies) are recorded");
      }
      p.signing().ifPresent(s -> {
        if (status != PartnershipStatus.INTENDED && s.date().earliest().isAfter(today)) {
          add(at + ".signing.date", ValidationRule.STATUS_PERIOD_MISMATCH,
              "status is " + status.code() + " but the signing date " + s.date() + " is after " + today);
        }
        end.filter(e -> e.isCertainlyBefore(s.date())).ifPresent(e ->
            add(at + ".signing.date", ValidationRule.DATE_ORDER,
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
      String at = path("infrastructures", i.key());
      for (int j = 0; j < i.organizations().size(); j++) {
        ref(at + ".organizations[" + j + "].organization", i.organizations().get(j).organization(), organizations);
      }
      i.partOf().ifPresent(p -> ref(at + ".partOf", p, infrastructures));
      refs(at + ".actionLines", i.actionLines(), actionLines);
      refs(at + ".sources", i.sources(), sources);
      statements(at, i.statements());
      concepts(at + ".themes", "theme", i.themes());
      concepts(at + ".capabilities", "capability", i.capabilities());
      for (int j = 0; j < i.figures().size(); j++) {
        concepts(at + ".figures[" + j + "].unit", "unit", Set.of(i.figures().get(j).unit()));
      }
      sourced(at, i.sources());
      if (i.organizations().isEmpty() && i.partOf().isEmpty()) {
        add(at + ".organizations", ValidationRule.INFRASTRUCTURE_WITHOUT_ORGANIZATION,
            "infrastructure '" + i.key().key() + "' names no organization and is not part of another infrastructure");
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
      String at = path("strategies", s.key());
      refs(at + ".owners", s.owners(), organizations);
      for (int i = 0; i < s.alignsWith().size(); i++) {
        String alignAt = at + ".alignsWith[" + i + "].organization";
        s.alignsWith().get(i).organization().ifPresent(o -> ref(alignAt, o, organizations));
      }
      for (int i = 0; i < s.figures().size(); i++) {
        concepts(at + ".figures[" + i + "].unit", "unit", Set.of(s.figures().get(i).unit()));
      }
      refs(at + ".sources", s.sources(), sources);
      statements(at, s.statements());
      sourced(at, s.sources());
    }

    private void checkPartOfCycles() {
      Map<InfrastructureRef, Optional<InfrastructureRef>> partOf = new HashMap<>();
      landscape.infrastructures().forEach(i -> partOf.putIfAbsent(i.key(), i.partOf()));
      for (Infrastructure i : landscape.infrastructures()) {
        if (leadsBack(i.key(), partOf::get)) {
          add(path("infrastructures", i.key()) + ".partOf", ValidationRule.PART_OF_CYCLE,
              "following part-of links from '" + i.key().key() + "' leads back to it");
        }
      }
    }

    private void checkLinkCycles() {
      Map<PartnershipRef, List<PartnershipRef>> links = new HashMap<>();
      landscape.partnerships().forEach(p -> links.putIfAbsent(p.key(),
          p.links().stream().map(l -> l.partnership()).collect(java.util.stream.Collectors.toList())));
      for (Partnership p : landscape.partnerships()) {
        if (reaches(p.key(), p.key(), links, new HashSet<>())) {
          add(path("partnerships", p.key()) + ".links", ValidationRule.LINK_CYCLE,
              "following links from '" + p.key().key() + "' leads back to it");
        }
      }
    }

    private static <K> boolean leadsBack(K start, Function<K, Optional<K>> next) {
      Set<K> seen = new HashSet<>();
      Optional<K> current = Optional.ofNullable(next.apply(start)).flatMap(Function.identity());
      while (current.isPresent() && seen.add(current.get())) {
        if (current.get().equals(start)) {
          return true;
        }
        current = Optional.ofNullable(next.apply(current.get())).flatMap(Function.identity());
      }
      return false;
    }

    private static boolean reaches(PartnershipRef from, PartnershipRef target,
        Map<PartnershipRef, List<PartnershipRef>> links, Set<PartnershipRef> seen) {
      for (PartnershipRef next : links.getOrDefault(from, List.of())) {
        if (next.equals(target)) {
          return true;
        }
        if (seen.add(next) && reaches(next, target, links, seen)) {
          return true;
        }
      }
      return false;
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

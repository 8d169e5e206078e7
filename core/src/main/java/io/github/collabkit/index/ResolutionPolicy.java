package io.github.collabkit.index;

import io.github.collabkit.index.NameResolver.Hit;
import io.github.collabkit.model.OrganizationType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The resolution policy of an {@link OrganizationIndex}: given the scored candidates of a text
 * (from {@link NameResolver}), decides what the text names and which organization is the answer.
 *
 * <p>The best candidate of each part of the text is its leader; the candidates overlapping it are
 * its rivals. A leader is accepted when its score reaches {@link #ACCEPT}, it leads its best rival
 * by at least {@link #MARGIN} (by any lead when the text writes the leader's display name exactly
 * and the rival's only through another name), and it has the support it needs. The accepted leaders, in text
 * order, are what the text names; the {@link Level} picks the answer among them: the one below
 * none of the others (a unit named only by its acronym beside its parent counts as part of the
 * parent's name), or its broadest named ancestor, or the top of its hierarchy. Stateless apart
 * from the table; thread-safe.
 */
final class ResolutionPolicy {
  /** The lowest score at which a candidate is accepted. */
  static final double ACCEPT = 0.88;

  /** How far an accepted candidate must lead its best rival. */
  static final double MARGIN = 0.04;
  /** The fewest organizations the index must link to a namesake read as the one meant. */
  static final int PROMINENT = 5;
  /** How many times as many links as its namesake a prominent organization has. */
  static final int PROMINENCE_RATIO = 3;

  private final OrganizationTable table;
  private final NameResolver resolver;

  ResolutionPolicy(OrganizationTable table, NameResolver resolver) {
    this.table = table;
    this.resolver = resolver;
  }

  /**
   * Decides the resolution of a text from its candidates.
   *
   * @param text the text as given
   * @param read the part of it that was read
   * @param cutAt where the text was cut, or -1
   * @param ranked the candidates, best first, from {@link NameResolver#hits}
   * @param level which level of a hierarchy to answer
   * @return the resolution
   */
  Resolution decide(String text, String read, int cutAt, List<Hit> ranked, Level level) {
    if (ranked.isEmpty()) {
      return new Resolution(text, Resolution.Status.NO_CANDIDATE, null, null, List.of(), cutAt);
    }
    // Each leader is the best hit of a part of the text; hits overlapping it compete with it.
    List<Hit> leaders = new ArrayList<>();
    List<Hit> rivals = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      Hit h = ranked.get(i);
      boolean overlaps = false;
      for (int l = 0; l < leaders.size(); l++) {
        Hit leader = leaders.get(l);
        if (h.start < leader.end && leader.start < h.end) {
          overlaps = true;
          if (sameNameInOneHierarchy(leader, h)) {
            // An organization and its units by one name ("European Molecular Biology
            // Laboratory", Heidelberg and its sites): the words name the organization.
            if (table.isAncestor(h.org, leader.org) && h.score >= leader.score) {
              leaders.set(l, h);
            }
          } else if (h.score == leader.score && h.start == leader.start && h.end == leader.end
              && clearlyNamed(h, leader)) {
            // A tie read the plainer way: the display name written exactly leads.
            leaders.set(l, h);
            rivals.set(l, leader);
          } else if (rivals.get(l) == null) {
            rivals.set(l, h);
          }
        }
      }
      if (!overlaps) {
        leaders.add(h);
        rivals.add(null);
      }
    }
    List<Hit> accepted = new ArrayList<>();
    for (int l = 0; l < leaders.size(); l++) {
      Hit leader = leaders.get(l);
      Hit rival = rivals.get(l);
      if (leader.score < ACCEPT || leader.unsupported) {
        continue;
      }
      // Within the margin, a leader is accepted only when named more plainly than its rival, or
      // far more prominent than its namesake, which it then says.
      boolean close = rival != null && leader.score - rival.score < MARGIN;
      boolean plainer = close && leader.score >= rival.score
          && (clearlyNamed(leader, rival) || unsupportedNamesake(leader, rival));
      boolean prominent = close && !plainer && farMoreProminent(leader, rival);
      if (!close || plainer || prominent) {
        accepted.add(leader);
      }
      if (prominent) {
        leader.add(new Evidence(Evidence.Kind.PROMINENT,
            Integer.toString(table.references(leader.org)), table.get(rival.org).displayName(), 0));
      }
    }
    accepted.sort((x, y) -> Integer.compare(x.start, y.start));
    // An affiliation is written from the smallest unit outwards and ends with its institution:
    // when the last organization named is a university and those before it are its units or not
    // linked to it, the text is that university's affiliation.
    int institution = level == Level.ONE_ORGANIZATION || level == Level.BROADEST_NAMED
        ? lastUniversity(accepted, read) : -1;
    if (institution >= 0) {
      accepted.get(institution).add(new Evidence(Evidence.Kind.INSTITUTION_LAST,
          table.get(accepted.get(institution).org).displayName(), "", 0));
    }
    List<Candidate> named = new ArrayList<>(accepted.size());
    for (int i = 0; i < accepted.size(); i++) {
      Hit h = accepted.get(i);
      for (int j = 0; j < accepted.size(); j++) {
        Hit o = accepted.get(j);
        if (o != h && table.isAncestor(o.org, h.org)) {
          h.add(new Evidence(Evidence.Kind.PARENT_NAMED, table.get(o.org).displayName(),
              "", 0));
        } else if (o != h && table.isAncestor(h.org, o.org)) {
          h.add(new Evidence(Evidence.Kind.UNIT_NAMED, table.get(o.org).displayName(),
              "", 0));
        } else if (o != h && table.affiliated(h.org, o.org)) {
          h.add(new Evidence(Evidence.Kind.RELATED_NAMED,
              table.get(o.org).displayName(), "", 0));
        }
      }
      named.add(resolver.candidate(h, read));
    }
    if (accepted.isEmpty()) {
      Hit top = ranked.get(0);
      int l = leaders.indexOf(top);
      Hit rival = l >= 0 && rivals.get(l) != null ? rivals.get(l)
          : ranked.size() > 1 ? ranked.get(1) : null;
      Resolution.Status status;
      if (top.score < ACCEPT) {
        status = Resolution.Status.BELOW_THRESHOLD;
      } else if (top.unsupported) {
        status = Resolution.Status.UNSUPPORTED;
      } else {
        status = Resolution.Status.AMBIGUOUS;
      }
      return new Resolution(text, status, resolver.candidate(top, read),
          rival == null ? null : resolver.candidate(rival, read), named, cutAt);
    }
    // The most specific: an accepted organization below none of the others. A unit named only by
    // its acronym beside its parent's name is taken as a part of the parent's affiliation ("TAGC,
    // Aix-Marseille University"), so the parent is the most specific organization named in full.
    int chosen = institution;
    for (int c = 0; c < accepted.size() && institution < 0; c++) {
      boolean hasUnitNamed = false;
      boolean acronymUnit = false;
      for (int j = 0; j < accepted.size(); j++) {
        Hit o = accepted.get(j);
        hasUnitNamed |= o != accepted.get(c) && table.isAncestor(accepted.get(c).org, o.org)
            && !isAcronymUnit(o, accepted);
        acronymUnit |= o != accepted.get(c) && table.isAncestor(o.org, accepted.get(c).org)
            && isAcronymUnit(accepted.get(c), accepted);
      }
      if (hasUnitNamed || acronymUnit) {
        continue;
      }
      if (chosen < 0) {
        chosen = c;
      } else if (!affiliatedWithOneOf(accepted.get(c), accepted, c)) {
        return new Resolution(text, Resolution.Status.SEVERAL_NAMED, named.get(chosen),
            resolver.candidate(accepted.get(c), read), named, cutAt);
      }
    }
    Hit best = accepted.get(chosen);
    if (level == Level.ONE_ORGANIZATION) {
      // Organizations related to it but in another hierarchy (a umc and its university) are one
      // affiliation: the university among them is the answer, when there is exactly one.
      int university = isUniversity(best) ? chosen : -1;
      int universities = university >= 0 ? 1 : 0;
      int related = 0;
      Hit relatedHit = null;
      for (int k = 0; k < leaders.size(); k++) {
        Hit other = leaders.get(k);
        if (other != best && other.org != best.org && other.score >= ACCEPT
            && !other.isUnitOfAnother()) {
          int a = accepted.indexOf(other);
          if (a >= 0 ? institution >= 0 : beforeInstitution(other, best, accepted, read)) {
            continue;
          }
          if (a >= 0 && !table.inOneChain(best.org, other.org)
              && table.affiliated(best.org, other.org)) {
            related++;
            relatedHit = other;
            if (isUniversity(other)) {
              universities++;
              university = a;
            }
            continue;
          }
          return new Resolution(text, Resolution.Status.SEVERAL_NAMED, named.get(chosen),
              resolver.candidate(other, read), named, cutAt);
        }
      }
      if (related > 0 && universities != 1) {
        return new Resolution(text, Resolution.Status.SEVERAL_NAMED, named.get(chosen),
            resolver.candidate(relatedHit, read), named, cutAt);
      }
      if (universities == 1 && university != chosen) {
        best = accepted.get(university);
        chosen = university;
      }
    }
    // Another part of the text that may name an unrelated organization, but not surely which.
    for (int l = 0; l < leaders.size(); l++) {
      Hit other = leaders.get(l);
      if (other.score >= ACCEPT && !accepted.contains(other) && !other.isUnitOfAnother()
          && !table.inOneChain(best.org, other.org)
          && !(level == Level.ONE_ORGANIZATION && beforeInstitution(other, best, accepted, read))) {
        return new Resolution(text, Resolution.Status.AMBIGUOUS, resolver.candidate(best, read),
            resolver.candidate(other, read), named, cutAt);
      }
    }
    Hit rival = rivals.get(leaders.indexOf(best));
    if (rival == null) {
      for (int i = 0; i < ranked.size(); i++) {
        Hit h = ranked.get(i);
        if (h != best && !accepted.contains(h)) {
          rival = h;
          break;
        }
      }
    }
    Candidate answer = named.get(chosen);
    if (level == Level.BROADEST_NAMED) {
      // Among the organizations named with it, the last in the text that is below none of them;
      // when they are related rather than one above the other (a umc and its university), the
      // university, the institution such an affiliation is written for.
      int broadest = chosen;
      int universities = 0;
      int university = -1;
      for (int c = 0; c < accepted.size(); c++) {
        if (!table.affiliated(best.org, accepted.get(c).org)) {
          continue;
        }
        boolean below = false;
        for (int j = 0; j < accepted.size(); j++) {
          Hit o = accepted.get(j);
          below |= o != accepted.get(c) && table.isAncestor(o.org, accepted.get(c).org);
        }
        if (!below) {
          broadest = c;
          if (isUniversity(accepted.get(c))) {
            universities++;
            university = c;
          }
        }
      }
      answer = named.get(universities == 1 ? university : broadest);
    } else if (level == Level.TOP_LEVEL) {
      int top = table.top(best.org);
      if (top != best.org) {
        List<Evidence> evidence = new ArrayList<>(answer.evidence());
        evidence.add(new Evidence(Evidence.Kind.BELONGS_TO, table.get(best.org).displayName(),
            "", 0));
        answer = new Candidate(table.get(top), answer.score(),
            table.get(top).names().get(0), answer.matchedText(), answer.start(), answer.end(),
            evidence);
      }
    }
    return new Resolution(text, Resolution.Status.RESOLVED, answer,
        rival == null ? null : resolver.candidate(rival, read), named, cutAt);
  }

  /**
   * Tells whether a rival for the same words is an acronym with nothing to support it, while the
   * leader's acronym has support: of two councils called "CNRS", the text "CNRS UMR 5558" names
   * the one whose laboratory it names too.
   */
  private static boolean unsupportedNamesake(Hit leader, Hit rival) {
    return rival.acronymSupport == TextEvidence.AcronymSupport.NONE
        && leader.acronymSupport != null && leader.acronymSupport != TextEvidence.AcronymSupport.NONE;
  }

  /**
   * Returns the position of the last of several accepted hits when it is a university and each
   * hit before it is either one of its units or an organization the index does not link to it or
   * to the others: no other university, none lying {@linkplain #elsewhere elsewhere}, and no
   * semicolon parting them (another university, an organization elsewhere, or one after a
   * semicolon, is a second affiliation). Else -1.
   */
  private int lastUniversity(List<Hit> accepted, String read) {
    int last = accepted.size() - 1;
    if (last < 1 || !isUniversity(accepted.get(last))
        || partedBySemicolon(read, accepted.get(0), accepted.get(last))) {
      return -1;
    }
    String city = city(accepted.get(last).org);
    int university = accepted.get(last).org;
    for (int a = 0; a < last; a++) {
      int org = accepted.get(a).org;
      boolean unit = table.isAncestor(university, org);
      // A school named as a part of some other university ("Institute of Anatomy") is read as one
      // of this one's: a name that says only what it is fits units of many universities.
      boolean otherUniversity = isUniversity(accepted.get(a))
          && (table.top(org) == org || !resolver.namedAsAPart(accepted.get(a)));
      if (!unit && (otherUniversity || elsewhere(org, city))) {
        return -1;
      }
      for (int b = a + 1; b < last; b++) {
        int other = accepted.get(b).org;
        if (!(unit && table.isAncestor(university, other)) && table.affiliated(org, other)) {
          return -1;
        }
      }
      if (!unit && table.affiliated(org, university)) {
        return -1;
      }
    }
    return last;
  }

  /**
   * Tells whether an organization named but not accepted (a namesake of another, or unsupported)
   * is read with the units before the university named last: it comes before it, is no
   * university, no hospital elsewhere and not linked to it, and no semicolon parts them.
   */
  private boolean beforeInstitution(Hit other, Hit institution, List<Hit> accepted,
      String read) {
    return isUniversity(institution) && accepted.get(accepted.size() - 1) == institution
        && other.end <= institution.start && !partedBySemicolon(read, other, institution)
        && !isUniversity(other)
        && !elsewhere(other.org, city(institution.org))
        && !table.affiliated(other.org, institution.org);
  }

  /** Tells whether a semicolon stands between the start of one hit and that of a later one. */
  private static boolean partedBySemicolon(String read, Hit before, Hit after) {
    return read.lastIndexOf(';', after.start) > before.start;
  }

  /**
   * Tells whether an organization lies elsewhere than a university: a hospital or umc in another
   * city. Hospitals serve one place, so one elsewhere is a second affiliation; an institute, a
   * national research body or a foundation may be anywhere (and a generic unit name matched in
   * another country is read as the university's unit).
   */
  private boolean elsewhere(int org, String city) {
    Set<OrganizationType> types = table.get(org).types();
    String other = city(org);
    return (types.contains(OrganizationType.HOSPITAL) || types.contains(OrganizationType.UMC))
        && city != null && other != null && !city.equalsIgnoreCase(other);
  }

  /** The city of an organization, or null. */
  private String city(int org) {
    return table.get(org).location().flatMap(l -> l.city()).orElse(null);
  }

  /**
   * Tells whether two hits read the same words as one name of an organization and of one of its
   * ancestors or units, at scores too close to tell them apart.
   */
  private boolean sameNameInOneHierarchy(Hit a, Hit b) {
    return a.start == b.start && a.end == b.end && Math.abs(a.score - b.score) < MARGIN
        && (table.isAncestor(a.org, b.org) || table.isAncestor(b.org, a.org))
        && resolver.sameName(a, b);
  }

  /**
   * Tells whether a leader tied with its rival is far more prominent: both matched the same words
   * through display names at one score (namesakes such as the Northwestern Universities in
   * Evanston and in Laoag City, or one company's subsidiaries in two countries), and the index
   * links the leader to at least {@value #PROMINENT} organizations and {@value
   * #PROMINENCE_RATIO} times as many as the rival.
   */
  private boolean farMoreProminent(Hit leader, Hit rival) {
    if (leader.start != rival.start || leader.end != rival.end || leader.score != rival.score
        || !resolver.bothDisplayNames(leader, rival)) {
      return false;
    }
    int references = table.references(leader.org);
    return references >= PROMINENT && references >= PROMINENCE_RATIO * table.references(rival.org);
  }

  /**
   * Tells whether a leader is named more plainly than its rival, so that any lead is enough: the
   * text writes the leader's display name exactly, and the rival only through another name or
   * not as written ("Newcastle University" for Newcastle University, not the alias of the
   * University of Newcastle, Australia).
   */
  private boolean clearlyNamed(Hit leader, Hit rival) {
    return resolver.writtenAsDisplayName(leader) && !resolver.writtenAsDisplayName(rival);
  }

  /** Tells whether a hit's organization is a university. */
  private boolean isUniversity(Hit h) {
    return table.isUniversity(h.org);
  }

  /** Tells whether an accepted hit is one affiliation with an accepted hit before it. */
  private boolean affiliatedWithOneOf(Hit h, List<Hit> accepted, int before) {
    for (int c = 0; c < before; c++) {
      if (table.affiliated(accepted.get(c).org, h.org)) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether a hit matched an acronym and an ancestor of its organization is named too. */
  private boolean isAcronymUnit(Hit h, List<Hit> accepted) {
    if (!resolver.isAcronym(h)) {
      return false;
    }
    for (int j = 0; j < accepted.size(); j++) {
      Hit o = accepted.get(j);
      if (o != h && table.isAncestor(o.org, h.org)) {
        return true;
      }
    }
    return false;
  }
}

package io.github.collabkit.index;

import static io.github.collabkit.index.NameRecords.FLAGS;
import static io.github.collabkit.index.NameRecords.KINDS;
import static io.github.collabkit.index.NameRecords.KIND_BITS;
import static io.github.collabkit.index.NameRecords.LENGTH;
import static io.github.collabkit.index.NameRecords.OPTIONAL_WORD;
import static io.github.collabkit.index.NameRecords.WORDS;

import io.github.collabkit.index.NameResolver.Hit;
import io.github.collabkit.index.NameResolver.Query;
import io.github.collabkit.model.NameKind;
import java.util.ArrayList;
import java.util.List;

/**
 * What the rest of a text says about each hit of {@link NameResolver}: its organization's city
 * or country named, or another instead; a rival's city; whether an acronym or a match across two
 * parts of the text has the support it needs; a name of common words that names a unit of
 * another organization named beside it; a match inside a longer match of another organization.
 * Scores are adjusted and the findings recorded in the hits' fields, from which {@link
 * NameResolver#candidate} writes the evidence. Immutable and thread-safe.
 */
final class TextEvidence {
  /** What the text naming the organization's city adds to a hit's score. */
  static final double CITY_BONUS = 0.05;
  /** What the text naming the organization's country adds to a hit's score. */
  static final double COUNTRY_BONUS = 0.03;
  /** What the text naming only other countries than the organization's costs it. */
  static final double COUNTRY_CONFLICT = 0.25;
  /** What a city named for a rival, not for the candidate, costs it. */
  static final double CITY_CONFLICT = 0.1;
  /** What a match inside a longer match of another organization costs it. */
  static final double SUBSUMED = 0.1;
  private static final int[] NO_CITY = new int[0];

  private final OrganizationTable table;
  private final NameRecords names;

  TextEvidence(OrganizationTable table, NameRecords names) {
    this.table = table;
    this.names = names;
  }

  /**
   * Weighs what the rest of the text says about the best hits of a text, each {@linkplain
   * #locate located} already: a rival's city, support, a unit of another organization named
   * beside it, a match inside a longer one.
   */
  void weigh(Query q, Hit[] kept) {
    int n = kept.length;
    cityContradictions(kept);
    for (int i = 0; i < n; i++) {
      support(q, kept[i]);
    }
    for (int i = 0; i < n; i++) {
      relatedSupport(kept[i], kept);
    }
    for (int i = 0; i < n; i++) {
      commonNameBesideAnother(kept[i], kept);
      schoolOfALaterUniversity(kept[i], kept);
    }
    for (int i = 0; i < n; i++) {
      Hit a = kept[i];
      // Only a name matched in full and without gaps contains another match: "Stanford Medicine"
      // matched across "Stanford University School of Medicine" does not contain "Stanford
      // University".
      if (a.nameCov < 0.9f || a.gaps) {
        continue;
      }
      int start = a.start;
      int end = a.end;
      for (int j = 0; j < n; j++) {
        Hit b = kept[j];
        if (start <= b.start && end >= b.end && end - start > b.end - b.start
            && extendsBeyondLocation(q, a, b) && !takesFromThePartBefore(q, a, b)) {
          b.score -= SUBSUMED;
          if (b.inside == null) {
            b.inside = new ArrayList<>(2);
          }
          b.inside.add(a);
        }
      }
    }
  }

  /**
   * Tells whether a longer match takes the last words of the part before a name written whole in
   * one part of the text: "Graduate School of Pharmaceutical Sciences, The University of Tokyo"
   * reads "Sciences, The University of Tokyo" as "Science University of Tokyo", a name of one part
   * matched across two, whose first word belongs to the unit named before it. The name written as
   * an organization writes it is not lowered for lying inside such a match. A match that takes
   * the whole part before ("Dept. of Parasitology, LUMC" for "LUMC Department of Parasitology"),
   * or runs on into the part after ("Queen's University, Belfast"), still holds the shorter one.
   */
  private boolean takesFromThePartBefore(Query q, Hit longer, Hit written) {
    if (!written.asWritten || longer.start >= written.start || partsOf(q, written) != 1
        || partsOf(q, longer) <= names.nameParts[longer.name]) {
      return false;
    }
    int first = 0;
    while (first < q.a.size && q.a.start[first] < longer.start) {
      first++;
    }
    return first > 0 && first < q.a.size && q.a.segment[first - 1] == q.a.segment[first];
  }

  /**
   * Lowers a candidate whose city the text does not name when a rival for the same words is in
   * the city the text names: the city decides between organizations of the same name
   * ("Institute for Cardiovascular Research, Maastricht" is not the Amsterdam institute of that
   * name). A city alone is no contradiction (the text may name a campus, a street, a partner); a
   * rival in the same city, or in the candidate's own hierarchy, does not count.
   */
  private void cityContradictions(Hit[] ranked) {
    // Only a hit whose city the text names contradicts another: without one, no city is read.
    boolean anyCity = false;
    for (Hit o : ranked) {
      anyCity |= o.city >= 0;
    }
    for (int i = 0; anyCity && i < ranked.length; i++) {
      Hit h = ranked[i];
      if (h.city >= 0) {
        continue;
      }
      int[] city = names.orgCity[h.org];
      if (city.length == 0) {
        continue;
      }
      for (Hit o : ranked) {
        if (o.city >= 0 && o.start < h.end && h.start < o.end && o != h
            && names.orgCity[o.org] != city && !table.inOneChain(h.org, o.org)) {
          h.score -= CITY_CONFLICT;
          h.cityOf = o.org;
          break;
        }
      }
    }
  }

  /**
   * Decides whether a hit that needs support has it, and records how. An acronym needs
   * its organization's city or country named, or to be the acronym of this organization only, and
   * no other country or city named instead. A
   * match whose words come from two parts of the text needs location evidence, or the earlier part
   * to name a unit ("Dept. of Parasitology, LUMC" reads as a department of LUMC).
   */
  private void support(Query q, Hit h) {
    boolean located = h.isLocated();
    boolean contradicted = h.country < 0 || h.cityOf >= 0;
    if (h.acronym) {
      h.acronymSupport = contradicted ? AcronymSupport.NONE
          : located ? AcronymSupport.LOCATION
          : names.nameUnique[h.name] ? AcronymSupport.UNIQUE : AcronymSupport.NONE;
      h.unsupported = h.acronymSupport == AcronymSupport.NONE;
    }
    // A name has at least one part: a match within one part of the text is read no further.
    int parts = located ? 0 : partsOf(q, h);
    if (parts > 1 && parts > names.nameParts[h.name] && !namesUnitFirst(q, h)
        && !endsWithOwnCityPart(q, h) && !endsWithWholePart(q, h)
        && !(h.asWritten && partedByDashesOnly(q, h))) {
      h.spansParts = true;
      h.unsupported = true;
    }
  }

  /**
   * Supports an acronym that has no other support by an organization of its own hierarchy named
   * elsewhere in the text, supported itself: in "CNRS UMR 5558" the laboratory that "UMR 5558"
   * names is a unit of the French CNRS, which tells it from the Lebanese one. A unit and the
   * organization it belongs to, named together, support each other.
   */
  private void relatedSupport(Hit h, Hit[] ranked) {
    if (h.acronymSupport != AcronymSupport.NONE || h.country < 0 || h.cityOf >= 0) {
      return;
    }
    for (Hit o : ranked) {
      if (acceptedElsewhere(o, h) && table.affiliated(h.org, o.org)) {
        h.acronymSupport = AcronymSupport.RELATED;
        h.unsupported = h.spansParts;
        return;
      }
    }
  }

  /**
   * Tells whether another hit is one the policy may accept (supported, scoring at least {@link
   * ResolutionPolicy#ACCEPT}) on words of the text outside a hit's span.
   */
  private static boolean acceptedElsewhere(Hit o, Hit h) {
    return o != h && !o.unsupported && o.score >= ResolutionPolicy.ACCEPT
        && (o.end <= h.start || h.end <= o.start);
  }

  /** What supports a hit on an acronym (see {@link #support}). */
  enum AcronymSupport {
    /** Nothing, or another country or city is named instead. */
    NONE,
    /** Its organization's city or country is named. */
    LOCATION,
    /** It is the acronym of one organization only. */
    UNIQUE,
    /** An organization of its hierarchy is named too ({@link #relatedSupport}). */
    RELATED
  }

  /**
   * Reads a hit on a name of common words only (no rare word, no city, not an acronym) as a unit
   * of another organization when the text also names an organization by a name that holds a rare
   * word, elsewhere in the text, and does not name the hit's city or country: an affiliation
   * names units by what they are called ("Institute of Medical Sciences", "Population Health")
   * and the organization by its proper name.
   */
  private void commonNameBesideAnother(Hit h, Hit[] ranked) {
    if (h.unsupported || h.isLocated()) {
      return;
    }
    // The name's words are read only when another hit elsewhere in the text may be the
    // organization it belongs to.
    boolean other = false;
    for (int i = 0; i < ranked.length && !other; i++) {
      Hit o = ranked[i];
      other = acceptedElsewhere(o, h);
    }
    if (!other || !isCommonName(h)) {
      return;
    }
    // An organization of its own hierarchy named elsewhere supports it, whatever else those
    // words may name ("Instituto de Medicina Molecular, ..., Universidade de Lisboa": the
    // institute belongs to the university, though another institute bears its name too).
    for (Hit o : ranked) {
      if (acceptedElsewhere(o, h) && table.affiliated(h.org, o.org)) {
        return;
      }
    }
    for (Hit o : ranked) {
      if (acceptedElsewhere(o, h) && !isCommonName(o)) {
        h.unsupported = true;
        h.unitOf = o.org;
        return;
      }
    }
  }

  /**
   * Reads a university's name written without "University" before a school ({@link
   * NameRecords#FLAG_BEFORE_PART}) as the school of another university named in full after it,
   * when there is one the index does not relate to it: affiliations are written from the unit
   * outwards, so "Tongji Medical College, Huazhong University of Science and Technology" names a
   * college of Huazhong University, not Tongji University.
   */
  private void schoolOfALaterUniversity(Hit h, Hit[] ranked) {
    if (h.unsupported || (names.records[names.recordOf[h.name] + FLAGS]
        & NameRecords.FLAG_BEFORE_PART) == 0) {
      return;
    }
    for (Hit o : ranked) {
      if (o.start >= h.end && acceptedElsewhere(o, h) && table.isUniversity(o.org)
          && !table.affiliated(h.org, o.org)) {
        h.unsupported = true;
        h.unitOf = o.org;
        return;
      }
    }
  }

  /**
   * Tells whether a hit's name holds only common words: no rare word, no city, no country or
   * region nor a nation's adjective, not an acronym. Read from the name's record when first
   * asked, for the few hits whose support depends on it.
   */
  private boolean isCommonName(Hit h) {
    if (h.commonName == 0) {
      h.commonName = commonName(h.name) ? (byte) 1 : (byte) -1;
    }
    return h.commonName > 0;
  }

  /** Tells whether a name holds only common words ({@link #isCommonName(Hit)}). */
  private boolean commonName(int name) {
    int record = names.recordOf[name];
    if (KINDS[names.records[record + FLAGS] & KIND_BITS] == NameKind.ACRONYM
        || names.namePlace[name]) {
      return false;
    }
    int words = record + WORDS;
    for (int j = words; j < words + names.records[record + LENGTH]; j++) {
      int t = names.records[j] & ~OPTIONAL_WORD;
      if (names.records[j] >= 0 && (names.idf(t) >= names.specific || names.isCityWord(t))) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether the first segment of a hit's span holds a unit word (department, division). */
  private boolean namesUnitFirst(Query q, Hit h) {
    int seg = -1;
    for (int p = 0; p < q.ids.length; p++) {
      if (q.a.start[p] >= h.start && q.a.end[p] <= h.end) {
        if (seg >= 0 && q.a.segment[p] != seg) {
          return false;
        }
        seg = q.a.segment[p];
        if (q.ids[p] >= 0 && names.isUnitWord(q.ids[p])) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Tells whether the last part of the text a hit spans is its organization's city and nothing
   * else, as in "Radboud University, Nijmegen" for Radboud University Nijmegen: a name whose city
   * is written as the place after it.
   */
  private boolean endsWithOwnCityPart(Query q, Hit h) {
    int[] city = names.orgCity[h.org];
    if (city == null || city.length == 0) {
      return false;
    }
    int first = lastPart(q, h);
    if (first < 0) {
      return false;
    }
    int words = 0;
    while (first + words < q.ids.length && q.a.segment[first + words] == q.a.segment[first]) {
      words++;
    }
    if (words != city.length) {
      return false;
    }
    for (int k = 0; k < city.length; k++) {
      if (q.ids[first + k] != city[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a hit written as its name holds the last part of the text it spans whole: the
   * comma parts the name itself, not the name from another ("Indian Institute of Science,
   * Bangalore" for the Indian Institute of Science Bangalore, "Radboud University, Medical
   * Center" for Radboud University Medical Center).
   */
  private static boolean endsWithWholePart(Query q, Hit h) {
    int first = lastPart(q, h);
    return h.asWritten && first > 0;
  }

  /**
   * The first word of the last part of the text a hit spans, when the hit holds that part whole
   * and the part is not its first; else -1.
   */
  private static int lastPart(Query q, Hit h) {
    int last = -1;
    for (int p = 0; p < q.ids.length && q.a.start[p] < h.end; p++) {
      if (q.a.start[p] >= h.start && q.a.end[p] <= h.end) {
        last = p;
      }
    }
    if (last < 0 || last + 1 < q.ids.length && q.a.segment[last + 1] == q.a.segment[last]) {
      return -1;
    }
    int first = last;
    while (first > 0 && q.a.segment[first - 1] == q.a.segment[last]) {
      first--;
    }
    return q.a.start[first] < h.start || first == 0 || q.a.start[first - 1] < h.start ? -1
        : first;
  }

  /**
   * Tells whether the parts of the text a hit spans are parted by dashes only ("KTH - Royal
   * Institute of Technology", "UiT – The Arctic University of Norway"): a name written whole with
   * a dash in it is one name, where a comma would part two.
   */
  private static boolean partedByDashesOnly(Query q, Hit h) {
    String text = q.a.text;
    for (int p = 1; p < q.ids.length; p++) {
      if (q.a.start[p] <= h.start || q.a.start[p] >= h.end || q.a.segment[p] == q.a.segment[p - 1]) {
        continue;
      }
      for (int c = q.a.end[p - 1]; c < q.a.start[p]; c++) {
        // Letters between two parts are a word the analysis left out ("The" of "UiT – The
        // Arctic University of Norway").
        char ch = text.charAt(c);
        if (ch != '-' && ch != '\u2013' && ch != '\u2014' && !Character.isWhitespace(ch)
            && !Character.isLetterOrDigit(ch)) {
          return false;
        }
      }
    }
    return true;
  }

  private static int partsOf(Query q, Hit h) {
    int seg = -1;
    int parts = 0;
    for (int p = 0; p < q.ids.length; p++) {
      if (q.a.start[p] >= h.start && q.a.end[p] <= h.end && q.a.segment[p] != seg) {
        seg = q.a.segment[p];
        parts++;
      }
    }
    return parts;
  }

  /** Tells whether a name holds a word. */
  private boolean holds(int name, int word) {
    int words = names.recordOf[name] + WORDS;
    for (int j = words; j < words + names.records[names.recordOf[name] + LENGTH]; j++) {
      if ((names.records[j] & ~OPTIONAL_WORD) == word) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether the span of a holds a word outside b's span that is not a place name, or that
   * a's name holds ("Florida Atlantic University" holds "Atlantic University").
   */
  private boolean extendsBeyondLocation(Query q, Hit a, Hit b) {
    for (int p = 0; p < q.ids.length; p++) {
      int s = q.a.start[p];
      if (s >= a.start && q.a.end[p] <= a.end && (q.a.end[p] <= b.start || s >= b.end)
          && (!q.a.location[p] && !q.city[p] || holds(a.name, q.ids[p]))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether words p to last of a text are written right before or right after a hit's span,
   * in its part: "LMU Munich", "Kiel CAU".
   */
  private static boolean besideSpan(Query q, Hit h, int p, int last) {
    if (p > 0 && q.a.end[p - 1] == h.end) {
      return q.a.segment[p - 1] == q.a.segment[p];
    }
    return last + 1 < q.ids.length && q.a.start[last + 1] == h.start
        && q.a.segment[last + 1] == q.a.segment[last];
  }

  /**
   * Tells whether an organization's country is a region of a country the text names: Hong Kong
   * and Macao, which the registry gives codes of their own, are written "Hong Kong, China".
   */
  private static boolean isPartOf(String country, List<String> named) {
    return (country.equals("HK") || country.equals("MO")) && named.contains("CN");
  }

  /**
   * Adds to a hit's score what the rest of the text says about its location: its organization's
   * city named (and where, {@link Hit#city}), its country named or another country instead
   * ({@link Hit#country}). {@link NameResolver#candidate} writes the same as evidence.
   */
  void locate(Query q, Hit h) {
    // A text with no part that only names a place, or whose words lack the city's first word,
    // does not name the city: the city is read only when the text may name it. An acronym's city
    // may also be written right beside it, in its part ("LMU Munich", "Kiel CAU").
    int[] city = q.placed || h.acronym ? names.orgCity[h.org] : NO_CITY;
    if (city.length > 0 && (q.known & 1L << city[0]) != 0) {
      for (int p = 0; p + city.length <= q.ids.length; p++) {
        boolean match = true;
        for (int c = 0; c < city.length && match; c++) {
          match = q.ids[p + c] == city[c];
        }
        if (match && (q.locationSegment[q.a.segment[p]] || h.acronym && besideSpan(q, h, p,
            p + city.length - 1))
            && (q.a.start[p] >= h.end || q.a.end[p + city.length - 1] <= h.start)) {
          h.score += CITY_BONUS;
          h.city = p;
          break;
        }
      }
    }
    List<String> named = q.countriesBeside(h.start, h.end);
    // A text naming no country beside the span says nothing of the organization's.
    if (named.isEmpty()) {
      return;
    }
    String country = table.country(h.org);
    if (country == null) {
      return;
    }
    if (named.contains(country) || isPartOf(country, named)) {
      h.score += COUNTRY_BONUS;
      h.country = 1;
    } else if (!named.isEmpty()) {
      h.score -= COUNTRY_CONFLICT;
      h.country = -1;
    }
  }
}

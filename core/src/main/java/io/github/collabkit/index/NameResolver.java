package io.github.collabkit.index;

import static io.github.collabkit.index.NameRecords.CANDIDATE;
import static io.github.collabkit.index.NameRecords.FLAGS;
import static io.github.collabkit.index.NameRecords.FLAG_BEFORE_PART;
import static io.github.collabkit.index.NameRecords.FLAG_INACTIVE;
import static io.github.collabkit.index.NameRecords.FLAG_QUALIFIED;
import static io.github.collabkit.index.NameRecords.FLAG_SHORT_LABEL;
import static io.github.collabkit.index.NameRecords.KINDS;
import static io.github.collabkit.index.NameRecords.KIND_BITS;
import static io.github.collabkit.index.NameRecords.LENGTH;
import static io.github.collabkit.index.NameRecords.NAME;
import static io.github.collabkit.index.NameRecords.OPTIONAL_WORD;
import static io.github.collabkit.index.NameRecords.ORG;
import static io.github.collabkit.index.NameRecords.SEVERAL_LISTS;
import static io.github.collabkit.index.NameRecords.TOTAL;
import static io.github.collabkit.index.NameRecords.WORDS;
import static io.github.collabkit.index.NameRecords.indexOf;

import io.github.collabkit.internal.Folding;
import io.github.collabkit.model.NameKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The name resolver of an {@link OrganizationIndex}: finds the candidate organizations of a free
 * text and scores them, with the evidence for and against each. It does not decide which candidate
 * is the answer; {@link ResolutionPolicy} does.
 *
 * <p>It reads the names as {@link NameRecords} built them: word ids, weights, one record per name
 * and posting lists under each name's heaviest words. A text is analysed once (a conjunction
 * between two names, each written whole, ends a part: {@link CoordinatedNames}), then for each
 * part (and pair of neighbouring parts) only the names posted under one of its words, or under an
 * indexed word one edit away, are scored: by how much of the name's weight the part holds, how
 * much of the part the name explains, whether the words are close and in order. What the rest of
 * the text says ({@link TextEvidence}: the organization's city or country named, another country
 * named instead, support for an acronym or a match across two parts) adjusts the scores of the
 * best hits. A name's optional words (its own city, a coordinated tail of common words) weigh
 * little, so a text may leave them out; a text that writes a whole name word for word, not through
 * synonyms or plurals, gains a little over namesakes matched only through them. Working arrays are
 * per thread and reused. Immutable and thread-safe.
 */
final class NameResolver {
  private static final float LOCATION = 0.2f;
  private static final float FUZZY = 0.95f;
  /** What a name's words in another order cost it (as the bonus it does not get). */
  private static final double ORDER = 0.05;
  /**
   * The weight of a match on a label (a name in another language) that is a shorter translation
   * of another name of its organization: a text naming only "University of California" matches
   * the label "Universidad de California" of the system of campuses fully, but says less than the
   * system's own name, so it needs location evidence to be accepted.
   */
  private static final double SHORT_LABEL = 0.85;
  private static final float DIGITS = 0.1f;
  /** What a text writing a name exactly as the organization does adds to the score. */
  private static final double AS_WRITTEN = 0.04;

  /** Words that link a part's name to its organization's name after it. */
  private static final Set<String> LINKS = Set.of("of", "at", "de", "du", "des", "der", "di",
      "del", "della", "van", "von", "da", "do", "dos", "das", "in");
  /** The words that name a university's teaching parts ({@link #namesASchoolAfter}). */
  private static final Set<String> SCHOOLS = Set.of("school", "college", "faculty");
  private static final int[] NO_IDS = new int[0];
  /** What an organization that is no longer active weighs, as a factor of its names' scores. */
  private static final double INACTIVE = 0.93;

  private final OrganizationTable table;
  private final Analyzer analyzer;
  /** The names as built for resolution: vocabulary, weights, records and postings. */
  private final NameRecords names;
  private final ThreadLocal<Scratch> scratch;
  /** What the rest of a text says about each hit: place, support, longer matches. */
  private final TextEvidence textEvidence;

  NameResolver(OrganizationTable table, NameRecords names, Analyzer analyzer) {
    this.table = table;
    this.names = names;
    this.analyzer = analyzer;
    this.textEvidence = new TextEvidence(table, names);
    int n = table.size();
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(n));
  }

  /**
   * The hash of the words of a split text that lie within [start, end), as {@link
   * NameRecords#written} hashes a name.
   */
  private int asWritten(Analyzer.Analyzed raw, int start, int end) {
    int from = 0;
    while (from < raw.size && raw.start[from] < start) {
      from++;
    }
    int to = from;
    while (to < raw.size && raw.end[to] <= end) {
      to++;
    }
    return NameRecords.written(analyzer, raw, from, to);
  }

  /** Tells whether a folded word is a word of some name, or a stop word. */
  private boolean isKnown(String word) {
    return names.vocabulary.get(word) >= 0 || names.vocabulary.get(Analyzer.stem(word)) >= 0
        || analyzer.isStopword(word);
  }

  /**
   * Finds the organizations a text names: scores the names sharing a word with each part of the
   * text (and each pair of neighbouring parts), adds the evidence of the rest of the text, lowers a
   * match inside a longer match of another organization, and returns the best hit per
   * organization, best first (at most 64).
   *
   * @param read the text, already cut to {@link OrganizationIndex#MAX_TEXT}
   * @param exact the exact lookup, which tells which words of the text are a name
   * @return the hits, best first; empty when no name shares a word with the text
   */
  List<Hit> hits(String read, ExactLookup exact) {
    Analyzer.Analyzed raw = Analyzer.raw(read, this::isKnown);
    CoordinatedNames.split(raw, exact);
    CoordinatedNames.splitHost(raw, exact);
    analyzer.partUnitCodes(raw);
    Query q = new Query(names, analyzer, analyzer.analyze(raw), exact, scratch.get());
    List<Hit> ranked = new ArrayList<>();
    try {
      findHits(q, ranked);
    } finally {
      q.scratch.forget(ranked);
    }
    if (ranked.isEmpty()) {
      return List.of();
    }
    // Scores first, then what decides support, for the 64 best hits only, so a text matching
    // hundreds of names ("CNRS UMR 7010") weighs only those. A hit records what it found in its
    // fields; its evidence is written only for a hit that becomes a candidate (evidence()).
    // Indexed loops: an iterator per loop is not always optimised away in a method this large.
    int writtenStart = -1;
    int writtenEnd = -1;
    int written = 0;
    for (int i = 0, n = ranked.size(); i < n; i++) {
      Hit h = ranked.get(i);
      textEvidence.locate(q, h);
      if (h.nameCov > 0.999f && !h.gaps && h.ordered) {
        if (h.start != writtenStart || h.end != writtenEnd) {
          writtenStart = h.start;
          writtenEnd = h.end;
          written = asWritten(q.a.raw, h.start, h.end);
        }
        if (names.writtenAs(h.name, written)) {
          h.asWrittenOther = written != names.nameWritten[h.name];
          h.score += AS_WRITTEN;
          h.asWritten = true;
        }
      }
    }
    ranked = best(ranked, 64);
    textEvidence.weigh(q, ranked.toArray(new Hit[0]));
    ranked.sort(this::compareHits);
    return ranked;
  }

  /**
   * Scores the names sharing a word with each part of the text and each pair of neighbouring
   * parts, keeping the best hit per organization in {@code found} (in no particular order).
   */
  private void findHits(Query q, List<Hit> found) {
    int segments = q.a.segments;
    int[] segStart = new int[segments + 1];
    for (int p = 0, s = 0; s <= segments; s++) {
      while (p < q.a.size && q.a.segment[p] < s) {
        p++;
      }
      segStart[s] = p;
    }
    for (int s = 0; s < segments; s++) {
      for (int width = 1; width <= 2 && s + width <= segments; width++) {
        int from = segStart[s];
        int to = segStart[s + width];
        if (to > from && !(width == 1 && q.locationSegment[s])) {
          int end = Math.min(to, from + 64);
          // In a window of two parts, the parts that had a window of their own (not a place).
          int own = width == 1 ? 0
              : (q.locationSegment[s] ? 0 : 1) | (q.locationSegment[s + 1] ? 0 : 2);
          scoreWindow(q, from, width == 1 ? end : Math.min(segStart[s + 1], end), end, own,
              found);
        }
      }
    }
  }

  /**
   * Tells whether the words after a name written from {@code name}, from {@code from} to the end
   * of its window, name a part of it: one of the first three begins a part's name ("Whiting School
   * of Engineering", "Faculty of Science", "Irving Medical Center"), and the name with the words
   * up to it is not written as another name ("Leiden University Medical Center").
   */
  private boolean partAfter(Query q, int name, int from, int to) {
    return partHead(q, name, from, to) >= 0;
  }

  /**
   * The word that begins the name of a part after a name written from {@code name}, as {@link
   * #partAfter} reads it, or -1.
   */
  private int partHead(Query q, int name, int from, int to) {
    for (int p = from; p < Math.min(to, from + 3); p++) {
      if (q.beginsAPart(p)) {
        return q.exact.isName(q.a.text.substring(q.a.start[name], q.a.end[p])) ? -1 : p;
      }
    }
    return -1;
  }

  /**
   * Tells whether the words of a university's name without "University", from {@code name} to
   * {@code from}, begin their part of the text and are followed there by the name of one of its
   * schools, colleges or faculties within three words, initials not counted ("Johns Hopkins
   * Bloomberg School of Public Health", "Harvard T.H. Chan School of Public Health"), neither the
   * words up to the school's ("Boston College") nor the whole part ("Johns Hopkins School of
   * Medicine" may be Johns Hopkins Medicine's) being another organization's name.
   */
  private boolean namesASchoolAfter(Query q, int name, int from, int to) {
    if (name > 0 && q.a.segment[name - 1] == q.a.segment[name]) {
      return false;
    }
    int end = q.a.segmentEnd(name);
    // Initials are read with the name they belong to ("Harvard T.H. Chan School of Public Health").
    for (int p = from, words = 0; p < end && words < 3; p++) {
      words += q.a.words[p].length() > 1 ? 1 : 0;
      if (SCHOOLS.contains(q.a.words[p])) {
        String start = q.a.text.substring(q.a.start[name], q.a.end[p]);
        return !q.exact.isName(start)
            && !q.exact.isName(q.a.text.substring(q.a.start[name], q.a.end[end - 1]));
      }
    }
    return false;
  }

  /**
   * Tells whether an organization's acronym begins the text's last part but places and is followed
   * there by the name of one of its parts, not an institute's: "KTH Department of Physics,
   * Stockholm", "UCLA School of Dentistry". The part's words then neither count against the
   * acronym nor make it a unit's. An institute so written ("NUS Suzhou Research Institute") is
   * often an organization of its own, and a part that is another organization's name whole
   * ("IRCCS Ospedale Policlinico San Martino") names that organization.
   */
  private boolean unitAfterAcronym(Query q, int acronym, int to) {
    int segment = q.a.segment[acronym];
    if (acronym > 0 && q.a.segment[acronym - 1] == segment
        || acronym + 1 >= to || q.a.segment[acronym + 1] != segment) {
      return false;
    }
    for (int s = segment + 1; s < q.a.segments; s++) {
      if (!q.locationSegment[s]) {
        return false;
      }
    }
    int end = q.a.segmentEnd(acronym);
    int head = partHead(q, acronym, acronym + 1, end);
    return head >= 0 && !q.a.words[head].equals("institute")
        && !q.exact.isName(q.a.text.substring(q.a.start[acronym + 1], q.a.end[end - 1]));
  }

  /**
   * Tells whether the words before a name, from the start of its window, name a part of it: they
   * begin with a word that begins a part's name ("Department of Physics University of Bergen"),
   * or hold one followed by a word that links it to a field ("Perelman School of Medicine
   * University of Pennsylvania"), or hold one and end in a word that links a part to its
   * organization ("Research Institute of Xiamen University", "Center for Genomics at the
   * University of Virginia").
   */
  private boolean partBefore(Query q, int from, int to) {
    if (q.beginsAPart(from)) {
      return true;
    }
    int head = -1;
    for (int p = from + 1; p < to && head < 0; p++) {
      head = q.beginsAPart(p) ? p : -1;
    }
    if (head < 0) {
      return false;
    }
    Analyzer.Analyzed raw = q.a.raw;
    if (head + 1 < to) {
      int after = Arrays.binarySearch(raw.start, 0, raw.size, q.a.start[head + 1]);
      after = after >= 0 ? after : -after - 1;
      if (after > 0 && raw.start[after - 1] >= q.a.end[head]
          && LINKS.contains(raw.words[after - 1])) {
        return true;
      }
    }
    int r = Arrays.binarySearch(raw.start, 0, raw.size, q.a.start[to]);
    r = r >= 0 ? r : -r - 1;
    for (int k = r - 1; k >= 0 && k >= r - 2 && raw.start[k] >= q.a.end[to - 1]; k--) {
      if (LINKS.contains(raw.words[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the k best hits, best first: the same list as sorting them all and keeping the first
   * k, but a long list costs about one comparison per hit.
   */
  private List<Hit> best(List<Hit> hits, int k) {
    if (hits.size() <= k) {
      hits.sort(this::compareHits);
      return hits;
    }
    List<Hit> top = new ArrayList<>(k + 1);
    for (int i = 0, n = hits.size(); i < n; i++) {
      Hit h = hits.get(i);
      if (top.size() == k && compareHits(h, top.get(k - 1)) >= 0) {
        continue;
      }
      int lo = 0;
      int hi = top.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (compareHits(top.get(mid), h) < 0) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      top.add(lo, h);
      if (top.size() > k) {
        top.remove(k);
      }
    }
    return top;
  }

  /** Orders hits best first: by score, then prominence, then key. */
  int compareHits(Hit x, Hit y) {
    int c = Double.compare(y.score, x.score);
    if (c != 0) {
      return c;
    }
    // Read only for a tie, which few comparisons meet: a hit does not carry them.
    c = Float.compare(table.prior(y.org), table.prior(x.org));
    return c != 0 ? c : Integer.compare(table.keyOrder(x.org), table.keyOrder(y.org));
  }

  /** The analysed query with its word ids, fuzzy alternatives and weights. */
  static final class Query {
    private final NameRecords names;
    private final Analyzer analyzer;
    final Analyzer.Analyzed a;
    /** The exact lookup, which tells whether words of the text are written as a name. */
    final ExactLookup exact;
    final int[] ids;
    final int[][] near;
    final float[] weight;
    /**
     * The weight in a name of each word in the vocabulary ({@link NameRecords#wordWeight}); 0 for
     * a word outside it.
     */
    final float[] nameWeight;
    /** Whether a word is part of a city name written in full. */
    final boolean[] city;
    /** One bit per word id modulo 64 of the text's words in the vocabulary. */
    final long known;
    /**
     * Whether a segment only names a place: country or city names, and short words such as state
     * codes (not in the first segment, where a short word is rather an acronym: "TU Delft").
     */
    final boolean[] locationSegment;
    /** Whether some segment only names a place ({@link #locationSegment}). */
    final boolean placed;
    /** The region codes of an address ({@link #regionCodes}); null when the text has none. */
    private final boolean[] region;
    /**
     * Per word: bit 1 set when it abbreviates the words before it in brackets, bit 2 when
     * without; the bit above each set once read.
     */
    private byte[] abbreviates;

    final Scratch scratch;
    /**
     * The countries named beside the spans last asked for ({@link #countriesBeside(int, int)}),
     * reused while hits hold the same mentions of countries, as most hits of a text do.
     */
    private final List<String> countries = new ArrayList<>(2);
    /** The mentions of countries (one bit each) that the spans last asked for hold; 0: none yet. */
    private long countriesHeld;
    /** Every country the text names, for a span that holds none of them. */
    private final List<String> everyCountry;

    Query(NameRecords names, Analyzer analyzer, Analyzer.Analyzed a, ExactLookup exact,
        Scratch scratch) {
      this.names = names;
      this.analyzer = analyzer;
      this.a = a;
      this.exact = exact;
      this.scratch = scratch;
      int n = a.size;
      ids = new int[n];
      near = new int[n][];
      weight = new float[n];
      nameWeight = new float[n];
      city = new boolean[n];
      long bits = 0;
      for (int p = 0; p < n; p++) {
        ids[p] = names.vocabulary.get(a.words[p]);
        if (ids[p] >= 0) {
          bits |= 1L << ids[p];
        }
      }
      known = bits;
      for (int p = 0; p < n; p++) {
        int[][] phrases = ids[p] < 0 ? null : names.citiesFrom(ids[p]);
        for (int c = 0; phrases != null && c < phrases.length; c++) {
          int[] phrase = phrases[c];
          boolean match = p + phrase.length <= n;
          for (int k = 1; k < phrase.length && match; k++) {
            match = ids[p + k] == phrase[k] && a.segment[p + k] == a.segment[p];
          }
          for (int k = 0; match && k < phrase.length; k++) {
            city[p + k] = true;
          }
        }
      }
      for (int p = 0; p < n; p++) {
        int id = ids[p];
        // A word the index also writes with its umlauts spelled out, or folded, is read as
        // either: the other form is a near word (a word not in the index finds it by spelling).
        // A word in capitals is rather an acronym ("UNICAEN" is not "UNICAN").
        int other = id < 0 || a.upper[p] ? -1 : names.umlautPartner(id);
        near[p] = id < 0 ? names.fuzzy.near(a.words[p]) : other < 0 ? NO_IDS : new int[] {other};
        float w;
        if (id >= 0) {
          w = names.wordWeight(id);
          nameWeight[p] = w;
        } else if (near[p].length > 0) {
          w = names.idf(near[p][0]);
        } else {
          w = names.unknownIdf;
        }
        if (a.location[p] || (id >= 0 && names.isCityWord(id))) {
          w *= LOCATION;
        }
        if (Analyzer.isDigits(a.words[p])) {
          w *= DIGITS;
        }
        weight[p] = w;
      }
      locationSegment = new boolean[a.segments];
      boolean[] other = new boolean[a.segments];
      for (int p = 0; p < n; p++) {
        if (a.location[p] || city[p]) {
          locationSegment[a.segment[p]] = true;
        } else if (a.words[p].length() > 2 || a.segment[p] == 0 || !stateCode(p)) {
          other[a.segment[p]] = true;
        }
      }
      boolean anyPlace = false;
      for (int s = 0; s < a.segments; s++) {
        locationSegment[s] &= !other[s];
        anyPlace |= locationSegment[s];
      }
      region = anyPlace ? regionCodes() : null;
      placed = anyPlace;
      if (a.countryCodes.isEmpty() && !a.dutchPostcode) {
        everyCountry = List.of();
      } else {
        everyCountry = new ArrayList<>(2);
        NameResolver.countriesBeside(this, Integer.MAX_VALUE, Integer.MAX_VALUE, everyCountry);
      }
    }

    /**
     * Tells whether a word of the text begins the name of a part of an organization, as {@link
     * Analyzer#beginsAPart} does: for a word of some name, read from its id.
     */
    boolean beginsAPart(int p) {
      return ids[p] >= 0 ? names.isHeadWord(ids[p]) : analyzer.beginsAPart(a.words[p]);
    }

    /** The countries the text names outside a span, as {@link #countriesBeside} lists them. */
    List<String> countriesBeside(int start, int end) {
      // The list depends only on which mentions the span holds whole: one bit each (the 64th
      // and later share a bit, and a span holding one of them is listed afresh).
      int mentions = a.countrySpans.size();
      long held = 0;
      for (int c = 0; c < mentions; c++) {
        int[] span = a.countrySpans.get(c);
        if (start <= span[0] && span[1] <= end) {
          held |= 1L << Math.min(c, 63);
        }
      }
      if (held == 0) {
        return everyCountry;
      }
      if (held != countriesHeld || held < 0) {
        NameResolver.countriesBeside(this, start, end, countries);
        countriesHeld = held;
      }
      return countries;
    }

    /**
     * Finds the region codes of an address: a word of one or two letters in capitals, alone in its
     * part, after a part that only names a place or before one ("Charlottesville, VA, USA",
     * "Worcester, MA", "Springfield, IL, USA"). Such a word is a place, as the parts beside it
     * are, so its part is a place too ({@link #locationSegment}) and no name's acronym ("VA" of
     * Veterans Affairs, "MI" of a company) is matched on it. Null when the text has none.
     */
    private boolean[] regionCodes() {
      boolean[] codes = null;
      for (int p = 0; p < a.size; p++) {
        int s = a.segment[p];
        if (s > 0 && a.words[p].length() <= 2 && a.upper[p] && !locationSegment[s]
            && aloneInPart(p)
            && (locationSegment[s - 1] || s + 1 < a.segments && locationSegment[s + 1])) {
          if (codes == null) {
            codes = new boolean[a.size];
          }
          codes[p] = true;
          locationSegment[s] = true;
        }
      }
      return codes;
    }

    /**
     * Tells whether a word of the text is read as a place: a country or region name, a city name
     * written in full, or a region code of an address ({@link #regionCodes}).
     */
    boolean isPlace(int p) {
      return a.location[p] || city[p] || region != null && region[p];
    }

    /**
     * Tells whether a word is an abbreviation in brackets of the words before it ({@link
     * Analyzer#abbreviatesWordsBefore}), read once per word: every acronym posted under the word
     * asks.
     */
    boolean abbreviatesWordsBefore(int p) {
      return abbreviates(p, 0);
    }

    /**
     * Tells whether a word in capitals abbreviates the words just before it in its part, without
     * brackets ({@link Analyzer#abbreviatesWordsJustBefore}), read once per word.
     */
    boolean abbreviatesWordsJustBefore(int p) {
      return abbreviates(p, 2);
    }

    private boolean abbreviates(int p, int shift) {
      if (abbreviates == null) {
        abbreviates = new byte[a.size];
      }
      if ((abbreviates[p] & (2 << shift)) == 0) {
        boolean yes = shift == 0 ? analyzer.abbreviatesWordsBefore(a, p)
            : analyzer.abbreviatesWordsJustBefore(a, p);
        abbreviates[p] |= (byte) ((2 | (yes ? 1 : 0)) << shift);
      }
      return (abbreviates[p] & (1 << shift)) != 0;
    }

    /**
     * Tells whether a short word reads as a region code ("MN" of "Minneapolis, MN", "Boston MA"):
     * alone in its part or after a place name; before a place name it is a name's first word
     * ("KU Leuven").
     */
    private boolean stateCode(int p) {
      return aloneInPart(p)
          || p > 0 && a.segment[p - 1] == a.segment[p] && (a.location[p - 1] || city[p - 1]);
    }

    /** Tells whether a word of the text is the only word of its part. */
    private boolean aloneInPart(int p) {
      return (p == 0 || a.segment[p - 1] != a.segment[p])
          && (p + 1 == a.size || a.segment[p + 1] != a.segment[p]);
    }
  }

  /** The best match of one organization in a text: the name, the span, the score, the evidence. */
  static final class Hit {
    final int org;
    int name;
    /** Whether the name is an acronym ({@link NameKind#ACRONYM}), read with the name's record. */
    boolean acronym;
    double score;
    int start;
    int end;
    float nameCov;
    /** Whether words the name does not hold lie between its matched words. */
    boolean gaps;
    /** Whether the name's words came in the name's order. */
    boolean ordered;
    /** The word where the text names the organization's city, or -1. */
    int city = -1;
    /** 1 when the text names the organization's country, -1 when it names only others, else 0. */
    int country;
    /**
     * The rival for the same words whose city the text names instead of this one's, or -1
     * ({@link TextEvidence#weigh}).
     */
    int cityOf = -1;
    /** Whether the text writes the whole name as the organization does ({@link #AS_WRITTEN}). */
    boolean asWritten;
    /**
     * Whether it writes it as another of the organization's names of the same words, rather than
     * the one matched (its label in another language).
     */
    boolean asWrittenOther;
    /**
     * Whether the name matched holds only common words (read by {@link TextEvidence}): 1 if so, -1 if
     * not, 0 until asked ({@link TextEvidence#weigh}).
     */
    byte commonName;
    boolean unsupported;
    /** What supports a hit on an acronym; null for a hit on another kind of name. */
    TextEvidence.AcronymSupport acronymSupport;
    /** Whether the match spans more parts of the text than its name has, without support. */
    boolean spansParts;
    /**
     * The organization the text names by a proper name when the hit is a name of common words
     * read as a unit of it ("Institute of Medical Sciences, University of Toronto"), or -1.
     */
    int unitOf = -1;
    /** The hits of longer matches holding this one's span, in the order found; null when none. */
    List<Hit> inside;
    /** The analysed text, for the countries it names. */
    final Query query;
    /**
     * The evidence the policy adds ({@link #add}); {@link NameResolver#evidence} writes what the
     * resolver found before it. Null until the policy adds some, as it does for few hits.
     */
    private List<Evidence> added;

    Hit(int org, Query query) {
      this.org = org;
      this.query = query;
    }

    /** Adds evidence the policy found ({@link ResolutionPolicy}). */
    void add(Evidence evidence) {
      if (added == null) {
        added = new ArrayList<>(2);
      }
      added.add(evidence);
    }

    /** The evidence the policy added, in the order added. */
    List<Evidence> added() {
      return added == null ? List.of() : added;
    }

    /**
     * Tells whether the hit is a name of common words read as a unit of another organization the
     * text names.
     */
    boolean isUnitOfAnother() {
      return unitOf >= 0;
    }

    /** Tells whether the text names the organization's city or country. */
    boolean isLocated() {
      return city >= 0 || country > 0;
    }
  }

  /** The candidate of a hit, its span taken from the text read. */
  Candidate candidate(Hit h, String text) {
    String matched = text.substring(h.start, h.end);
    return new Candidate(table.get(h.org), Math.round(h.score * 1000) / 1000.0, names.name(h.name),
        matched, h.start, h.end, evidence(h, text, matched));
  }

  /**
   * The evidence of a hit: what the resolver found (location, the name as written, word order,
   * a rival's city, support, a unit of another organization, longer matches holding it), in
   * that order, then what the policy added.
   */
  private List<Evidence> evidence(Hit h, String text, String matched) {
    List<Evidence> out = new ArrayList<>(4 + h.added().size());
    if (h.city >= 0) {
      String name = city(h.org);
      out.add(new Evidence(Evidence.Kind.CITY_NAMED, name, name, TextEvidence.CITY_BONUS));
    }
    if (h.country > 0) {
      String country = table.country(h.org);
      out.add(new Evidence(Evidence.Kind.COUNTRY_NAMED, country, country, TextEvidence.COUNTRY_BONUS));
    } else if (h.country < 0) {
      out.add(new Evidence(Evidence.Kind.COUNTRY_CONTRADICTS,
          String.join("/", h.query.countriesBeside(h.start, h.end)), table.country(h.org),
          -TextEvidence.COUNTRY_CONFLICT));
    }
    if (h.asWritten) {
      out.add(new Evidence(Evidence.Kind.AS_WRITTEN, matched,
          h.asWrittenOther ? matched : names.name(h.name).value(), AS_WRITTEN));
    }
    if (!h.ordered) {
      out.add(new Evidence(Evidence.Kind.WORD_ORDER, matched, names.name(h.name).value(), -ORDER));
    }
    if (h.cityOf >= 0) {
      out.add(new Evidence(Evidence.Kind.CITY_CONTRADICTS, city(h.cityOf), city(h.org),
          -TextEvidence.CITY_CONFLICT));
    }
    if (h.acronymSupport == TextEvidence.AcronymSupport.NONE) {
      out.add(new Evidence(Evidence.Kind.UNSUPPORTED, matched, "", 0));
    } else if (h.acronymSupport == TextEvidence.AcronymSupport.LOCATION) {
      out.add(new Evidence(Evidence.Kind.SUPPORTED, "its location", "", 0));
    } else if (h.acronymSupport == TextEvidence.AcronymSupport.UNIQUE) {
      out.add(new Evidence(Evidence.Kind.SUPPORTED, "being the acronym of one organization only",
          "", 0));
    } else if (h.acronymSupport == TextEvidence.AcronymSupport.RELATED) {
      out.add(new Evidence(Evidence.Kind.SUPPORTED, "an organization of its hierarchy named too",
          "", 0));
    }
    if (h.spansParts) {
      out.add(new Evidence(Evidence.Kind.SPANS_PARTS, matched, "", 0));
    }
    if (h.unitOf >= 0) {
      out.add(new Evidence(Evidence.Kind.UNIT_OF_ANOTHER, matched, table.get(h.unitOf).displayName(),
          0));
    }
    for (int i = 0; h.inside != null && i < h.inside.size(); i++) {
      Hit a = h.inside.get(i);
      out.add(new Evidence(Evidence.Kind.INSIDE_LONGER_MATCH, text.substring(a.start, a.end), "",
          -TextEvidence.SUBSUMED));
    }
    out.addAll(h.added());
    return out;
  }

  /** The city of an organization, or "". */
  private String city(int org) {
    return table.get(org).location().flatMap(l -> l.city()).orElse("");
  }

  /** Tells whether a hit matched an acronym. */
  boolean isAcronym(Hit h) {
    return h.acronym;
  }

  /** Tells whether two hits matched names that fold to the same words. */
  boolean sameName(Hit a, Hit b) {
    return a.name == b.name
        || Folding.key(names.name(a.name).value()).equals(Folding.key(names.name(b.name).value()));
  }

  /**
   * Tells whether a hit's name says what its organization is rather than what it is called: it
   * begins with a word that begins a part's name ("Institute of Anatomy", "Center for
   * Translational Medicine"; not "Cumming School of Medicine").
   */
  boolean namedAsAPart(Hit h) {
    int record = names.recordOf[h.name];
    return names.records[record + LENGTH] > 0 && names.records[record + WORDS] >= 0
        && names.isHeadWord(names.records[record + WORDS]);
  }

  /** Tells whether two hits matched display names, the names organizations go by. */
  boolean bothDisplayNames(Hit a, Hit b) {
    return names.name(a.name).kind() == NameKind.DISPLAY
        && names.name(b.name).kind() == NameKind.DISPLAY;
  }

  /** Tells whether a hit's text is written exactly as its organization's display name. */
  boolean writtenAsDisplayName(Hit h) {
    return h.asWritten && names.name(h.name).kind() == NameKind.DISPLAY;
  }

  /**
   * Scores the names sharing a word with a window of the text: one part, or two neighbouring
   * parts, the second beginning at {@code second} ({@code to} for one part). In a window of two
   * parts, a name whose words all lie in one part that had a window of its own ({@code own}: bit
   * 1 the first, bit 2 the second) is not scored again: it was read in its own part.
   */
  private void scoreWindow(Query q, int from, int second, int to, int own, List<Hit> hits) {
    Scratch scratch = q.scratch;
    scratch.nextWindow();
    boolean anyNear = false;
    // One bit per word id modulo 64 of the window's words and their fuzzy alternatives: a name's
    // word whose bit is clear is not in the window, and scoring skips looking for it. Kept per
    // part for a window of two.
    long presentFirst = 0;
    long presentSecond = 0;
    for (int p = from; p < to; p++) {
      anyNear |= q.near[p].length > 0;
      long bits = q.ids[p] >= 0 ? 1L << q.ids[p] : 0;
      for (int f : q.near[p]) {
        bits |= 1L << f;
      }
      if (p < second) {
        presentFirst |= bits;
      } else {
        presentSecond |= bits;
      }
    }
    long present = presentFirst | presentSecond;
    // The names to score, each once, in the order met; collected first and then scored, so that
    // the memory of many names is fetched at once rather than one name after another.
    // A word met again in the window (or as another word's alternative) adds no name: its list
    // is read once.
    int count = 0;
    int words = 0;
    for (int p = from; p < to; p++) {
      int t = q.ids[p];
      if (t >= 0 && scratch.firstWord(t, words)) {
        words++;
        count = collect(t, present, scratch, count);
      }
      for (int f : q.near[p]) {
        if (scratch.firstWord(f, words)) {
          words++;
          count = collect(f, present, scratch, count);
        }
      }
    }
    // Read ahead the start of each record, record by record independently, so the reads overlap.
    int[] batch = scratch.batch;
    int[] records = names.records;
    int touched = 0;
    for (int i = 0; i < count; i++) {
      touched += records[batch[i] + LENGTH];
    }
    scratch.touched = touched;
    for (int i = 0; i < count; i++) {
      if (own == 0 || !inOnePart(batch[i], presentFirst, presentSecond, own)) {
        scoreName(q, batch[i], from, to, anyNear, present, hits);
      }
    }
  }

  /**
   * Tells whether a record's words can lie only in one part of a window of two, a part with a
   * window of its own ({@code own}, as {@link #scoreWindow} has it).
   */
  private boolean inOnePart(int record, long presentFirst, long presentSecond, int own) {
    int[] r = names.records;
    int words = record + WORDS;
    boolean first = false;
    boolean second = false;
    for (int j = words, end = words + r[record + LENGTH]; j < end; j++) {
      long bit = 1L << (r[j] & ~OPTIONAL_WORD);
      first |= (presentFirst & bit) != 0;
      second |= (presentSecond & bit) != 0;
    }
    return first != second && (first ? own & 1 : own & 2) != 0;
  }

  /**
   * Appends to the scratch batch the records posted under a word that the window has not met, of
   * names whose needed words the window may hold ({@link NameRecords#postings}).
   */
  private int collect(int word, long present, Scratch scratch, int count) {
    for (int e = names.postingsFrom(word), end = names.postingsTo(word); e < end; e++) {
      if ((names.postingNeeds(e) & ~present) != 0) {
        continue;
      }
      int posting = names.posting(e);
      int record = posting & ~SEVERAL_LISTS;
      // A name posted under this word only is met once per window: its list is read once.
      if (posting >= 0 || scratch.meet(record, count)) {
        if (count == scratch.batch.length) {
          scratch.batch = Arrays.copyOf(scratch.batch, count * 2);
        }
        scratch.batch[count++] = record;
      }
    }
    return count;
  }

  /** Per-thread working memory of {@link #hits}, so a query allocates no arrays of index size. */
  private static final class Scratch {
    /**
     * The records a window has met: an open-addressing set of record offsets, whose slot is taken
     * when its stamp is the window's.
     */
    int[] met = new int[256];
    int[] metStamp = new int[256];
    int stamp;
    /** Per organization: 1 + the position of its hit in the query's list, 0 when it has none. */
    final int[] hitOf;
    /** The records of a window to score, in the order met. */
    int[] batch = new int[256];
    /** A sum of what was read ahead, kept so that the reads are not dropped. */
    int touched;

    Scratch(int organizations) {
      hitOf = new int[organizations];
    }

    /** The words whose lists a window has read, the first {@code count} of {@link #words}. */
    int[] words = new int[16];

    /**
     * Tells whether a window that has read the lists of {@code count} words has not read a
     * word's list yet, and notes it as read when so.
     */
    boolean firstWord(int word, int count) {
      for (int i = 0; i < count; i++) {
        if (words[i] == word) {
          return false;
        }
      }
      if (count == words.length) {
        words = Arrays.copyOf(words, count * 2);
      }
      words[count] = word;
      return true;
    }

    /**
     * The record last matched in this window ({@link NameResolver#scoreName}), or -1 when none;
     * then what its match found: the share of the name's weight (-1 when more of the name is
     * missing than a text may leave out), and when that share is enough, the places taken, how
     * many words, from where to where, whether all in capitals, whether in order.
     */
    int matchedRecord = -1;
    float nameCov;
    long used;
    int count;
    int minP;
    int maxP;
    boolean allUpper;
    boolean ordered;
    /**
     * The words of the window {@link #segCov} and {@link #unit} were counted over for that match,
     * [countedFrom, countedTo); countedTo is -1 when not counted yet.
     */
    int countedFrom;
    int countedTo = -1;
    /** The share of the counted words' weight that the match takes. */
    float segCov;
    /** Whether a counted word the match does not take names a unit. */
    boolean unit;

    /** Starts a window: no record met, none matched. */
    void nextWindow() {
      matchedRecord = -1;
      if (++stamp == 0) {
        Arrays.fill(metStamp, 0);
        stamp = 1;
      }
    }

    /**
     * Records that the window met a record, and tells whether it is the first time.
     *
     * @param count how many records the window met before, all in {@link #batch}
     */
    boolean meet(int record, int count) {
      if (2 * (count + 1) > met.length) {
        met = new int[met.length * 2];
        metStamp = new int[met.length];
        for (int i = 0; i < count; i++) {
          meet(batch[i], 0);
        }
      }
      int mask = met.length - 1;
      int hash = record * 0x9E3779B9;
      int slot = (hash ^ hash >>> 16) & mask;
      while (metStamp[slot] == stamp) {
        if (met[slot] == record) {
          return false;
        }
        slot = slot + 1 & mask;
      }
      metStamp[slot] = stamp;
      met[slot] = record;
      return true;
    }

    /** Clears {@link #hitOf} for the hits of a query. */
    void forget(List<Hit> hits) {
      for (int i = 0, n = hits.size(); i < n; i++) {
        hitOf[hits.get(i).org] = 0;
      }
    }
  }

  /**
   * Scores the name whose record starts at an offset of {@link NameRecords#records} against a
   * window. A name with the same words as the name scored just before it in the window (hundreds
   * of aliases such as "UMR 5288" analyse to the one word "umr") matches the window the same way,
   * so its match is taken from the scratch rather than found again.
   *
   * @param present the bits of the window's words and their alternatives (see {@link #scoreWindow})
   */
  private void scoreName(Query q, int record, int from, int to, boolean anyNear, long present,
      List<Hit> hits) {
    int[] r = names.records;
    Scratch m = q.scratch;
    int length = r[record + LENGTH];
    float total = Float.intBitsToFloat(r[record + TOTAL]);
    long used;
    float nameCov;
    int count;
    int minP;
    int maxP;
    boolean allUpper;
    boolean ordered;
    if (m.matchedRecord >= 0 && sameWords(r, m.matchedRecord, record)) {
      nameCov = m.nameCov;
      if (nameCov < CANDIDATE) {
        return;
      }
      used = m.used;
      count = m.count;
      minP = m.minP;
      maxP = m.maxP;
      allUpper = m.allUpper;
      ordered = m.ordered;
    } else {
      // The name's words, each at the first place of the window not taken by another of its
      // words (or one edit away there).
      m.matchedRecord = record;
      m.countedTo = -1;
      int words = record + WORDS;
      used = 0;
      float matched = 0;
      count = 0;
      minP = Integer.MAX_VALUE;
      maxP = -1;
      allUpper = true;
      ordered = true;
      int last = -1;
      float missing = (float) ((1 - CANDIDATE) * total);
      for (int j = 0; j < length; j++) {
        int word = r[words + j];
        int t = word & ~OPTIONAL_WORD;
        int found = -1;
        boolean near = false;
        if ((present & 1L << t) != 0) {
          for (int p = from; p < to; p++) {
            if ((used & (1L << (p - from))) == 0 && q.ids[p] == t) {
              found = p;
              break;
            }
          }
          if (found < 0 && anyNear) {
            for (int p = from; p < to && found < 0; p++) {
              if ((used & (1L << (p - from))) == 0 && indexOf(q.near[p], t) >= 0) {
                found = p;
                near = true;
              }
            }
          }
        }
        if (found >= 0) {
          // A word found as written weighs what the query read for it: the same value, without
          // reading the word's entry again.
          float weight = near ? names.weight(t, word < 0)
              : q.nameWeight[found] * (word < 0 ? NameRecords.OPTIONAL : 1f);
          used |= 1L << (found - from);
          matched += weight * (near ? FUZZY : 1f);
          count++;
          minP = Math.min(minP, found);
          maxP = Math.max(maxP, found);
          allUpper &= q.a.upper[found] && !q.a.location[found];
          ordered &= found > last;
          last = found;
        } else {
          missing -= names.weight(t, word < 0);
          if (missing < 0) {
            m.nameCov = -1;
            return;
          }
        }
      }
      nameCov = matched / total;
      m.nameCov = nameCov;
      if (nameCov < CANDIDATE) {
        return;
      }
      m.used = used;
      m.count = count;
      m.minP = minP;
      m.maxP = maxP;
      m.allUpper = allUpper;
      m.ordered = ordered;
    }
    int flags = r[record + FLAGS];
    NameKind kind = KINDS[flags & KIND_BITS];
    if (kind == NameKind.ACRONYM && !allUpper && to - from != length) {
      return;
    }
    if (kind == NameKind.ACRONYM && count == 1 && q.abbreviatesWordsBefore(minP)) {
      return;
    }
    // A place is no acronym: "USA" of an address is not the United States Army, nor "VA" of
    // "Charlottesville, VA" Veterans Affairs.
    if (kind == NameKind.ACRONYM && count == 1 && q.isPlace(minP)) {
      return;
    }
    // A university's name written whole beside the name of one of its parts, in the same part of
    // the text ("Johns Hopkins University Whiting School of Engineering", "Research Institute of
    // Xiamen University"): the part's words neither count against the name nor make it a unit's.
    boolean beforePart = (flags & FLAG_BEFORE_PART) != 0;
    if (beforePart && (count != length || count != maxP - minP + 1 || !ordered
        || !namesASchoolAfter(q, minP, maxP + 1, to))) {
      return;
    }
    int countFrom = from;
    int countTo = to;
    if (count == length && (length >= 2 || beforePart) && count == maxP - minP + 1 && ordered
        && (minP > from || maxP + 1 < to) && table.isUniversity(r[record + ORG])) {
      countTo = maxP + 1 < to && (beforePart || partAfter(q, minP, maxP + 1, to)) ? maxP + 1 : to;
      countFrom = from < minP && partBefore(q, from, minP) ? minP : from;
    } else if (kind == NameKind.ACRONYM && count == 1 && minP == from
        && unitAfterAcronym(q, minP, to)) {
      countTo = minP + 1;
    }
    if (countFrom != m.countedFrom || countTo != m.countedTo) {
      float segTotal = 0;
      float segMatched = 0;
      boolean unit = false;
      for (int p = countFrom; p < countTo; p++) {
        segTotal += q.weight[p];
        if ((used & (1L << (p - from))) != 0
            || p == maxP + 1 && kind != NameKind.ACRONYM && q.abbreviatesWordsJustBefore(p)) {
          segMatched += q.weight[p];
        } else if (q.ids[p] >= 0 && names.isUnitWord(q.ids[p])) {
          unit = true;
        }
      }
      m.countedFrom = countFrom;
      m.countedTo = countTo;
      m.segCov = segTotal == 0 ? 0 : segMatched / segTotal;
      m.unit = unit;
    }
    float segCov = m.segCov;
    boolean unit = m.unit;
    float compact = (float) count / (maxP - minP + 1);
    double score = nameCov * nameCov * (0.6 + 0.3 * segCov + 0.05 * compact + (ordered ? ORDER : 0))
        * ((flags & FLAG_SHORT_LABEL) != 0 ? SHORT_LABEL : kindFactor(kind))
        * ((flags & FLAG_INACTIVE) != 0 ? INACTIVE : 1.0)
        * (kind == NameKind.ACRONYM ? 1 : Math.min(1f, total / names.specific))
        * (unit ? 0.85 : 1) * ((flags & FLAG_QUALIFIED) != 0 ? 0.95 : 1);
    int org = r[record + ORG];
    int[] hitOf = q.scratch.hitOf;
    Hit hit;
    if (hitOf[org] == 0) {
      hit = new Hit(org, q);
      hits.add(hit);
      hitOf[org] = hits.size();
    } else {
      hit = hits.get(hitOf[org] - 1);
      if (hit.score >= score) {
        return;
      }
    }
    hit.score = score;
    hit.nameCov = nameCov;
    hit.gaps = count < maxP - minP + 1;
    hit.ordered = ordered;
    hit.name = r[record + NAME];
    hit.acronym = kind == NameKind.ACRONYM;
    hit.start = q.a.start[minP];
    hit.end = q.a.end[maxP];
  }

  /** Tells whether two records hold the same words, each optional or not alike. */
  private static boolean sameWords(int[] r, int a, int b) {
    int length = r[a + LENGTH];
    if (r[b + LENGTH] != length) {
      return false;
    }
    for (int j = WORDS; j < WORDS + length; j++) {
      if (r[a + j] != r[b + j]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Puts in a list, emptied first, the countries the text names outside a span (a Dutch postcode
   * names NL), in text order, each once.
   */
  private static void countriesBeside(Query q, int start, int end, List<String> named) {
    named.clear();
    for (int c = 0; c < q.a.countryCodes.size(); c++) {
      int[] span = q.a.countrySpans.get(c);
      String code = q.a.countryCodes.get(c);
      // A place the span holds only in part ("North" of "University of North Carolina") is
      // named beside it: the name took a word of the place, not the place.
      if (!(start <= span[0] && span[1] <= end) && !named.contains(code)) {
        named.add(code);
      }
    }
    if (q.a.dutchPostcode && !named.contains("NL")) {
      named.add("NL");
    }
  }

  private static double kindFactor(NameKind kind) {
    switch (kind) {
      case ALIAS: return 0.98;
      case ACRONYM: return 0.95;
      default: return 1.0;
    }
  }
}


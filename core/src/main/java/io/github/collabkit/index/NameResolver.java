package io.github.collabkit.index;

import io.github.collabkit.internal.Folding;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The name resolver of an {@link OrganizationIndex}: finds the candidate organizations of a free
 * text and scores them, with the evidence for and against each. It does not decide which candidate
 * is the answer; {@link ResolutionPolicy} does.
 *
 * <p>Each name is analysed into word ids once, at build time. Each word weighs its inverse
 * document frequency over organizations; legal-form words weigh little, place names less. A name
 * is posted under its heaviest words only, as many as a text must hold for the name to reach a
 * score that matters, so common words ("university", "medical") have short lists. A text is
 * analysed once (a conjunction between two names, each written whole, ends a part), then for
 * each part (and pair of neighbouring parts) only the names posted under
 * one of its words, or under an indexed word one edit away, are scored: by how much of the name's
 * weight the part holds, how much of the part the name explains, whether the words are close and
 * in order. Evidence from the rest of the text adjusts the score (the organization's city or
 * country named, another country named instead), and decides whether an acronym or a match across
 * two parts has the support it needs. A name's own city (where the rest of the name is specific
 * and its organization's alone) and a coordinated tail of common words ("&amp; Research") are
 * optional words that a text may leave out; a text that writes a whole name word for word, not
 * through synonyms or plurals, gains a little over namesakes matched only through them. Working
 * arrays are per thread and reused. Immutable and thread-safe.
 */
final class NameResolver {
  private static final float WEAK = 0.15f;
  private static final float LOCATION = 0.2f;
  private static final float FUZZY = 0.95f;
  private static final double CITY_BONUS = 0.05;
  private static final double COUNTRY_BONUS = 0.03;
  /**
   * The least share of a name's weight the text must hold for the name to be scored: below it
   * the score, at most the square of the share plus the location bonuses, cannot come within
   * {@link ResolutionPolicy#MARGIN} of {@link ResolutionPolicy#ACCEPT}, so the name can neither
   * be accepted nor block another.
   */
  private static final double CANDIDATE = Math.sqrt(ResolutionPolicy.ACCEPT
      - ResolutionPolicy.MARGIN - CITY_BONUS - COUNTRY_BONUS) - 1e-3;
  private static final double COUNTRY_CONFLICT = 0.25;
  /** What a city named for a rival, not for the candidate, costs it. */
  private static final double CITY_CONFLICT = 0.1;
  /** What a name's words in another order cost it (as the bonus it does not get). */
  private static final double ORDER = 0.05;
  /**
   * The weight of a match on a label (a name in another language) that is a shorter translation
   * of another name of its organization: a text naming only "University of California" matches
   * the label "Universidad de California" of the system of campuses fully, but says less than the
   * system's own name, so it needs location evidence to be accepted.
   */
  private static final double SHORT_LABEL = 0.85;
  private static final double SUBSUMED = 0.1;
  private static final float DIGITS = 0.1f;
  /**
   * What an optional word of a name weighs, as a share of its word's weight: the organization's
   * own city in a name that is specific without it ("Radboud University Nijmegen"), and a
   * coordinated tail of common words ("Wageningen University &amp; Research"). A text may leave
   * them out.
   */
  private static final float OPTIONAL = 0.05f;
  /** What a text writing a name exactly as the organization does adds to the score. */
  private static final double AS_WRITTEN = 0.04;

  /** Words that link a part's name to its organization's name after it. */
  private static final Set<String> LINKS = Set.of("of", "at", "de", "du", "des", "der", "di",
      "del", "della", "van", "von", "da", "do", "dos", "das", "in");
  private static final int[] NO_IDS = new int[0];
  /** What an organization that is no longer active weighs, as a factor of its names' scores. */
  private static final double INACTIVE = 0.93;

  /** The slots of a name's record in {@link #records}, and its flags. */
  private static final int ORG = 0;
  private static final int NAME = 1;
  private static final int LENGTH = 2;
  private static final int FLAGS = 3;
  private static final int TOTAL = 4;
  private static final int WORDS = 5;
  private static final int OPTIONAL_WORD = Integer.MIN_VALUE;
  /** Marks a posting whose name is posted under several words (see {@link #postings}). */
  private static final int SEVERAL_LISTS = Integer.MIN_VALUE;
  private static final int KIND_BITS = 0xff;
  private static final int FLAG_SHORT_LABEL = 1 << 8;
  private static final int FLAG_QUALIFIED = 1 << 9;
  private static final int FLAG_INACTIVE = 1 << 10;
  private static final NameKind[] KINDS = NameKind.values();

  private final OrganizationTable table;
  private final Analyzer analyzer;
  private final Tables.Words vocabulary;
  private final float[] idf;
  private final int[] df;
  private final boolean[] weak;
  /**
   * The city names of the organizations as word-id phrases, listed under their first word (null
   * for a word that starts none): a place is a whole city name, so "University Park" does not make
   * every "university" a place.
   */
  private final int[][][] cityByFirst;
  /**
   * Whether a word is part of some city's name. Such words weigh less in a text ("university" of
   * "University Park", "medicine" of "Medicine Hat"), which also makes them count less as words a
   * name leaves unexplained.
   */
  private final boolean[] cityWord;
  private final int[] postingStart;
  /**
   * Per word: the offsets in {@link #records} of the names posted under it, each with {@link
   * #SEVERAL_LISTS} set when its name is posted under more words.
   */
  private final int[] postings;
  /**
   * Per posting: the bits (word id modulo 64) of its name's words that a window must hold for the
   * name to be scored, each weighing more than the share of the name a text may leave out. A
   * window whose word mask lacks one of them skips the name without reading its record.
   */
  private final long[] postingNeeds;
  /**
   * The names, one record after another, so that scoring a name reads one stretch of memory
   * rather than a slot of many arrays: its organization ({@link #ORG}), its index ({@link #NAME}),
   * its word count ({@link #LENGTH}), its kind and flags ({@link #FLAGS}), its total weight
   * ({@link #TOTAL}, float bits), then its word ids ({@link #WORDS}), each with {@link #OPTIONAL_WORD}
   * set when the word is optional (see {@link #OPTIONAL}).
   */
  private final int[] records;
  /** Per name: the offset of its record in {@link #records}. */
  private final int[] recordOf;
  private final float[] tokenWeight;
  private final float unknownIdf;
  private final ThreadLocal<Scratch> scratch;
  private final float specific;
  private final FuzzyIndex fuzzy;

  private final Name[] names;
  /**
   * How many parts (between commas and the like) a name's own words come in: a text matching
   * "University of California, Irvine" across a comma follows the name, not two parts of the text.
   */
  private final int[] nameParts;
  /** Per name: whether it names a country or region ("University of Queensland"). */
  private final boolean[] namePlace;
  /** Per name: a hash of its words as written (folded, without stop words or synonyms). */
  private final int[] nameWritten;
  /** Whether a word begins the name of a part of an organization ("department", "school"). */
  private final boolean[] headWord;
  /** Whether no other organization has a name with the same words (an acronym of one only). */
  private final boolean[] nameUnique;
  private final boolean[] unitWord;
  /** The words of each organization's city, as word ids. */
  private final int[][] orgCity;

  NameResolver(OrganizationTable table, Lexicon lexicon, Analyzer analyzer) {
    this.table = table;
    this.analyzer = analyzer;
    int n = table.size();
    Map<String, Integer> vocab = new HashMap<>();
    List<String> vocabList = new ArrayList<>();
    List<int[]> tokensList = new ArrayList<>();
    List<Name> namesList = new ArrayList<>();
    List<Integer> orgList = new ArrayList<>();
    List<Boolean> qualifiedList = new ArrayList<>();
    List<Integer> partsList = new ArrayList<>();
    List<int[]> cityAtList = new ArrayList<>();
    List<Integer> tailList = new ArrayList<>();
    List<Integer> writtenList = new ArrayList<>();
    List<Boolean> placeList = new ArrayList<>();
    this.orgCity = new int[n][];
    Map<String, int[]> cities = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Organization o = table.get(i);
      orgCity[i] = NO_IDS;
      if (o.location().isPresent()) {
        Optional<String> city = o.location().get().city();
        if (city.isPresent()) {
          orgCity[i] = cities.computeIfAbsent(city.get(),
              c -> nameIds(analyzer.analyze(c), vocab, vocabList));
        }
      }
      List<int[]> seen = new ArrayList<>();
      for (Name name : o.names()) {
        Analyzer.Analyzed raw = Analyzer.raw(name.value());
        int written = asWritten(raw);
        Analyzer.Analyzed a = analyzer.analyze(raw);
        int[] ids = nameIds(a, vocab, vocabList);
        boolean qualified = ids.length < a.size;
        if (ids.length == 0 || seen.stream().anyMatch(s -> Arrays.equals(s, ids))) {
          continue;
        }
        seen.add(ids);
        partsList.add(parts(a));
        cityAtList.add(ids.length == a.size ? positions(ids, orgCity[i]) : NO_IDS);
        tailList.add(ids.length == a.size ? tailWords(name.value(), ids.length) : 0);
        writtenList.add(written);
        boolean place = false;
        for (int p = 0; p < a.size; p++) {
          place |= a.location[p];
        }
        placeList.add(place);
        tokensList.add(ids);
        namesList.add(name);
        orgList.add(i);
        qualifiedList.add(qualified);
      }
    }
    String[] words = vocabList.toArray(String[]::new);
    PackedTexts packed = new PackedTexts(words);
    this.vocabulary = new Tables.Words(packed);
    int v = words.length;
    this.weak = new boolean[v];
    this.unitWord = new boolean[v];
    this.headWord = new boolean[v];
    for (int t = 0; t < v; t++) {
      weak[t] = lexicon.weak.contains(words[t]);
      unitWord[t] = lexicon.units.contains(words[t]);
      headWord[t] = lexicon.heads.contains(words[t]);
    }
    this.cityByFirst = new int[v][][];
    this.cityWord = new boolean[v];
    for (int[] city : cities.values()) {
      for (int t : city) {
        cityWord[t] = true;
      }
      if (city.length > 0) {
        int[][] list = cityByFirst[city[0]];
        list = list == null ? new int[1][] : Arrays.copyOf(list, list.length + 1);
        list[list.length - 1] = city;
        cityByFirst[city[0]] = list;
      }
    }

    int names = tokensList.size();
    int[] nameOrg = new int[names];
    this.names = namesList.toArray(Name[]::new);
    int[][] nameTokens = tokensList.toArray(int[][]::new);
    int[] nameTokenStart = new int[names + 1];
    for (int k = 0; k < names; k++) {
      nameTokenStart[k + 1] = nameTokenStart[k] + nameTokens[k].length;
    }
    int[] nameTokenIds = new int[nameTokenStart[names]];
    for (int k = 0; k < names; k++) {
      System.arraycopy(nameTokens[k], 0, nameTokenIds, nameTokenStart[k], nameTokens[k].length);
    }
    this.nameWritten = writtenList.stream().mapToInt(Integer::intValue).toArray();
    this.namePlace = new boolean[names];
    for (int k = 0; k < names; k++) {
      namePlace[k] = placeList.get(k);
    }
    this.nameParts = new int[names];
    for (int k = 0; k < names; k++) {
      nameParts[k] = partsList.get(k);
    }

    // A label (a name in another language) whose words are all in a longer display name or
    // alias of the same organization is a less specific translation of it ("Universidad de
    // California" beside "University of California System"); a longer label is only another
    // language's fuller form ("Università degli Studi di Genova" beside "Universitat de Gènova").
    boolean[] nameShortLabel = new boolean[names];
    for (int k = 0; k < names; k++) {
      if (this.names[k].kind() != NameKind.LABEL) {
        continue;
      }
      for (int o = k - 1; o >= 0 && orgList.get(o).equals(orgList.get(k)); o--) {
        nameShortLabel[k] |= this.names[o].kind() != NameKind.LABEL
            && isStrictSubset(nameTokens[k], nameTokens[o]);
      }
      for (int o = k + 1; o < names && orgList.get(o).equals(orgList.get(k)); o++) {
        nameShortLabel[k] |= this.names[o].kind() != NameKind.LABEL
            && isStrictSubset(nameTokens[k], nameTokens[o]);
      }
    }
    this.nameUnique = new boolean[names];
    Map<Long, Integer> nameOwners = new HashMap<>();
    long[] wordsKey = new long[names];
    for (int k = 0; k < names; k++) {
      wordsKey[k] = key(nameTokens[k]);
      owner(nameOwners, wordsKey[k], orgList.get(k));
    }
    for (int k = 0; k < names; k++) {
      nameUnique[k] = nameOwners.get(wordsKey[k]) >= 0;
    }
    this.df = new int[v];
    int[] lastOrg = new int[v];
    Arrays.fill(lastOrg, -1);
    for (int k = 0; k < names; k++) {
      nameOrg[k] = orgList.get(k);
      for (int t : nameTokens[k]) {
        if (lastOrg[t] != nameOrg[k]) {
          lastOrg[t] = nameOrg[k];
          df[t]++;
        }
      }
    }
    this.idf = new float[v];
    this.tokenWeight = new float[v];
    for (int t = 0; t < v; t++) {
      idf[t] = (float) Math.log(1 + (double) Math.max(n, 1) / Math.max(df[t], 1));
      tokenWeight[t] = idf[t] * (weak[t] ? WEAK : 1f);
    }
    this.unknownIdf = (float) (0.7 * Math.log(1 + Math.max(n, 1)));
    this.specific = (float) (0.75 * Math.log(1 + Math.max(n, 1)));
    boolean[] nameOptional = new boolean[nameTokenIds.length];
    // A name's words without its optional ones must still tell its organization apart: the
    // campuses "University of California, Berkeley" and "University of California, Irvine" keep
    // their cities. Count the organizations each shortened form (and each whole name) belongs to.
    Map<Long, Integer> shortOwners = new HashMap<>();
    for (int k = 0; k < names; k++) {
      owner(shortOwners, wordsKey[k], orgList.get(k));
      for (int[] rest : shortened(nameTokens[k], cityAtList.get(k), tailList.get(k))) {
        owner(shortOwners, key(rest), orgList.get(k));
      }
    }
    for (int k = 0; k < names; k++) {
      markOptional(k, nameTokenStart, nameTokenIds, nameOptional, cityAtList.get(k), tailList.get(k),
          shortOwners);
    }
    float[] nameTotal = new float[names];
    // Prefix filtering: a name can only reach CANDIDATE coverage if the text holds one of its
    // heaviest words, taken until the rest weighs less than (1 - CANDIDATE) of the name. Each
    // name is posted under those words only, so common words have short posting lists.
    int[][] prefixes = new int[names][];
    int[] postingCount = new int[v];
    for (int k = 0; k < names; k++) {
      int[] toks = nameTokens[k];
      float total = 0;
      Map<Integer, Float> weightOf = new HashMap<>();
      for (int j = 0; j < toks.length; j++) {
        float w = weight(toks[j], nameOptional[nameTokenStart[k] + j]);
        total += w;
        weightOf.merge(toks[j], w, Float::sum);
      }
      nameTotal[k] = total;
      int[] order = Arrays.stream(toks).distinct().boxed()
          .sorted((a, b) -> a.equals(b) ? 0 : !weightOf.get(a).equals(weightOf.get(b))
              ? Float.compare(weightOf.get(b), weightOf.get(a)) : Integer.compare(a, b))
          .mapToInt(Integer::intValue).toArray();
      double covered = 0;
      int m = 0;
      while (m < order.length && covered <= (1 - CANDIDATE) * total) {
        covered += weightOf.get(order[m++]);
      }
      prefixes[k] = Arrays.copyOf(order, m);
      for (int t : prefixes[k]) {
        postingCount[t]++;
      }
    }
    this.postingStart = new int[v + 1];
    for (int t = 0; t < v; t++) {
      postingStart[t + 1] = postingStart[t] + postingCount[t];
    }
    // Records lie grouped by the first word their name is posted under (its heaviest), in name
    // order within a group: the names of a posting list sit side by side, so a window reads them
    // in a few stretches of memory rather than one here and one there (hundreds of "UMR nnnn"
    // aliases alike). Posting lists keep name order, so names are scored in the same order.
    // A counting sort by that word, stable: linear in the names.
    int[] group = new int[v + 1];
    for (int k = 0; k < names; k++) {
      group[prefixes[k][0] + 1]++;
    }
    for (int t = 0; t < v; t++) {
      group[t + 1] += group[t];
    }
    int[] layout = new int[names];
    for (int k = 0; k < names; k++) {
      layout[group[prefixes[k][0]]++] = k;
    }
    this.recordOf = new int[names];
    this.records = new int[names * WORDS + nameTokenIds.length];
    for (int i = 0, r = 0; i < names; i++) {
      int k = layout[i];
      int first = nameTokenStart[k];
      int length = nameTokenStart[k + 1] - first;
      recordOf[k] = r;
      records[r + ORG] = nameOrg[k];
      records[r + NAME] = k;
      records[r + LENGTH] = length;
      records[r + FLAGS] = this.names[k].kind().ordinal()
          | (nameShortLabel[k] ? FLAG_SHORT_LABEL : 0) | (qualifiedList.get(k) ? FLAG_QUALIFIED : 0)
          | (table.get(nameOrg[k]).status() == OrganizationStatus.ACTIVE ? 0 : FLAG_INACTIVE);
      records[r + TOTAL] = Float.floatToRawIntBits(nameTotal[k]);
      for (int j = 0; j < length; j++) {
        records[r + WORDS + j] = nameTokenIds[first + j] | (nameOptional[first + j] ? OPTIONAL_WORD : 0);
      }
      r += WORDS + length;
    }
    this.postings = new int[postingStart[v]];
    this.postingNeeds = new long[postingStart[v]];
    int[] fill = Arrays.copyOf(postingStart, v);
    for (int k = 0; k < names; k++) {
      // As scoreName counts: a word weighing more than the share a text may leave out rejects
      // the name when missing.
      float missing = (float) ((1 - CANDIDATE) * nameTotal[k]);
      long needs = 0;
      for (int j = nameTokenStart[k]; j < nameTokenStart[k + 1]; j++) {
        if (weight(nameTokenIds[j], nameOptional[j]) > missing) {
          needs |= 1L << nameTokenIds[j];
        }
      }
      for (int t : prefixes[k]) {
        postingNeeds[fill[t]] = needs;
        postings[fill[t]++] = recordOf[k] | (prefixes[k].length > 1 ? SEVERAL_LISTS : 0);
      }
    }
    this.fuzzy = new FuzzyIndex(words, packed, 5);
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(n));
  }

  /** The weight of a word in a name, lowered when it is optional there. */
  private float weight(int word, boolean optional) {
    return tokenWeight[word] * (optional ? OPTIONAL : 1f);
  }

  /**
   * Marks the optional words of name k: its organization's city, where the rest of the name is
   * specific on its own, and a coordinated tail of common words after a specific head. The words
   * of all names lie one name after another in {@code nameTokenIds}, name k's from {@code
   * nameTokenStart[k]}; {@code nameOptional} is marked at the same positions.
   */
  private void markOptional(int k, int[] nameTokenStart, int[] nameTokenIds, boolean[] nameOptional,
      int[] cityAt, int tail, Map<Long, Integer> owners) {
    int first = nameTokenStart[k];
    int length = nameTokenStart[k + 1] - first;
    int[] ids = Arrays.copyOfRange(nameTokenIds, first, first + length);
    List<int[]> rests = shortened(ids, cityAt, tail);
    if (cityAt.length > 0 && owners.get(key(rests.get(0))) >= 0
        && !namesAPart(rests.get(0)) && holdsARareWord(rests.get(0))) {
      float rest = 0;
      for (int j = 0; j < length; j++) {
        if (indexOf(cityAt, j) < 0) {
          rest += tokenWeight[nameTokenIds[first + j]];
        }
      }
      if (rest >= specific) {
        for (int j : cityAt) {
          nameOptional[first + j] = true;
        }
      }
    }
    if (tail > 0 && tail < length) {
      float head = 0;
      boolean common = true;
      for (int j = 0; j < length; j++) {
        int t = nameTokenIds[first + j];
        if (j < length - tail) {
          head += tokenWeight[t];
        } else {
          common &= idf[t] < specific / 2;
        }
      }
      if (common && head >= specific && !namesAPart(rests.get(rests.size() - 1))
          && owners.get(key(rests.get(rests.size() - 1))) >= 0) {
        for (int j = length - tail; j < length; j++) {
          nameOptional[first + j] = true;
        }
      }
    }
  }

  /**
   * Tells whether words hold one that begins a unit's name: "Mathematical Institute" of
   * "Chennai Mathematical Institute" is what many departments are called, so such a name keeps
   * its city.
   */
  private boolean namesAPart(int[] ids) {
    for (int t : ids) {
      if (headWord[t]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether words hold one that few organizations' names hold (a proper name such as
   * "Radboud"), so that they tell an organization apart without its city; "Population Health"
   * of "Bordeaux Population Health" does not.
   */
  private boolean holdsARareWord(int[] ids) {
    for (int t : ids) {
      if (idf[t] >= specific) {
        return true;
      }
    }
    return false;
  }

  /** A 64-bit key of a list of word ids (FNV-1a over the ids and the length). */
  private static long key(int[] ids) {
    long h = 0xcbf29ce484222325L ^ ids.length;
    for (int t : ids) {
      h = (h ^ t) * 0x100000001b3L;
    }
    return h;
  }

  /** Records that a word list belongs to an organization; -1 when it belongs to several. */
  private static void owner(Map<Long, Integer> owners, long words, int org) {
    Integer o = owners.get(words);
    owners.put(words, o == null || o == org ? org : -1);
  }

  /**
   * A name's word ids without its city (first, when the city is in it) and without its
   * coordinated tail (last, when it has one).
   */
  private static List<int[]> shortened(int[] ids, int[] cityAt, int tail) {
    List<int[]> out = new ArrayList<>(2);
    if (cityAt.length > 0) {
      int[] rest = new int[ids.length - cityAt.length];
      for (int j = 0, r = 0; j < ids.length; j++) {
        if (indexOf(cityAt, j) < 0) {
          rest[r++] = ids[j];
        }
      }
      out.add(rest);
    }
    if (tail > 0 && tail < ids.length) {
      out.add(Arrays.copyOf(ids, ids.length - tail));
    }
    return out;
  }

  /** The positions in a name's word ids where a city's words occur in a row, or none. */
  private static int[] positions(int[] ids, int[] city) {
    for (int p = 0; city.length > 0 && p + city.length <= ids.length; p++) {
      boolean match = true;
      for (int c = 0; c < city.length && match; c++) {
        match = ids[p + c] == city[c];
      }
      if (match) {
        int[] at = new int[city.length];
        for (int c = 0; c < city.length; c++) {
          at[c] = p + c;
        }
        return at;
      }
    }
    return NO_IDS;
  }

  /** Words that join two names, or two parts of a name, in the registry's languages. */
  private static final Set<String> CONJUNCTIONS = Set.of("and", "en", "und", "et", "y", "e");

  /** The conjunctions as written between words of a name, and the ampersand. */
  private static final String[] JOINS = Stream.concat(Stream.of("&"),
      CONJUNCTIONS.stream().map(c -> " " + c + " ")).toArray(String[]::new);

  /**
   * The number of analysed words after a name's last conjunction ("Research" of "Wageningen
   * University &amp; Research"), or 0 when it has none or the tail is not a plain phrase.
   */
  private int tailWords(String name, int words) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    int at = -1;
    int end = -1;
    for (String c : JOINS) {
      int i = lower.lastIndexOf(c);
      if (i > at) {
        at = i;
        end = i + c.length();
      }
    }
    if (at <= 0) {
      return 0;
    }
    String tail = name.substring(end);
    Analyzer.Analyzed a = analyzer.analyze(tail);
    return a.segments == 1 && a.size < words ? a.size : 0;
  }

  /** The most words on either side of a conjunction that {@link #splitCoordinated} reads. */
  private static final int COORDINATED_MAX = 12;

  /**
   * Ends a part of a split text at a conjunction written between two names ({@link #namesTwo}),
   * when the part as a whole is no name: "University of Groningen and University Medical
   * Center Groningen" names two organizations, as if a comma stood there, while "Wageningen
   * University and Research" and "H. Lee Moffitt Cancer Center and Research Institute" are one
   * name each. Each side is read only up to {@link #COORDINATED_MAX} words, so the time stays
   * linear in the text.
   */
  private static void splitCoordinated(Analyzer.Analyzed raw, ExactLookup exact) {
    // The segments as split; copied when the first split starts changing them.
    int[] segment = raw.segment;
    int partStart = 0;
    int shift = 0;
    for (int i = 0; i < raw.size; i++) {
      int seg = segment[i];
      raw.segment[i] = seg + shift;
      if (i > 0 && seg != segment[i - 1]) {
        partStart = i;
      }
      if (i == partStart || i - partStart > COORDINATED_MAX || raw.words[i].length() > 3
          || !CONJUNCTIONS.contains(raw.words[i])) {
        continue;
      }
      int partEnd = i + 1;
      while (partEnd < raw.size && segment[partEnd] == seg && partEnd - i <= COORDINATED_MAX) {
        partEnd++;
      }
      if (partEnd > i + 1 && (partEnd == raw.size || segment[partEnd] != seg)
          && namesTwo(raw, partStart, i, partEnd, exact)) {
        // The conjunction stays with the first name; the second begins a part.
        if (shift++ == 0) {
          segment = Arrays.copyOf(raw.segment, raw.size);
        }
        partStart = i + 1;
      }
    }
    raw.segments += shift;
  }

  /**
   * Ends a part of a split text before the acronym of its host written last after "at", as in
   * "David Geffen School of Medicine at UCLA" or "Dementia Research Institute at UCL": the
   * acronym, in capitals and written as some organization writes a name, is read as a part of its
   * own, as if a comma stood before it, unless the part as a whole is a name. "University of Texas
   * at Austin" is unchanged: its last word is no acronym. One pass over the words.
   */
  private static void splitHost(Analyzer.Analyzed raw, ExactLookup exact) {
    int partStart = 0;
    int shift = 0;
    for (int i = 0; i < raw.size; i++) {
      int seg = raw.segment[i];
      if (i > 0 && seg + shift != raw.segment[i - 1]) {
        partStart = i;
      }
      raw.segment[i] = seg + shift;
      int acronym = i + 1;
      if (i > partStart && acronym < raw.size && raw.segment[acronym] == seg
          && raw.upper[acronym] && raw.words[i].equals("at")
          && (acronym + 1 == raw.size || raw.segment[acronym + 1] != seg)
          && exact.isWrittenName(raw.text, raw.start[acronym], raw.end[acronym])
          && !exact.isName(raw.text.substring(raw.start[partStart], raw.end[acronym]))) {
        shift++;
      }
    }
    raw.segments += shift;
  }

  /**
   * Tells whether the words before a conjunction at {@code at}, from {@code from}, and the words
   * after it, to {@code to}, are two names and the whole is none. One side must be written as
   * some organization writes a name (a fingerprint of its characters, read without allocating);
   * only then is the other side, and the whole, read as {@link ExactLookup#byName} reads names.
   */
  private static boolean namesTwo(Analyzer.Analyzed raw, int from, int at, int to,
      ExactLookup exact) {
    String text = raw.text;
    int leftEnd = raw.end[at - 1];
    int rightStart = raw.start[at + 1];
    boolean left = exact.isWrittenName(text, raw.start[from], leftEnd);
    if (!left && !exact.isWrittenName(text, rightStart, raw.end[to - 1])) {
      return false;
    }
    return (left ? exact.isName(text.substring(rightStart, raw.end[to - 1]))
        : exact.isName(text.substring(raw.start[from], leftEnd)))
        && !exact.isName(text.substring(raw.start[from], raw.end[to - 1]));
  }

  /** A hash of the words of a split text as written: folded, without stop words or synonyms. */
  private int asWritten(Analyzer.Analyzed raw) {
    return writtenWords(raw, 0, raw.size);
  }

  /** The same hash over the words of a split text that lie within [start, end). */
  private int asWritten(Analyzer.Analyzed raw, int start, int end) {
    int from = 0;
    while (from < raw.size && raw.start[from] < start) {
      from++;
    }
    int to = from;
    while (to < raw.size && raw.end[to] <= end) {
      to++;
    }
    return writtenWords(raw, from, to);
  }

  /** The same hash over the words {@code from} to {@code to} of a split text. */
  private int writtenWords(Analyzer.Analyzed raw, int from, int to) {
    int hash = 1;
    for (int p = from; p < to; p++) {
      if (!analyzer.isStopword(raw.words[p])) {
        hash = 31 * hash + raw.words[p].hashCode();
      }
    }
    return hash;
  }

  /** Tells whether a folded word is a word of some name, or a stop word. */
  private boolean isKnown(String word) {
    return vocabulary.get(word) >= 0 || vocabulary.get(Analyzer.stem(word)) >= 0
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
    splitCoordinated(raw, exact);
    splitHost(raw, exact);
    Query q = new Query(analyzer.analyze(raw), scratch.get());
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
      locate(q, h);
      if (h.nameCov > 0.999f && !h.gaps && h.ordered) {
        if (h.start != writtenStart || h.end != writtenEnd) {
          writtenStart = h.start;
          writtenEnd = h.end;
          written = asWritten(q.a.raw, h.start, h.end);
        }
        if (written == nameWritten[h.name]) {
          h.score += AS_WRITTEN;
          h.asWritten = true;
        }
      }
    }
    ranked = best(ranked, 64);
    Hit[] kept = ranked.toArray(new Hit[0]);
    int n = kept.length;
    cityContradictions(kept);
    for (int i = 0; i < n; i++) {
      support(q, kept[i]);
    }
    for (int i = 0; i < n; i++) {
      commonNameBesideAnother(kept[i], kept);
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
            && extendsBeyondLocation(q, a, b)) {
          b.score -= SUBSUMED;
          if (b.inside == null) {
            b.inside = new ArrayList<>(2);
          }
          b.inside.add(a);
        }
      }
    }
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
          scoreWindow(q, from, Math.min(to, from + 64), found);
        }
      }
    }
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
      int[] city = orgCity[h.org];
      if (city.length == 0) {
        continue;
      }
      for (Hit o : ranked) {
        if (o.city >= 0 && o.start < h.end && h.start < o.end && o != h
            && orgCity[o.org] != city && !table.inOneChain(h.org, o.org)) {
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
          : nameUnique[h.name] ? AcronymSupport.UNIQUE : AcronymSupport.NONE;
      h.unsupported = h.acronymSupport == AcronymSupport.NONE;
    }
    // A name has at least one part: a match within one part of the text is read no further.
    int parts = located ? 0 : partsOf(q, h);
    if (parts > 1 && parts > nameParts[h.name] && !namesUnitFirst(q, h)
        && !endsWithOwnCityPart(q, h)) {
      h.spansParts = true;
      h.unsupported = true;
    }
  }

  /** What supports a hit on an acronym (see {@link #support}). */
  enum AcronymSupport {
    /** Nothing, or another country or city is named instead. */
    NONE,
    /** Its organization's city or country is named. */
    LOCATION,
    /** It is the acronym of one organization only. */
    UNIQUE
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
      other = o != h && !o.unsupported && o.score >= ResolutionPolicy.ACCEPT
          && (o.end <= h.start || h.end <= o.start);
    }
    if (!other || !isCommonName(h)) {
      return;
    }
    for (Hit o : ranked) {
      if (o != h && !o.unsupported && o.score >= ResolutionPolicy.ACCEPT && !isCommonName(o)
          && (o.end <= h.start || h.end <= o.start) && !table.inOneChain(h.org, o.org)) {
        h.unsupported = true;
        h.unitOf = o.org;
        return;
      }
    }
  }

  /**
   * Tells whether a hit's name holds only common words: no rare word, no city, no country or
   * region, not an acronym. Read from the name's record when first asked, for the few hits whose
   * support depends on it.
   */
  private boolean isCommonName(Hit h) {
    if (h.commonName == 0) {
      h.commonName = commonName(h.name) ? (byte) 1 : (byte) -1;
    }
    return h.commonName > 0;
  }

  /** Tells whether a name holds only common words ({@link #isCommonName(Hit)}). */
  private boolean commonName(int name) {
    int record = recordOf[name];
    if (KINDS[records[record + FLAGS] & KIND_BITS] == NameKind.ACRONYM || namePlace[name]) {
      return false;
    }
    int words = record + WORDS;
    for (int j = words; j < words + records[record + LENGTH]; j++) {
      int t = records[j] & ~OPTIONAL_WORD;
      if (records[j] >= 0 && (idf[t] >= specific || cityWord[t])) {
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
        if (q.ids[p] >= 0 && unitWord[q.ids[p]]) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Tells whether the words after a name, to the end of its window, name a part of it: one of
   * the first three begins a part's name ("Whiting School of Engineering", "Faculty of Science").
   */
  private boolean partAfter(Query q, int from, int to) {
    for (int p = from; p < Math.min(to, from + 3); p++) {
      if (q.beginsAPart(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether the words before a name, from the start of its window, name a part of it: they
   * begin with a word that begins a part's name ("Department of Physics University of Bergen"),
   * or hold one and end in a word that links a part to its organization ("Research Institute of
   * Xiamen University", "Center for Genomics at the University of Virginia").
   */
  private boolean partBefore(Query q, int from, int to) {
    if (q.beginsAPart(from)) {
      return true;
    }
    boolean head = false;
    for (int p = from + 1; p < to && !head; p++) {
      head = q.beginsAPart(p);
    }
    if (!head) {
      return false;
    }
    Analyzer.Analyzed raw = q.a.raw;
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
   * Tells whether the last part of the text a hit spans is its organization's city and nothing
   * else, as in "Radboud University, Nijmegen" for Radboud University Nijmegen: a name whose city
   * is written as the place after it.
   */
  private boolean endsWithOwnCityPart(Query q, Hit h) {
    int[] city = orgCity[h.org];
    if (city == null || city.length == 0) {
      return false;
    }
    int last = -1;
    for (int p = 0; p < q.ids.length; p++) {
      if (q.a.start[p] >= h.start && q.a.end[p] <= h.end) {
        last = p;
      }
    }
    if (last < 0) {
      return false;
    }
    int first = last;
    while (first > 0 && q.a.segment[first - 1] == q.a.segment[last]) {
      first--;
    }
    if (last + 1 < q.ids.length && q.a.segment[last + 1] == q.a.segment[last]
        || last - first + 1 != city.length || q.a.start[first] < h.start) {
      return false;
    }
    for (int k = 0; k < city.length; k++) {
      if (q.ids[first + k] != city[k]) {
        return false;
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

  /** Counts the segments of an analysed name that {@link #nameIds} keeps (not only places). */
  private static int parts(Analyzer.Analyzed a) {
    boolean[] location = locationSegments(a);
    int parts = 0;
    for (int s = 0; s < a.segments; s++) {
      if (s == 0 || !location[s]) {
        parts++;
      }
    }
    return Math.max(parts, 1);
  }

  /** Tells whether a name holds a word. */
  private boolean holds(int name, int word) {
    int words = recordOf[name] + WORDS;
    for (int j = words; j < words + records[recordOf[name] + LENGTH]; j++) {
      if ((records[j] & ~OPTIONAL_WORD) == word) {
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
    c = Float.compare(y.prior, x.prior);
    return c != 0 ? c : Integer.compare(x.keyOrder, y.keyOrder);
  }

  /** The analysed query with its word ids, fuzzy alternatives and weights. */
  private final class Query {
    final Analyzer.Analyzed a;
    final int[] ids;
    final int[][] near;
    final float[] weight;
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

    Query(Analyzer.Analyzed a, Scratch scratch) {
      this.a = a;
      this.scratch = scratch;
      int n = a.size;
      ids = new int[n];
      near = new int[n][];
      weight = new float[n];
      city = new boolean[n];
      long bits = 0;
      for (int p = 0; p < n; p++) {
        ids[p] = vocabulary.get(a.words[p]);
        if (ids[p] >= 0) {
          bits |= 1L << ids[p];
        }
      }
      known = bits;
      for (int p = 0; p < n; p++) {
        int[][] phrases = ids[p] < 0 ? null : cityByFirst[ids[p]];
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
        near[p] = id < 0 ? fuzzy.near(a.words[p]) : NO_IDS;
        float w;
        if (id >= 0) {
          w = tokenWeight[id];
        } else if (near[p].length > 0) {
          w = idf[near[p][0]];
        } else {
          w = unknownIdf;
        }
        if (a.location[p] || (id >= 0 && cityWord[id])) {
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
      return ids[p] >= 0 ? headWord[ids[p]] : analyzer.beginsAPart(a.words[p]);
    }

    /** The countries the text names outside a span, as {@link #countriesBeside} lists them. */
    List<String> countriesBeside(int start, int end) {
      // The list depends only on which mentions the span holds: one bit each (the 64th and
      // later share a bit, and a span holding one of them is listed afresh).
      int mentions = a.countrySpans.size();
      long held = 0;
      for (int c = 0; c < mentions; c++) {
        int[] span = a.countrySpans.get(c);
        if (span[0] < end && start < span[1]) {
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
     * Tells whether a short word reads as a region code ("MN" of "Minneapolis, MN", "Boston MA"):
     * alone in its part or after a place name; before a place name it is a name's first word
     * ("KU Leuven").
     */
    private boolean stateCode(int p) {
      boolean alone = (p == 0 || a.segment[p - 1] != a.segment[p])
          && (p + 1 == a.size || a.segment[p + 1] != a.segment[p]);
      return alone || p > 0 && a.segment[p - 1] == a.segment[p] && (a.location[p - 1] || city[p - 1]);
    }
  }

  /** The best match of one organization in a text: the name, the span, the score, the evidence. */
  static final class Hit {
    final int org;
    /** The organization's prior, for ordering ties. */
    final float prior;
    /** The organization's position in key order, for ordering ties ({@link OrganizationTable#keyOrder}). */
    final int keyOrder;
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
     * ({@link #cityContradictions}).
     */
    int cityOf = -1;
    /** Whether the text writes the whole name as the organization does ({@link #AS_WRITTEN}). */
    boolean asWritten;
    /**
     * Whether the name matched holds only common words ({@link #commonName(int)}): 1 if so, -1 if
     * not, 0 until asked ({@link #isCommonName(Hit)}).
     */
    byte commonName;
    boolean unsupported;
    /** What supports a hit on an acronym; null for a hit on another kind of name. */
    AcronymSupport acronymSupport;
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
     * The evidence the policy adds ({@link ResolutionPolicy}); {@link #evidence} writes what the
     * resolver found before it.
     */
    final List<Evidence> evidence = new ArrayList<>();

    Hit(int org, float prior, int keyOrder, Query query) {
      this.org = org;
      this.prior = prior;
      this.keyOrder = keyOrder;
      this.query = query;
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
    return new Candidate(table.get(h.org), Math.round(h.score * 1000) / 1000.0, names[h.name],
        matched, h.start, h.end, evidence(h, text, matched));
  }

  /**
   * The evidence of a hit: what the resolver found (location, the name as written, word order,
   * a rival's city, support, a unit of another organization, longer matches holding it), in
   * that order, then what the policy added.
   */
  private List<Evidence> evidence(Hit h, String text, String matched) {
    List<Evidence> out = new ArrayList<>(4 + h.evidence.size());
    if (h.city >= 0) {
      String name = city(h.org);
      out.add(new Evidence(Evidence.Kind.CITY_NAMED, name, name, CITY_BONUS));
    }
    if (h.country > 0) {
      String country = table.country(h.org);
      out.add(new Evidence(Evidence.Kind.COUNTRY_NAMED, country, country, COUNTRY_BONUS));
    } else if (h.country < 0) {
      out.add(new Evidence(Evidence.Kind.COUNTRY_CONTRADICTS,
          String.join("/", h.query.countriesBeside(h.start, h.end)), table.country(h.org),
          -COUNTRY_CONFLICT));
    }
    if (h.asWritten) {
      out.add(new Evidence(Evidence.Kind.AS_WRITTEN, matched, names[h.name].value(), AS_WRITTEN));
    }
    if (!h.ordered) {
      out.add(new Evidence(Evidence.Kind.WORD_ORDER, matched, names[h.name].value(), -ORDER));
    }
    if (h.cityOf >= 0) {
      out.add(new Evidence(Evidence.Kind.CITY_CONTRADICTS, city(h.cityOf), city(h.org),
          -CITY_CONFLICT));
    }
    if (h.acronymSupport == AcronymSupport.NONE) {
      out.add(new Evidence(Evidence.Kind.UNSUPPORTED, matched, "", 0));
    } else if (h.acronymSupport == AcronymSupport.LOCATION) {
      out.add(new Evidence(Evidence.Kind.SUPPORTED, "its location", "", 0));
    } else if (h.acronymSupport == AcronymSupport.UNIQUE) {
      out.add(new Evidence(Evidence.Kind.SUPPORTED, "being the acronym of one organization only",
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
          -SUBSUMED));
    }
    out.addAll(h.evidence);
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
        || Folding.key(names[a.name].value()).equals(Folding.key(names[b.name].value()));
  }

  /** Tells whether a hit's text is written exactly as its organization's display name. */
  boolean writtenAsDisplayName(Hit h) {
    return h.asWritten && names[h.name].kind() == NameKind.DISPLAY;
  }

  private void scoreWindow(Query q, int from, int to, List<Hit> hits) {
    Scratch scratch = q.scratch;
    scratch.nextWindow();
    boolean anyNear = false;
    // One bit per word id modulo 64 of the window's words and their fuzzy alternatives: a name's
    // word whose bit is clear is not in the window, and scoring skips looking for it.
    long present = 0;
    for (int p = from; p < to; p++) {
      anyNear |= q.near[p].length > 0;
      if (q.ids[p] >= 0) {
        present |= 1L << q.ids[p];
      }
      for (int f : q.near[p]) {
        present |= 1L << f;
      }
    }
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
    int touched = 0;
    for (int i = 0; i < count; i++) {
      touched += records[batch[i] + LENGTH];
    }
    scratch.touched = touched;
    for (int i = 0; i < count; i++) {
      scoreName(q, batch[i], from, to, anyNear, present, hits);
    }
  }

  /**
   * Appends to the scratch batch the records posted under a word that the window has not met, of
   * names whose needed words the window may hold ({@link #postingNeeds}).
   */
  private int collect(int word, long present, Scratch scratch, int count) {
    int end = postingStart[word + 1];
    for (int e = postingStart[word]; e < end; e++) {
      int posting = postings[e];
      int record = posting & ~SEVERAL_LISTS;
      // A name posted under this word only is met once per window: its list is read once.
      if ((postingNeeds[e] & ~present) == 0
          && (posting >= 0 || scratch.meet(record, count))) {
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

    /** Starts a window: no record met. */
    void nextWindow() {
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
   * Scores the name whose record starts at an offset of {@link #records} against a window.
   *
   * @param present the bits of the window's words and their alternatives (see {@link #scoreWindow})
   */
  private void scoreName(Query q, int record, int from, int to, boolean anyNear, long present,
      List<Hit> hits) {
    int[] r = records;
    int length = r[record + LENGTH];
    int words = record + WORDS;
    float total = Float.intBitsToFloat(r[record + TOTAL]);
    long used = 0;
    float matched = 0;
    int count = 0;
    int minP = Integer.MAX_VALUE;
    int maxP = -1;
    boolean allUpper = true;
    boolean ordered = true;
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
      float weight = weight(t, word < 0);
      if (found >= 0) {
        used |= 1L << (found - from);
        matched += weight * (near ? FUZZY : 1f);
        count++;
        minP = Math.min(minP, found);
        maxP = Math.max(maxP, found);
        allUpper &= q.a.upper[found] && !q.a.location[found];
        ordered &= found > last;
        last = found;
      } else {
        missing -= weight;
        if (missing < 0) {
          return;
        }
      }
    }
    float nameCov = matched / total;
    if (nameCov < CANDIDATE) {
      return;
    }
    int flags = r[record + FLAGS];
    NameKind kind = KINDS[flags & KIND_BITS];
    if (kind == NameKind.ACRONYM && !allUpper && to - from != length) {
      return;
    }
    if (kind == NameKind.ACRONYM && count == 1 && analyzer.abbreviatesWordsBefore(q.a, minP)) {
      return;
    }
    // A university's name written whole beside the name of one of its parts, in the same part of
    // the text ("Johns Hopkins University Whiting School of Engineering", "Research Institute of
    // Xiamen University"): the part's words neither count against the name nor make it a unit's.
    int countFrom = from;
    int countTo = to;
    if (count == length && length >= 2 && count == maxP - minP + 1 && ordered
        && (minP > from || maxP + 1 < to) && table.isUniversity(r[record + ORG])) {
      countTo = maxP + 1 < to && partAfter(q, maxP + 1, to) ? maxP + 1 : to;
      countFrom = from < minP && partBefore(q, from, minP) ? minP : from;
    }
    float segTotal = 0;
    float segMatched = 0;
    boolean unit = false;
    for (int p = countFrom; p < countTo; p++) {
      segTotal += q.weight[p];
      if ((used & (1L << (p - from))) != 0) {
        segMatched += q.weight[p];
      } else if (q.ids[p] >= 0 && unitWord[q.ids[p]]) {
        unit = true;
      }
    }
    float segCov = segTotal == 0 ? 0 : segMatched / segTotal;
    float compact = (float) count / (maxP - minP + 1);
    double score = nameCov * nameCov * (0.6 + 0.3 * segCov + 0.05 * compact + (ordered ? ORDER : 0))
        * ((flags & FLAG_SHORT_LABEL) != 0 ? SHORT_LABEL : kindFactor(kind))
        * ((flags & FLAG_INACTIVE) != 0 ? INACTIVE : 1.0)
        * (kind == NameKind.ACRONYM ? 1 : Math.min(1f, total / specific))
        * (unit ? 0.85 : 1) * ((flags & FLAG_QUALIFIED) != 0 ? 0.95 : 1);
    int org = r[record + ORG];
    int[] hitOf = q.scratch.hitOf;
    Hit hit;
    if (hitOf[org] == 0) {
      hit = new Hit(org, table.prior(org), table.keyOrder(org), q);
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

  /**
   * Adds to a hit's score what the rest of the text says about its location: its organization's
   * city named (and where, {@link Hit#city}), its country named or another country instead
   * ({@link Hit#country}). {@link #evidence} writes the same as evidence.
   */
  private void locate(Query q, Hit h) {
    // A text with no part that only names a place, or whose words lack the city's first word,
    // does not name the city: the city is read only when the text may name it.
    int[] city = q.placed ? orgCity[h.org] : NO_IDS;
    if (city.length > 0 && (q.known & 1L << city[0]) != 0) {
      for (int p = 0; p + city.length <= q.ids.length; p++) {
        boolean match = true;
        for (int c = 0; c < city.length && match; c++) {
          match = q.ids[p + c] == city[c];
        }
        if (match && q.locationSegment[q.a.segment[p]]
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
    if (named.contains(country)) {
      h.score += COUNTRY_BONUS;
      h.country = 1;
    } else if (!named.isEmpty()) {
      h.score -= COUNTRY_CONFLICT;
      h.country = -1;
    }
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
      if ((span[0] >= end || span[1] <= start) && !named.contains(code)) {
        named.add(code);
      }
    }
    if (q.a.dutchPostcode && !named.contains("NL")) {
      named.add("NL");
    }
  }

  private int[] nameIds(Analyzer.Analyzed a, Map<String, Integer> vocab, List<String> vocabList) {
    int[] ids = new int[a.size];
    boolean[] locationSegment = locationSegments(a);
    int n = 0;
    for (int p = 0; p < a.size; p++) {
      if (a.segment[p] > 0 && a.location[p] && locationSegment[a.segment[p]]) {
        continue;
      }
      String w = a.words[p];
      Integer id = vocab.get(w);
      if (id == null) {
        id = vocabList.size();
        vocab.put(w, id);
        vocabList.add(w);
      }
      ids[n++] = id;
    }
    return n == ids.length ? ids : Arrays.copyOf(ids, n);
  }

  /** Tells for each segment whether all its words are place names, in one pass. */
  private static boolean[] locationSegments(Analyzer.Analyzed a) {
    boolean[] location = new boolean[a.segments + 1];
    Arrays.fill(location, true);
    for (int p = 0; p < a.size; p++) {
      if (!a.location[p]) {
        location[a.segment[p]] = false;
      }
    }
    return location;
  }


  /** Tells whether the words of a are all in b, which has more distinct words. */
  private static boolean isStrictSubset(int[] a, int[] b) {
    Set<Integer> inB = new java.util.HashSet<>();
    for (int t : b) {
      inB.add(t);
    }
    Set<Integer> inA = new java.util.HashSet<>();
    for (int t : a) {
      if (!inB.contains(t)) {
        return false;
      }
      inA.add(t);
    }
    return inB.size() > inA.size();
  }

  private static int indexOf(int[] a, int v) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == v) {
        return i;
      }
    }
    return -1;
  }

  private static double kindFactor(NameKind kind) {
    switch (kind) {
      case ALIAS: return 0.98;
      case ACRONYM: return 0.95;
      default: return 1.0;
    }
  }


}

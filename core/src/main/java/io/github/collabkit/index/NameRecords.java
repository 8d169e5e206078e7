package io.github.collabkit.index;

import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The names of an {@link OrganizationIndex} as {@link NameResolver} reads them: each name analysed
 * into word ids once, at build time, and laid out as one compact record, with the vocabulary, the
 * word weights, the posting lists and the city tables that scoring reads. Built from the {@link
 * OrganizationTable} with an {@link Analyzer} and the {@link Lexicon}'s word classes; a name whose
 * words repeat another name of its organization is left out.
 *
 * <p>Each word weighs its inverse document frequency over organizations; a weak word (a legal
 * form) weighs {@link #WEAK} of it. A name's own city (where the rest of the name is specific and
 * its organization's alone) and a coordinated tail of common words ("&amp; Research") are optional
 * words, weighing {@link #OPTIONAL} of their word. A name is posted under its heaviest words only,
 * as many as a text must hold for the name to reach {@link #CANDIDATE} (prefix filtering), so
 * common words ("university", "medical") have short lists; each posting carries the bits of the
 * words a text must hold for its name to be scored at all. Records lie grouped by the first word
 * their name is posted under, so the names of one posting list sit side by side in memory. The
 * build is linear in the total length of the names. Immutable and thread-safe.
 */
final class NameRecords {
  /** The slots of a name's record in {@link #records}. */
  static final int ORG = 0;
  static final int NAME = 1;
  static final int LENGTH = 2;
  static final int FLAGS = 3;
  static final int TOTAL = 4;
  static final int WORDS = 5;
  /** Marks a word of a record that is optional in its name (see {@link #OPTIONAL}). */
  static final int OPTIONAL_WORD = Integer.MIN_VALUE;
  /** Marks a posting whose name is posted under several words (see {@link #postings}). */
  static final int SEVERAL_LISTS = Integer.MIN_VALUE;
  /** The bits of a record's {@link #FLAGS} slot that hold its name's kind (an ordinal). */
  static final int KIND_BITS = 0xff;
  /** A label that is a shorter translation of another name of its organization. */
  static final int FLAG_SHORT_LABEL = 1 << 8;
  /** A name with a later part that only names a place ("…, Texas"), left out of its words. */
  static final int FLAG_QUALIFIED = 1 << 9;
  /** A name of an organization that is no longer active. */
  static final int FLAG_INACTIVE = 1 << 10;
  /**
   * A university's name without its word "University" ("Johns Hopkins" of "Johns Hopkins
   * University"): it names the university only before the name of one of its parts ("Johns Hopkins
   * Bloomberg School of Public Health").
   */
  static final int FLAG_BEFORE_PART = 1 << 11;
  /** The slots of a word's entry in {@link #wordInfo}. */
  private static final int POSTINGS_AT = 0;
  private static final int WEIGHT = 1;
  private static final int IDF = 2;
  private static final int CLASSES = 3;
  private static final int WORD_SLOTS = 4;
  /**
   * A word's classes: part of some city's name (such words weigh less in a text, "university" of
   * "University Park", "medicine" of "Medicine Hat", which also makes them count less as words a
   * name leaves unexplained); the first word of some city's name; the first word of the name of a
   * part of an organization ("department", "school"); a word naming a unit ("department",
   * "division").
   */
  private static final int CITY_WORD = 1;
  private static final int STARTS_A_CITY = 2;
  private static final int HEAD_WORD = 4;
  private static final int UNIT_WORD = 8;
  /** A word with an {@link #umlautPartner}. */
  private static final int UMLAUT_PAIR = 16;
  /**
   * The fewest letters of a word whose "ae", "oe" or "ue" may spell an umlaut: shorter words are
   * mostly acronyms ("UEL", "AERO") or words of other languages ("Caen", "Jaén").
   */
  private static final int MIN_UMLAUT_WORD = 6;
  /** The kinds of name, by the ordinal a record's {@link #FLAGS} slot holds. */
  static final NameKind[] KINDS = NameKind.values();

  /**
   * The least share of a name's weight the text must hold for the name to be scored: below it
   * the score, at most the square of the share plus the location bonuses, cannot come within
   * {@link ResolutionPolicy#MARGIN} of {@link ResolutionPolicy#ACCEPT}, so the name can neither
   * be accepted nor block another.
   */
  static final double CANDIDATE = Math.sqrt(ResolutionPolicy.ACCEPT
      - ResolutionPolicy.MARGIN - TextEvidence.CITY_BONUS - TextEvidence.COUNTRY_BONUS) - 1e-3;
  /** What a weak word (a legal form) weighs, as a share of its inverse document frequency. */
  private static final float WEAK = 0.15f;
  /**
   * What an optional word of a name weighs, as a share of its word's weight: the organization's
   * own city in a name that is specific without it ("Radboud University Nijmegen"), and a
   * coordinated tail of common words ("Wageningen University &amp; Research"). A text may leave
   * them out.
   */
  static final float OPTIONAL = 0.05f;
  private static final int[] NO_IDS = new int[0];

  /** The conjunctions as written between words of a name, and the ampersand. */
  private static final String[] JOINS = Stream.concat(Stream.of("&"),
      CoordinatedNames.CONJUNCTIONS.stream().map(c -> " " + c + " ")).toArray(String[]::new);

  /** The words of all names, by id. */
  final Tables.Words vocabulary;
  /**
   * Per word, side by side so that a word of a text is read from one place rather than from a slot
   * of many arrays: where its posting list starts ({@link #POSTINGS_AT}; the entry after the last
   * word's ends the last list), its weight in a name ({@link #WEIGHT}: its inverse document
   * frequency lowered for a weak word), its inverse document frequency over organizations ({@link
   * #IDF}), both as float bits, and its classes ({@link #CLASSES}). {@link #WORD_SLOTS} ints per
   * word.
   */
  private final int[] wordInfo;
  /** The weight of a word of a text that no name holds, nor one a single edit away. */
  final float unknownIdf;
  /** The weight from which a word, or a name's words together, tell an organization apart. */
  final float specific;
  /** The words of the vocabulary one edit away from a word of a text. */
  final FuzzyIndex fuzzy;
  /**
   * The city names of the organizations as word-id phrases, listed under their first word (null
   * for a word that starts none, which {@link #STARTS_A_CITY} tells without reading this array): a
   * place is a whole city name, so "University Park" does not make every "university" a place.
   */
  private final int[][][] cityByFirst;
  /** The words that have an {@link #umlautPartner}, ascending, and their partners alike. */
  private final int[] umlautWords;
  private final int[] umlautPartners;
  /** The words of each organization's city, as word ids. */
  final int[][] orgCity;

  /**
   * The posting lists, one after another, each posting in two slots: the bits (word id modulo 64)
   * of its name's words that a window must hold for the name to be scored, each weighing more than
   * the share of the name a text may leave out (a window whose word mask lacks one of them skips
   * the name without reading its record); then the offset in {@link #records} of the name, with
   * {@link #SEVERAL_LISTS} set when the name is posted under more words. The list of a word runs
   * from posting {@link #postingsFrom} to {@link #postingsTo}.
   */
  private final long[] postings;
  /**
   * The names, one record after another, so that scoring a name reads one stretch of memory
   * rather than a slot of many arrays: its organization ({@link #ORG}), its index ({@link #NAME}),
   * its word count ({@link #LENGTH}), its kind and flags ({@link #FLAGS}), its total weight
   * ({@link #TOTAL}, float bits), then its word ids ({@link #WORDS}), each with {@link
   * #OPTIONAL_WORD} set when the word is optional (see {@link #OPTIONAL}).
   */
  final int[] records;
  /** Per name: the offset of its record in {@link #records}. */
  final int[] recordOf;

  private final Name[] names;
  /**
   * How many parts (between commas and the like) a name's own words come in: a text matching
   * "University of California, Irvine" across a comma follows the name, not two parts of the text.
   */
  final int[] nameParts;
  /**
   * Per name: whether it names a country or region ("University of Queensland") or holds a
   * nation's adjective ("Chinese Academy of Sciences").
   */
  final boolean[] namePlace;
  /** Per name: a hash of its words as written ({@link #written}). */
  final int[] nameWritten;
  /**
   * The other ways an organization writes a name's words ("Universidad de Valparaíso" beside
   * "University of Valparaíso"), one record for both: (name, hash as written), sorted.
   */
  private final long[] alsoWritten;
  /** One bit per name: whether {@link #alsoWritten} holds some other way of writing it. */
  private final long[] writtenOtherwise;
  /** Whether no other organization has a name with the same words (an acronym of one only). */
  final boolean[] nameUnique;

  NameRecords(OrganizationTable table, Lexicon lexicon, Analyzer analyzer) {
    this(new Build(table, analyzer).run(lexicon));
  }

  private NameRecords(Build b) {
    this.vocabulary = b.vocabulary;
    this.unknownIdf = b.unknownIdf;
    this.specific = b.specific;
    this.fuzzy = b.fuzzy;
    this.cityByFirst = b.cityByFirst;
    this.umlautWords = b.umlautWords;
    this.umlautPartners = b.umlautPartners;
    this.orgCity = b.orgCity;
    this.wordInfo = b.wordInfo();
    this.postings = b.postings;
    this.records = b.records;
    this.recordOf = b.recordOf;
    this.names = b.names;
    this.nameParts = b.nameParts;
    this.namePlace = b.namePlace;
    this.nameWritten = b.nameWritten;
    this.alsoWritten = b.alsoWritten;
    this.writtenOtherwise = new long[(b.count + 63) >>> 6];
    for (long entry : alsoWritten) {
      int name = (int) (entry >>> 32);
      writtenOtherwise[name >>> 6] |= 1L << name;
    }
    this.nameUnique = b.nameUnique;
  }

  /** The name of a name index, as the organization writes it. */
  Name name(int name) {
    return names[name];
  }

  /** The weight of a word in a name, lowered when it is optional there. */
  float weight(int word, boolean optional) {
    return wordWeight(word) * (optional ? OPTIONAL : 1f);
  }

  /** The weight of a word in a name: its {@link #idf} lowered for a weak word. */
  float wordWeight(int word) {
    return Float.intBitsToFloat(wordInfo[word * WORD_SLOTS + WEIGHT]);
  }

  /** The inverse document frequency of a word over organizations. */
  float idf(int word) {
    return Float.intBitsToFloat(wordInfo[word * WORD_SLOTS + IDF]);
  }

  /**
   * Tells whether a word is part of some city's name. Such words weigh less in a text
   * ("university" of "University Park", "medicine" of "Medicine Hat"), which also makes them
   * count less as words a name leaves unexplained.
   */
  boolean isCityWord(int word) {
    return (wordInfo[word * WORD_SLOTS + CLASSES] & CITY_WORD) != 0;
  }

  /** Tells whether a word begins the name of a part of an organization ("department"). */
  boolean isHeadWord(int word) {
    return (wordInfo[word * WORD_SLOTS + CLASSES] & HEAD_WORD) != 0;
  }

  /** Tells whether a word names a unit of an organization ("department", "division"). */
  boolean isUnitWord(int word) {
    return (wordInfo[word * WORD_SLOTS + CLASSES] & UNIT_WORD) != 0;
  }

  /** The city names beginning with a word, as word-id phrases; null when none does. */
  int[][] citiesFrom(int word) {
    return (wordInfo[word * WORD_SLOTS + CLASSES] & STARTS_A_CITY) == 0 ? null
        : cityByFirst[word];
  }

  /**
   * The word of the vocabulary that differs from a word only by German umlauts written as "ae",
   * "oe" and "ue" or folded to a, o and u ("goettingen" and "gottingen", both written in names of
   * the index), or -1: texts write an umlaut either way. Only words of {@value #MIN_UMLAUT_WORD}
   * letters or more with the "e" are paired.
   */
  int umlautPartner(int word) {
    if ((wordInfo[word * WORD_SLOTS + CLASSES] & UMLAUT_PAIR) == 0) {
      return -1;
    }
    int i = Arrays.binarySearch(umlautWords, word);
    return umlautPartners[i];
  }

  /**
   * The position of the first "ae", "oe" or "ue" in a word from a position on that may spell an
   * umlaut, or -1: followed by a consonant ("goettingen", not "inrae" or "queen"), and "ue" not
   * after a q ("quebec").
   */
  private static int umlautAt(String word, int from) {
    for (int i = from; i + 2 < word.length(); i++) {
      char c = word.charAt(i);
      if (word.charAt(i + 1) == 'e' && (c == 'a' || c == 'o' || c == 'u')
          && isConsonant(word.charAt(i + 2)) && !(c == 'u' && i > 0 && word.charAt(i - 1) == 'q')) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isConsonant(char c) {
    return c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0;
  }

  /** The number of words in the vocabulary. */
  int wordCount() {
    return wordInfo.length / WORD_SLOTS - 1;
  }

  /** The first posting of a word's list. */
  int postingsFrom(int word) {
    return wordInfo[word * WORD_SLOTS + POSTINGS_AT];
  }

  /** The posting after the last of a word's list. */
  int postingsTo(int word) {
    return wordInfo[(word + 1) * WORD_SLOTS + POSTINGS_AT];
  }

  /**
   * The bits (word id modulo 64) of the words of a posting's name that a window must hold for the
   * name to be scored (see {@link #postings}).
   */
  long postingNeeds(int posting) {
    return postings[2 * posting];
  }

  /**
   * The offset of a posting's name in {@link #records}, with {@link #SEVERAL_LISTS} set when the
   * name is posted under more words.
   */
  int posting(int posting) {
    return (int) postings[2 * posting + 1];
  }

  /**
   * A hash of the words {@code from} to {@code to} of a split text as written: folded, without
   * stop words or synonyms. Over all of a name's words it is the name's {@link #nameWritten}.
   */
  static int written(Analyzer analyzer, Analyzer.Analyzed raw, int from, int to) {
    int hash = 1;
    for (int p = from; p < to; p++) {
      if (!analyzer.isStopword(raw.words[p])) {
        hash = 31 * hash + raw.words[p].hashCode();
      }
    }
    return hash;
  }

  /**
   * Tells whether a text whose matched words hash as {@code written} ({@link #written}) writes a
   * name as its organization does: as the name or as another name of the same words.
   */
  boolean writtenAs(int name, int written) {
    return nameWritten[name] == written || (writtenOtherwise[name >>> 6] & (1L << name)) != 0
        && Arrays.binarySearch(alsoWritten, (long) name << 32 | (written & 0xffffffffL)) >= 0;
  }

  /** The position of a value in an array, or -1. */
  static int indexOf(int[] a, int v) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == v) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The build of the records, step by step: each step reads what the steps before it made.
   * Dropped once the records are made.
   */
  private static final class Build {
    /** The words after which a name's last words may be its city, spaces around. */
    private static final String[] LINKS = {" in ", " at "};
    /** The most organizations whose names may hold a word that tells a name apart. */
    private static final int FEW_ORGANIZATIONS = 100;

    final OrganizationTable table;
    final Analyzer analyzer;
    final int organizations;

    // readNames: the vocabulary so far, and per name kept (in organization order) its words
    // and what the analysis said of it.
    final Map<String, Integer> vocab = new HashMap<>();
    final List<String> vocabList = new ArrayList<>();
    final Map<String, int[]> cities = new HashMap<>();
    final List<int[]> tokensList = new ArrayList<>();
    final List<Name> namesList = new ArrayList<>();
    final List<Integer> orgList = new ArrayList<>();
    final List<Boolean> qualifiedList = new ArrayList<>();
    final List<Integer> partsList = new ArrayList<>();
    /** Per name: the positions of its organization's city among its words, or none. */
    final List<int[]> cityAtList = new ArrayList<>();
    /** Per name: the number of words of its coordinated tail ({@link #tailWords}), or 0. */
    final List<Integer> tailList = new ArrayList<>();
    final List<Integer> writtenList = new ArrayList<>();
    /** Names of the same words as a name before them, as (that name, their written hash). */
    final List<Long> alsoWrittenList = new ArrayList<>();
    final List<Boolean> placeList = new ArrayList<>();
    /**
     * The shorter forms of names to add after the whole names: organization, name, form (without
     * its linked city, or a university's name without "University").
     */
    final List<Integer> unqualifiedOrgs = new ArrayList<>();
    final List<Name> unqualifiedNames = new ArrayList<>();
    final List<String> unqualifiedForms = new ArrayList<>();
    /** Per shorter form: whether it is a university's name without "University". */
    final List<Boolean> unqualifiedBeforePart = new ArrayList<>();
    /** Per name: whether it names its organization only before the name of a part. */
    final List<Boolean> beforePartList = new ArrayList<>();
    /** The number of names kept whole; the names after them are their shorter forms. */
    int wholeNames;
    int[][] orgCity;

    // classifyWords, indexCities
    String[] words;
    int[] umlautWords;
    int[] umlautPartners;
    PackedTexts packed;
    Tables.Words vocabulary;
    boolean[] weak;
    boolean[] unitWord;
    boolean[] headWord;
    int[][][] cityByFirst;
    boolean[] cityWord;

    // flattenNames: the names' words one name after another
    int count;
    Name[] names;
    int[] nameOrg;
    int[][] nameTokens;
    int[] nameTokenStart;
    int[] nameTokenIds;
    int[] nameWritten;
    long[] alsoWritten;
    boolean[] namePlace;
    int[] nameParts;

    // markShortLabels, markUniqueNames, weighWords, markOptionalWords
    boolean[] nameShortLabel;
    long[] wordsKey;
    boolean[] nameUnique;
    float[] idf;
    float[] wordWeight;
    float unknownIdf;
    float specific;
    boolean[] nameOptional;

    // choosePostingWords, layOutRecords, fillPostings
    float[] nameTotal;
    int[][] prefixes;
    int[] postingStart;
    int[] recordOf;
    int[] records;
    long[] postings;
    FuzzyIndex fuzzy;

    Build(OrganizationTable table, Analyzer analyzer) {
      this.table = table;
      this.analyzer = analyzer;
      this.organizations = table.size();
    }

    Build run(Lexicon lexicon) {
      readNames(lexicon);
      classifyWords(lexicon);
      pairUmlauts();
      indexCities();
      flattenNames();
      markShortLabels();
      markUniqueNames();
      weighWords();
      markOptionalWords();
      choosePostingWords();
      layOutRecords();
      fillPostings();
      fuzzy = new FuzzyIndex(words, packed, 5);
      return this;
    }

    /**
     * Analyses each organization's city and names into word ids, growing the vocabulary; a name
     * whose words repeat an earlier name of its organization, or that has no word, is left out.
     * A name holding a country's name or a nation's adjective names a place ({@link #namePlace}).
     */
    private void readNames(Lexicon lexicon) {
      orgCity = new int[organizations][];
      for (int i = 0; i < organizations; i++) {
        Organization o = table.get(i);
        orgCity[i] = NO_IDS;
        if (o.location().isPresent()) {
          Optional<String> city = o.location().get().city();
          if (city.isPresent()) {
            orgCity[i] = cities.computeIfAbsent(city.get(), c -> nameIds(analyzer.analyze(c)));
          }
        }
        List<int[]> seen = new ArrayList<>();
        for (Name name : o.names()) {
          addName(lexicon, i, name, name.value(), seen);
          String unqualified = withoutLinkedCity(name.value(), orgCity[i]);
          if (unqualified != null) {
            unqualifiedOrgs.add(i);
            unqualifiedNames.add(name);
            unqualifiedForms.add(unqualified);
            unqualifiedBeforePart.add(false);
          }
          String proper = table.isUniversity(i) ? withoutUniversity(name.value()) : null;
          if (proper != null) {
            unqualifiedOrgs.add(i);
            unqualifiedNames.add(name);
            unqualifiedForms.add(proper);
            unqualifiedBeforePart.add(true);
          }
        }
      }
      wholeNames = tokensList.size();
      addUnqualifiedNames(lexicon);
    }

    /**
     * Adds after the whole names their shorter forms that name their organization alone: names
     * without their linked city ({@link #withoutLinkedCity}) and universities' names without
     * "University" ({@link #withoutUniversity}, flagged {@link #FLAG_BEFORE_PART}). The words are no
     * other organization's name, nor another's name without the city it ends with ("Purdue
     * University in Indianapolis" is not written "Purdue University" beside "Purdue University West
     * Lafayette"), nor the same form of another ("University of North Carolina" at Chapel Hill and
     * at Charlotte); they hold a word few organizations' names have ("University of Life Sciences
     * in Lublin" is not written "University of Life Sciences") and do not only name a kind of
     * organization ("Graduate School at Shenzhen" is not written "Graduate School"); a university's
     * form is not a city's name.
     */
    private void addUnqualifiedNames(Lexicon lexicon) {
      Map<Long, Integer> others = new HashMap<>();
      for (int k = 0; k < tokensList.size(); k++) {
        int[] ids = tokensList.get(k);
        int org = orgList.get(k);
        owner(others, key(ids), org);
        int[] city = orgCity[org];
        if (city.length > 0 && ids.length > city.length
            && Arrays.equals(ids, ids.length - city.length, ids.length, city, 0, city.length)) {
          owner(others, key(ids, ids.length - city.length), org);
        }
      }
      int[] df = organizationsPerWord(vocabList.size());
      Set<Long> places = new HashSet<>();
      for (int[] city : cities.values()) {
        places.add(key(city));
      }
      List<int[]> forms = new ArrayList<>();
      for (int u = 0; u < unqualifiedForms.size(); u++) {
        int[] ids = nameIds(analyzer.analyze(unqualifiedForms.get(u)));
        forms.add(ids);
        owner(others, key(ids), unqualifiedOrgs.get(u));
      }
      for (int u = 0; u < forms.size(); u++) {
        int[] ids = forms.get(u);
        int org = unqualifiedOrgs.get(u);
        boolean kind = true;
        boolean rare = false;
        for (int t : ids) {
          kind &= lexicon.heads.contains(vocabList.get(t))
              || lexicon.stopwords.contains(vocabList.get(t));
          rare |= t < df.length && df[t] <= FEW_ORGANIZATIONS;
        }
        boolean beforePart = unqualifiedBeforePart.get(u);
        // A university named after its city ("Boston University") is not written by the city's
        // name alone: "Boston College" is another.
        if ((ids.length >= 2 || beforePart && ids.length == 1) && !kind && rare
            && others.get(key(ids)) == org && !(beforePart && places.contains(key(ids)))) {
          int added = tokensList.size();
          addName(lexicon, org, unqualifiedNames.get(u), unqualifiedForms.get(u),
              new ArrayList<>());
          if (tokensList.size() > added) {
            qualifiedList.set(added, true);
            beforePartList.set(added, beforePart);
          }
        }
      }
    }

    /**
     * Adds a name of an organization as written, or a shorter form of it, unless its words
     * repeat an earlier name of the organization or it has none.
     */
    private void addName(Lexicon lexicon, int org, Name name, String written, List<int[]> seen) {
      Analyzer.Analyzed raw = Analyzer.raw(written);
      Analyzer.Analyzed a = analyzer.analyze(raw);
      int[] ids = nameIds(a);
      if (ids.length == 0) {
        return;
      }
      for (int s = 0; s < seen.size(); s++) {
        if (Arrays.equals(seen.get(s), ids)) {
          // The same words written otherwise (a label in another language): one record, and
          // the other way of writing them noted for it.
          int kept = tokensList.size() - seen.size() + s;
          int other = NameRecords.written(analyzer, raw, 0, raw.size);
          if (other != writtenList.get(kept)) {
            alsoWrittenList.add((long) kept << 32 | (other & 0xffffffffL));
          }
          return;
        }
      }
      seen.add(ids);
      partsList.add(parts(a));
      cityAtList.add(ids.length == a.size ? positions(ids, orgCity[org]) : NO_IDS);
      tailList.add(ids.length == a.size ? tailWords(written, ids.length) : 0);
      writtenList.add(NameRecords.written(analyzer, raw, 0, raw.size));
      boolean place = false;
      for (int p = 0; p < a.size; p++) {
        place |= a.location[p] || lexicon.nations.contains(a.words[p]);
      }
      placeList.add(place);
      tokensList.add(ids);
      namesList.add(name);
      orgList.add(org);
      qualifiedList.add(ids.length < a.size);
      beforePartList.add(false);
    }

    /**
     * Returns a university's name written "X University" without its last word ("Johns Hopkins"),
     * or null: written so before the name of one of its parts ("Johns Hopkins Bloomberg School of
     * Public Health", "Yale School of Medicine").
     */
    private static String withoutUniversity(String name) {
      int at = name.length() - " university".length();
      return at > 0 && name.regionMatches(true, at, " university", 0, " university".length())
          ? name.substring(0, at) : null;
    }

    /**
     * Returns a name without the city it ends with after "in" or "at", when that city is its
     * organization's ("Washington University in St. Louis" is written "Washington University"),
     * or null. The city is a qualifier that people leave out, as they leave out a place after a
     * comma ({@link #FLAG_QUALIFIED}); where several organizations share the rest ("University of
     * North Carolina at Chapel Hill", "... at Charlotte"), the rest names none of them surely.
     */
    private String withoutLinkedCity(String name, int[] city) {
      if (city.length == 0) {
        return null;
      }
      String lower = name.toLowerCase(Locale.ROOT);
      for (String link : LINKS) {
        int at = lower.lastIndexOf(link);
        if (at > 0 && Arrays.equals(
            nameIds(analyzer.analyze(name.substring(at + link.length()))), city)) {
          return name.substring(0, at);
        }
      }
      return null;
    }

    /**
     * Pairs the words of the vocabulary that differ only by umlauts written as "ae", "oe" and "ue"
     * in one and as a, o and u in the other ({@link NameRecords#umlautPartner}), both ways.
     */
    private void pairUmlauts() {
      int v = words.length;
      int[] partner = new int[v];
      Arrays.fill(partner, -1);
      int pairs = 0;
      StringBuilder b = new StringBuilder();
      for (int t = 0; t < v; t++) {
        String w = words[t];
        int at = w.length() < MIN_UMLAUT_WORD ? -1 : umlautAt(w, 0);
        if (at < 0) {
          continue;
        }
        b.setLength(0);
        int from = 0;
        while (at >= 0) {
          b.append(w, from, at + 1);
          from = at + 2;
          at = umlautAt(w, from);
        }
        b.append(w, from, w.length());
        int plain = vocabulary.get(b.toString());
        if (plain >= 0 && partner[plain] < 0 && partner[t] < 0) {
          partner[plain] = t;
          partner[t] = plain;
          pairs++;
        }
      }
      umlautWords = new int[2 * pairs];
      umlautPartners = new int[2 * pairs];
      int k = 0;
      for (int t = 0; t < v; t++) {
        if (partner[t] >= 0) {
          umlautWords[k] = t;
          umlautPartners[k++] = partner[t];
        }
      }
    }

    /** Makes the vocabulary and reads each word's classes from the lexicon. */
    private void classifyWords(Lexicon lexicon) {
      words = vocabList.toArray(String[]::new);
      packed = new PackedTexts(words);
      vocabulary = new Tables.Words(packed);
      int v = words.length;
      weak = new boolean[v];
      unitWord = new boolean[v];
      headWord = new boolean[v];
      for (int t = 0; t < v; t++) {
        weak[t] = lexicon.weak.contains(words[t]);
        unitWord[t] = lexicon.units.contains(words[t]);
        headWord[t] = lexicon.heads.contains(words[t]);
      }
    }

    /** Lists the city names under their first word and marks the words of city names. */
    private void indexCities() {
      int v = words.length;
      cityByFirst = new int[v][][];
      cityWord = new boolean[v];
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
    }

    /** Turns the lists of {@link #readNames} into arrays, the names' words one after another. */
    private void flattenNames() {
      count = tokensList.size();
      names = namesList.toArray(Name[]::new);
      nameTokens = tokensList.toArray(int[][]::new);
      nameOrg = orgList.stream().mapToInt(Integer::intValue).toArray();
      nameTokenStart = new int[count + 1];
      for (int k = 0; k < count; k++) {
        nameTokenStart[k + 1] = nameTokenStart[k] + nameTokens[k].length;
      }
      nameTokenIds = new int[nameTokenStart[count]];
      for (int k = 0; k < count; k++) {
        System.arraycopy(nameTokens[k], 0, nameTokenIds, nameTokenStart[k], nameTokens[k].length);
      }
      nameWritten = writtenList.stream().mapToInt(Integer::intValue).toArray();
      alsoWritten = alsoWrittenList.stream().mapToLong(Long::longValue).sorted().toArray();
      nameParts = partsList.stream().mapToInt(Integer::intValue).toArray();
      namePlace = new boolean[count];
      for (int k = 0; k < count; k++) {
        namePlace[k] = placeList.get(k);
      }
    }

    /**
     * Marks a label (a name in another language) whose words are all in a longer display name or
     * alias of the same organization that adds a word of its own: a less specific translation of
     * it ("Universidad de California" beside "University of California System", "Institute of
     * Physiology" beside "Institute of Physiology, Ludwig-Maximilians University Munich"). A
     * longer name that adds only words naming a kind of organization ("University Hospital of
     * Split" beside "Split University Hospital Centre") is another way of writing it, and a
     * longer label is only another language's fuller form ("Università degli Studi di Genova"
     * beside "Universitat de Gènova").
     */
    private void markShortLabels() {
      nameShortLabel = new boolean[count];
      for (int k = 0; k < wholeNames; k++) {
        if (names[k].kind() != NameKind.LABEL) {
          continue;
        }
        for (int o = k - 1; o >= 0 && nameOrg[o] == nameOrg[k]; o--) {
          nameShortLabel[k] |= names[o].kind() != NameKind.LABEL
              && qualifies(nameTokens[k], nameTokens[o]);
        }
        for (int o = k + 1; o < wholeNames && nameOrg[o] == nameOrg[k]; o++) {
          nameShortLabel[k] |= names[o].kind() != NameKind.LABEL
              && qualifies(nameTokens[k], nameTokens[o]);
        }
      }
    }

    /**
     * Tells whether a longer name holds every word of a name and adds one of its own that does
     * not only name a kind of organization ({@code [heads]}: "centre", "hospital", ...).
     */
    private boolean qualifies(int[] name, int[] longer) {
      Set<Integer> inName = new HashSet<>();
      for (int t : name) {
        inName.add(t);
      }
      Set<Integer> inLonger = new HashSet<>();
      boolean adds = false;
      for (int t : longer) {
        inLonger.add(t);
        adds |= !inName.contains(t) && !headWord[t];
      }
      return adds && inLonger.containsAll(inName);
    }

    /** Marks the names whose words no other organization's name has. */
    private void markUniqueNames() {
      nameUnique = new boolean[count];
      wordsKey = new long[count];
      Map<Long, Integer> nameOwners = new HashMap<>();
      for (int k = 0; k < count; k++) {
        wordsKey[k] = key(nameTokens[k]);
        owner(nameOwners, wordsKey[k], nameOrg[k]);
      }
      for (int k = 0; k < count; k++) {
        nameUnique[k] = nameOwners.get(wordsKey[k]) >= 0;
      }
    }

    /** Weighs each word by its inverse document frequency over organizations. */
    private void weighWords() {
      int v = words.length;
      int[] df = organizationsPerWord(v);
      int n = organizations;
      idf = new float[v];
      wordWeight = new float[v];
      for (int t = 0; t < v; t++) {
        idf[t] = (float) Math.log(1 + (double) Math.max(n, 1) / Math.max(df[t], 1));
        wordWeight[t] = idf[t] * (weak[t] ? WEAK : 1f);
      }
      unknownIdf = (float) (0.7 * Math.log(1 + Math.max(n, 1)));
      specific = (float) (0.75 * Math.log(1 + Math.max(n, 1)));
    }

    /**
     * Counts for each word of the vocabulary the organizations that have a name holding it. Only
     * whole names are read: their shorter forms, added after them, add no word to their
     * organization, and would count it again.
     */
    private int[] organizationsPerWord(int words) {
      int[] df = new int[words];
      int[] lastOrg = new int[words];
      Arrays.fill(lastOrg, -1);
      for (int k = 0; k < wholeNames; k++) {
        int org = orgList.get(k);
        for (int t : tokensList.get(k)) {
          if (lastOrg[t] != org) {
            lastOrg[t] = org;
            df[t]++;
          }
        }
      }
      return df;
    }

    /**
     * Marks the optional words of every name. A name's words without its optional ones must
     * still tell its organization apart: the campuses "University of California, Berkeley" and
     * "University of California, Irvine" keep their cities. So the organizations each shortened
     * form (and each whole name) belongs to are counted first.
     */
    private void markOptionalWords() {
      nameOptional = new boolean[nameTokenIds.length];
      Map<Long, Integer> shortOwners = new HashMap<>();
      for (int k = 0; k < count; k++) {
        owner(shortOwners, wordsKey[k], nameOrg[k]);
        for (int[] rest : shortened(nameTokens[k], cityAtList.get(k), tailList.get(k))) {
          owner(shortOwners, key(rest), nameOrg[k]);
        }
      }
      for (int k = 0; k < count; k++) {
        markOptional(k, cityAtList.get(k), tailList.get(k), shortOwners);
      }
    }

    /**
     * Marks the optional words of name k: its organization's city, where the rest of the name is
     * specific on its own, and a coordinated tail of common words after a specific head.
     */
    private void markOptional(int k, int[] cityAt, int tail, Map<Long, Integer> owners) {
      int first = nameTokenStart[k];
      int length = nameTokenStart[k + 1] - first;
      int[] ids = nameTokens[k];
      List<int[]> rests = shortened(ids, cityAt, tail);
      if (cityAt.length > 0 && owners.get(key(rests.get(0))) >= 0
          && !namesAPart(rests.get(0)) && holdsARareWord(rests.get(0))) {
        float rest = 0;
        for (int j = 0; j < length; j++) {
          if (indexOf(cityAt, j) < 0) {
            rest += wordWeight[ids[j]];
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
          int t = ids[j];
          if (j < length - tail) {
            head += wordWeight[t];
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

    /** The weight of word j of all names' words ({@link #nameTokenIds}). */
    private float weightAt(int j) {
      return wordWeight[nameTokenIds[j]] * (nameOptional[j] ? OPTIONAL : 1f);
    }

    /**
     * Chooses the words each name is posted under (prefix filtering): a name can only reach
     * {@link #CANDIDATE} coverage if the text holds one of its heaviest words, taken until the
     * rest weighs less than (1 - CANDIDATE) of the name. Ties in weight go to the lower id.
     */
    private void choosePostingWords() {
      nameTotal = new float[count];
      prefixes = new int[count][];
      for (int k = 0; k < count; k++) {
        int[] toks = nameTokens[k];
        float total = 0;
        Map<Integer, Float> weightOf = new HashMap<>();
        for (int j = 0; j < toks.length; j++) {
          float w = weightAt(nameTokenStart[k] + j);
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
      }
    }

    /**
     * Lays the records out grouped by the first word their name is posted under (its heaviest),
     * in name order within a group: the names of a posting list sit side by side, so a window
     * reads them in a few stretches of memory rather than one here and one there (hundreds of
     * "UMR nnnn" aliases alike). A counting sort by that word, stable: linear in the names.
     */
    private void layOutRecords() {
      int v = words.length;
      int[] group = new int[v + 1];
      for (int k = 0; k < count; k++) {
        group[prefixes[k][0] + 1]++;
      }
      for (int t = 0; t < v; t++) {
        group[t + 1] += group[t];
      }
      int[] layout = new int[count];
      for (int k = 0; k < count; k++) {
        layout[group[prefixes[k][0]]++] = k;
      }
      recordOf = new int[count];
      records = new int[count * WORDS + nameTokenIds.length];
      for (int i = 0, r = 0; i < count; i++) {
        int k = layout[i];
        int first = nameTokenStart[k];
        int length = nameTokenStart[k + 1] - first;
        recordOf[k] = r;
        records[r + ORG] = nameOrg[k];
        records[r + NAME] = k;
        records[r + LENGTH] = length;
        records[r + FLAGS] = names[k].kind().ordinal()
            | (nameShortLabel[k] ? FLAG_SHORT_LABEL : 0)
            | (qualifiedList.get(k) ? FLAG_QUALIFIED : 0)
            | (table.get(nameOrg[k]).status() == OrganizationStatus.ACTIVE ? 0 : FLAG_INACTIVE)
            | (beforePartList.get(k) ? FLAG_BEFORE_PART : 0);
        records[r + TOTAL] = Float.floatToRawIntBits(nameTotal[k]);
        for (int j = 0; j < length; j++) {
          records[r + WORDS + j] = nameTokenIds[first + j]
              | (nameOptional[first + j] ? OPTIONAL_WORD : 0);
        }
        r += WORDS + length;
      }
    }

    /**
     * Fills the posting lists, each in name order (so names are scored in the same order
     * whatever the layout of their records), with what each name needs of a window.
     */
    private void fillPostings() {
      int v = words.length;
      int[] postingCount = new int[v];
      for (int k = 0; k < count; k++) {
        for (int t : prefixes[k]) {
          postingCount[t]++;
        }
      }
      postingStart = new int[v + 1];
      for (int t = 0; t < v; t++) {
        postingStart[t + 1] = postingStart[t] + postingCount[t];
      }
      postings = new long[2 * postingStart[v]];
      int[] fill = Arrays.copyOf(postingStart, v);
      for (int k = 0; k < count; k++) {
        // As NameResolver.scoreName counts: a word weighing more than the share a text may
        // leave out rejects the name when missing.
        float missing = (float) ((1 - CANDIDATE) * nameTotal[k]);
        long needs = 0;
        for (int j = nameTokenStart[k]; j < nameTokenStart[k + 1]; j++) {
          if (weightAt(j) > missing) {
            needs |= 1L << nameTokenIds[j];
          }
        }
        for (int t : prefixes[k]) {
          int e = fill[t]++;
          postings[2 * e] = needs;
          postings[2 * e + 1] = recordOf[k] | (prefixes[k].length > 1 ? SEVERAL_LISTS : 0);
        }
      }
    }

    /** Lays out each word's posting start, weights and classes side by side ({@link #wordInfo}). */
    int[] wordInfo() {
      int v = words.length;
      int[] info = new int[(v + 1) * WORD_SLOTS];
      for (int t = 0; t < v; t++) {
        int at = t * WORD_SLOTS;
        info[at + POSTINGS_AT] = postingStart[t];
        info[at + WEIGHT] = Float.floatToRawIntBits(wordWeight[t]);
        info[at + IDF] = Float.floatToRawIntBits(idf[t]);
        info[at + CLASSES] = (cityWord[t] ? CITY_WORD : 0)
            | (cityByFirst[t] != null ? STARTS_A_CITY : 0)
            | (headWord[t] ? HEAD_WORD : 0) | (unitWord[t] ? UNIT_WORD : 0)
            | (Arrays.binarySearch(umlautWords, t) >= 0 ? UMLAUT_PAIR : 0);
      }
      info[v * WORD_SLOTS + POSTINGS_AT] = postingStart[v];
      return info;
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

    /**
     * The number of analysed words after a name's last conjunction ("Research" of "Wageningen
     * University &amp; Research"), or 0 when it has none or the tail is not a plain phrase.
     */
    private int tailWords(String name, int words) {
      String lower = name.toLowerCase(Locale.ROOT);
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

    /**
     * The word ids of an analysed name, new words added to the vocabulary; the words of a later
     * part that only names a place are left out.
     */
    private int[] nameIds(Analyzer.Analyzed a) {
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
  }

  /** Counts the segments of an analysed name that {@link Build#nameIds} keeps (not only places). */
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

  /** A 64-bit key of a list of word ids (FNV-1a over the ids and the length). */
  private static long key(int[] ids) {
    return key(ids, ids.length);
  }

  /** The key of a name's first words, the same as {@link #key(int[])} of those words alone. */
  private static long key(int[] ids, int words) {
    long h = 0xcbf29ce484222325L ^ words;
    for (int j = 0; j < words; j++) {
      h = (h ^ ids[j]) * 0x100000001b3L;
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
}

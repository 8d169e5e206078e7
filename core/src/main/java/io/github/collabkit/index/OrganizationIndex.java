package io.github.collabkit.index;

import io.github.collabkit.CollabkitException;
import io.github.collabkit.internal.Checks;
import io.github.collabkit.internal.IdentifierRules;
import io.github.collabkit.model.Identifier;
import io.github.collabkit.model.IdentifierScheme;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationRelation;
import io.github.collabkit.model.OrganizationStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An index over organizations that finds them by key, identifier, name and prefix, and resolves
 * free text such as affiliation strings to the organization it names.
 *
 * <pre>{@code
 * OrganizationIndex index = OrganizationIndex.of(landscape);
 * index.byIdentifier("https://ror.org/05xvt9f17");   // LUMC
 * index.byName("Leids Universitair Medisch Centrum"); // [LUMC]
 * index.complete("leiden uni", 5);                   // Leiden University, LUMC, ...
 * index.resolve("Dept. of Parasitology, LUMC, Leiden, the Netherlands").organization(); // LUMC
 * index.resolveAll("Department of Surgery, Erasmus MC, Erasmus University Rotterdam");
 *                                                    // [Erasmus MC, Erasmus University Rotterdam]
 * index.resolve("Erasmus School of Law, Rotterdam", Level.TOP_LEVEL); // its parent, when indexed
 * }</pre>
 *
 * <p>Names are compared in a folded form: lower case, without diacritics or punctuation, with
 * synonym phrases of Dutch, English and other languages read as one canonical form
 * ("universitair medisch centrum", "university medical center" and "umc" alike), and stop words
 * dropped. The word lists are data ({@code lexicon.txt} in this package).
 *
 * <p>Resolution cuts the text into segments at commas and similar, and scores each name that
 * shares a rare word with a segment (or two neighbouring segments) by how much of the name, by
 * inverse document frequency of its words, the segment holds, and how much of the segment the name
 * explains; words not in the index are matched to indexed words one edit away ("Erasmsu").
 * Evidence from the rest of the text adjusts the score: the organization's city named, its country
 * named (with or without "the", or a Dutch postcode), or another country named instead. The best
 * candidate is accepted when its score reaches {@link #ACCEPT} and leads the runner-up for the same
 * words, another organization, by at least {@link #MARGIN}. A match inside a longer match of
 * another organization ("University of California" inside "University of California, San Diego")
 * loses to it. Each part of the text whose leader is accepted names an organization: {@link
 * #resolveAll(String)} returns them all in text order, and {@link #resolve(String, Level)} picks
 * the answer by a level rule the caller chooses: {@link Level#ONE_ORGANIZATION} (the default)
 * answers only a text that names one organization, {@link Level#MOST_SPECIFIC} the organization
 * below none of the others named, {@link Level#BROADEST_NAMED} the broadest named organization it
 * belongs to, and {@link Level#TOP_LEVEL} the top of its hierarchy in the index. A match whose words come from two parts
 * of the text, and a match on a name in another language (a label), need location evidence to be
 * accepted. The {@link Resolution} carries a {@link Resolution.Status} and structured {@link
 * Evidence}, from which its explanation is generated. {@link #resolveEach} resolves collections
 * and streams of texts on all cores.
 *
 * <p>Costs, for {@code n} organizations: building is {@code O(total name length)} time and
 * linear memory (about 0.9 KB per organization over the 35,990 organizations of the ROR registry,
 * besides the organizations themselves). {@link #byKey} and {@link #byIdentifier(IdentifierScheme,
 * String)} are one probe of an open-addressing table; {@link #byName} folds the text twice (as
 * written and with synonyms) and probes a table of 64-bit fingerprints; {@link #complete} is a
 * binary search plus a scan of the names sharing the prefix. {@link #resolve} analyses the text
 * once, then for each part (and pair of neighbouring parts) scores only the names posted under a
 * word of it: each name is posted under its heaviest words only, as many as a text must hold for
 * the name to reach a score that matters, so common words ("university", "medical") have short
 * lists; a name is dropped as soon as the words it misses rule it out. Its cost therefore grows
 * with the length of the text and the number of names sharing its rare words, not with {@code n};
 * on the ROR registry it averages some tens of microseconds per affiliation string on one core.
 * Working arrays are per thread and reused; a query allocates its analysed words, a few hit
 * objects and the answer. The index is immutable and safe to share between threads.
 */
public final class OrganizationIndex {
  /** The lowest score at which {@link #resolve(String)} accepts a candidate. */
  public static final double ACCEPT = 0.88;

  /** How far the accepted candidate must lead the runner-up. */
  public static final double MARGIN = 0.04;

  /**
   * The most characters of a text that {@link #resolve(String, Level)} reads: longer texts are
   * cut there and the {@link Resolution} says so. Affiliation strings are far shorter; the cap
   * bounds the time one request can take.
   */
  public static final int MAX_TEXT = 4096;

  private static final float WEAK = 0.15f;
  private static final float LOCATION = 0.2f;
  private static final float FUZZY = 0.95f;
  private static final double CITY_BONUS = 0.05;
  private static final double COUNTRY_BONUS = 0.03;
  /**
   * The least share of a name's weight the text must hold for the name to be scored: below it
   * the score, at most the square of the share plus the location bonuses, cannot come within
   * {@link #MARGIN} of {@link #ACCEPT}, so the name can neither be accepted nor block another.
   */
  private static final double CANDIDATE = Math.sqrt(ACCEPT - MARGIN - CITY_BONUS - COUNTRY_BONUS)
      - 1e-3;
  private static final double COUNTRY_CONFLICT = 0.25;
  /**
   * The weight of a match on a label (a name in another language) that is a shorter translation
   * of another name of its organization: a text naming only "University of California" matches
   * the label "Universidad de California" of the system of campuses fully, but says less than the
   * system's own name, so it needs location evidence to be accepted.
   */
  private static final double SHORT_LABEL = 0.85;
  private static final double SUBSUMED = 0.1;
  private static final float DIGITS = 0.1f;
  
  private static final int[] NO_IDS = new int[0];

  /** How many characters of a name suffix order the completion entries. */
  private static final int COMPLETION_KEY = 64;

  private final Organization[] organizations;
  private final Tables.Keys keys;
  private final Tables.Identifiers identifiers;
  private final Tables.Fingerprints exactNames;
  private final Analyzer analyzer;
  private final Lexicon lexicon;

  private final Tables.Words vocabulary;
  private final String[] words;
  private final float[] idf;
  private final int[] df;
  private final boolean[] weak;
  private final boolean[] cityWord;
  private final int[] postingStart;
  private final int[] postings;
  private final float[] tokenWeight;
  private final float unknownIdf;
  private final ThreadLocal<Scratch> scratch;
  private final float specific;
  private final FuzzyIndex fuzzy;

  private final int[] nameOrg;
  private final Name[] names;
  private final int[] nameTokenStart;
  private final int[] nameTokenIds;
  private final float[] nameTotal;
  private final boolean[] nameQualified;
  private final boolean[] nameShortLabel;
  /** Whether no other organization has a name with the same words (an acronym of one only). */
  private final boolean[] nameUnique;
  private final boolean[] unitWord;
  private final int[][] orgParents;

  private final int[][] orgCity;
  private final String[] orgCountry;
  private final float[] orgPrior;

  private final String[] completionText;
  private final Name[] completionNames;
  private final int[] completionOrg;
  private final int[] completionName;
  private final int[] completionOffset;

  private OrganizationIndex(Collection<Organization> input) {
    Objects.requireNonNull(input, "organizations");
    this.lexicon = Lexicon.standard();
    this.analyzer = new Analyzer(lexicon);
    this.organizations = input.toArray(Organization[]::new);
    int n = organizations.length;
    for (int i = 0; i < n; i++) {
      Objects.requireNonNull(organizations[i], "organization");
    }
    int[] duplicate = new int[1];
    this.keys = new Tables.Keys(organizations, duplicate);
    if (duplicate[0] >= 0) {
      throw new CollabkitException("organization index: key '" + organizations[duplicate[0]].ref()
          + "' appears more than once");
    }
    this.identifiers = new Tables.Identifiers(organizations);

    Map<String, Integer> vocab = new HashMap<>();
    List<String> vocabList = new ArrayList<>();
    List<int[]> tokensList = new ArrayList<>();
    List<Name> namesList = new ArrayList<>();
    List<Integer> orgList = new ArrayList<>();
    List<Boolean> qualifiedList = new ArrayList<>();
    List<Name> allNames = new ArrayList<>();
    List<Integer> allNameOrg = new ArrayList<>();
    Map<String, LinkedHashSet<Integer>> exact = new HashMap<>();
    this.orgCity = new int[n][];
    this.orgCountry = new String[n];
    this.orgPrior = new float[n];
    int[] referenced = new int[n];
    Map<String, int[]> cities = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Organization o = organizations[i];
      List<int[]> seen = new ArrayList<>();
      for (Name name : o.names()) {
        allNames.add(name);
        allNameOrg.add(i);
        Analyzer.Analyzed a = analyzer.analyze(name.value());
        int[] ids = nameIds(a, vocab, vocabList);
        boolean qualified = ids.length < a.size;
        String raw = Analyzer.foldJoined(name.value()).replace(" ", "");
        exact.computeIfAbsent(raw, k -> new LinkedHashSet<>()).add(i);
        exact.computeIfAbsent(canonical(a), k -> new LinkedHashSet<>()).add(i);
        if (ids.length == 0 || seen.stream().anyMatch(s -> Arrays.equals(s, ids))) {
          continue;
        }
        seen.add(ids);
        tokensList.add(ids);
        namesList.add(name);
        orgList.add(i);
        qualifiedList.add(qualified);
      }
      orgCity[i] = NO_IDS;
      if (o.location().isPresent()) {
        orgCountry[i] = o.location().get().countryCode();
        Optional<String> city = o.location().get().city();
        if (city.isPresent()) {
          orgCity[i] = cities.computeIfAbsent(city.get(),
              c -> nameIds(analyzer.analyze(c), vocab, vocabList));
        }
      }
      int parent = o.parent().map(keys::get).orElse(-1);
      if (parent >= 0) {
        referenced[parent]++;
      }
      for (OrganizationRelation r : o.relations()) {
        int target = keys.get(r.organization());
        if (target >= 0) {
          referenced[target]++;
        }
      }
    }
    this.words = vocabList.toArray(String[]::new);
    this.vocabulary = new Tables.Words(words);
    int v = words.length;
    this.weak = new boolean[v];
    this.cityWord = new boolean[v];
    this.unitWord = new boolean[v];
    for (int t = 0; t < v; t++) {
      weak[t] = lexicon.weak.contains(words[t]);
      unitWord[t] = lexicon.units.contains(words[t]);
    }
    for (int[] city : orgCity) {
      for (int t : city) {
        cityWord[t] = true;
      }
    }

    int names = tokensList.size();
    this.nameOrg = new int[names];
    this.names = namesList.toArray(Name[]::new);
    int[][] nameTokens = tokensList.toArray(int[][]::new);
    this.nameTokenStart = new int[names + 1];
    for (int k = 0; k < names; k++) {
      nameTokenStart[k + 1] = nameTokenStart[k] + nameTokens[k].length;
    }
    this.nameTokenIds = new int[nameTokenStart[names]];
    for (int k = 0; k < names; k++) {
      System.arraycopy(nameTokens[k], 0, nameTokenIds, nameTokenStart[k], nameTokens[k].length);
    }
    this.nameQualified = new boolean[names];
    for (int k = 0; k < names; k++) {
      nameQualified[k] = qualifiedList.get(k);
    }
    // A label (a name in another language) whose words are all in a longer name of the same
    // organization is a less specific translation of it ("Universidad de California" beside
    // "University of California System").
    this.nameShortLabel = new boolean[names];
    for (int k = 0; k < names; k++) {
      if (this.names[k].kind() != NameKind.LABEL) {
        continue;
      }
      for (int o = k - 1; o >= 0 && orgList.get(o).equals(orgList.get(k)); o--) {
        nameShortLabel[k] |= isStrictSubset(nameTokens[k], nameTokens[o]);
      }
      for (int o = k + 1; o < names && orgList.get(o).equals(orgList.get(k)); o++) {
        nameShortLabel[k] |= isStrictSubset(nameTokens[k], nameTokens[o]);
      }
    }
    this.nameUnique = new boolean[names];
    Map<String, Integer> nameOwners = new HashMap<>();
    for (int k = 0; k < names; k++) {
      String wordsKey = Arrays.toString(nameTokens[k]);
      Integer owner = nameOwners.get(wordsKey);
      int org = orgList.get(k);
      nameOwners.put(wordsKey, owner == null || owner == org ? org : -1);
    }
    for (int k = 0; k < names; k++) {
      nameUnique[k] = nameOwners.get(Arrays.toString(nameTokens[k])) >= 0;
    }
    this.orgParents = new int[n][];
    for (int i = 0; i < n; i++) {
      List<Integer> parents = new ArrayList<>();
      organizations[i].parent().map(keys::get).filter(p -> p >= 0).ifPresent(parents::add);
      for (OrganizationRelation r : organizations[i].relations()) {
        int p = keys.get(r.organization());
        if (r.kind() == io.github.collabkit.model.RelationKind.PARENT && p >= 0) {
          parents.add(p);
        }
      }
      orgParents[i] = parents.isEmpty() ? NO_IDS
          : parents.stream().mapToInt(Integer::intValue).toArray();
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
    this.nameTotal = new float[names];
    // Prefix filtering: a name can only reach CANDIDATE coverage if the text holds one of its
    // heaviest words, taken until the rest weighs less than (1 - CANDIDATE) of the name. Each
    // name is posted under those words only, so common words have short posting lists.
    int[][] prefixes = new int[names][];
    int[] postingCount = new int[v];
    for (int k = 0; k < names; k++) {
      int[] toks = nameTokens[k];
      float total = 0;
      for (int t : toks) {
        total += tokenWeight[t];
      }
      nameTotal[k] = total;
      int[] order = Arrays.stream(toks).distinct().boxed()
          .sorted((a, b) -> a.equals(b) ? 0 : tokenWeight[a] != tokenWeight[b]
              ? Float.compare(tokenWeight[b], tokenWeight[a]) : Integer.compare(a, b))
          .mapToInt(Integer::intValue).toArray();
      Map<Integer, Integer> occurrences = new HashMap<>();
      for (int u : toks) {
        occurrences.merge(u, 1, Integer::sum);
      }
      double covered = 0;
      int m = 0;
      while (m < order.length && covered <= (1 - CANDIDATE) * total) {
        int t = order[m++];
        covered += tokenWeight[t] * occurrences.get(t);
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
    this.postings = new int[postingStart[v]];
    int[] fill = Arrays.copyOf(postingStart, v);
    for (int k = 0; k < names; k++) {
      for (int t : prefixes[k]) {
        postings[fill[t]++] = k;
      }
    }
    int maxReferenced = 1;
    for (int i = 0; i < n; i++) {
      maxReferenced = Math.max(maxReferenced, referenced[i] + organizations[i].relations().size());
    }
    for (int i = 0; i < n; i++) {
      orgPrior[i] = (float) (Math.log1p(referenced[i] + organizations[i].relations().size())
          / Math.log1p(maxReferenced));
    }
    this.fuzzy = new FuzzyIndex(words, 5);
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(names));

    exact.remove("");
    long[] fingerprints = new long[exact.size()];
    int[][] exactOrgs = new int[exact.size()][];
    int e0 = 0;
    for (Map.Entry<String, LinkedHashSet<Integer>> e : exact.entrySet()) {
      fingerprints[e0] = Tables.Fingerprints.of(e.getKey());
      exactOrgs[e0++] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
    }
    this.exactNames = new Tables.Fingerprints(fingerprints, exactOrgs);

    // Prefix completion: one entry per name and word start (stop words excepted), sorted.
    int all = allNames.size();
    this.completionText = new String[all];
    this.completionNames = allNames.toArray(Name[]::new);
    this.completionOrg = allNameOrg.stream().mapToInt(Integer::intValue).toArray();
    List<long[]> entries = new ArrayList<>();
    for (int k = 0; k < all; k++) {
      String folded = Analyzer.foldJoined(completionNames[k].value());
      completionText[k] = folded;
      int start = 0;
      while (start < folded.length()) {
        int space = folded.indexOf(' ', start);
        int end = space < 0 ? folded.length() : space;
        if (start == 0 || !lexicon.stopwords.contains(folded.substring(start, end))) {
          entries.add(new long[] {k, start});
        }
        start = end + 1;
      }
    }
    entries.sort((x, y) -> compareSuffix(completionText[(int) x[0]], (int) x[1],
        completionText[(int) y[0]], (int) y[1]));
    this.completionName = new int[entries.size()];
    this.completionOffset = new int[entries.size()];
    for (int e = 0; e < entries.size(); e++) {
      completionName[e] = (int) entries.get(e)[0];
      completionOffset[e] = (int) entries.get(e)[1];
    }
  }

  /**
   * Builds an index over organizations.
   *
   * @param organizations the organizations, each with a distinct key
   * @return the index
   * @throws CollabkitException when two organizations have the same key
   */
  public static OrganizationIndex of(Collection<Organization> organizations) {
    return new OrganizationIndex(organizations);
  }

  /**
   * Builds an index over the organizations of a landscape.
   *
   * @param landscape the landscape
   * @return the index
   */
  public static OrganizationIndex of(Landscape landscape) {
    return new OrganizationIndex(landscape.organizations());
  }

  /**
   * Returns the number of organizations in the index.
   *
   * @return the size
   */
  public int size() {
    return organizations.length;
  }

  /**
   * Finds an organization by key. A hash lookup.
   *
   * @param key the key, such as {@code lumc}
   * @return the organization, if indexed
   */
  public Optional<Organization> byKey(OrganizationRef key) {
    int i = keys.get(key);
    return i < 0 ? Optional.empty() : Optional.of(organizations[i]);
  }

  /**
   * Finds an organization by an identifier written in any common form of any scheme: a ROR id
   * with or without {@code https://ror.org/}, an ISNI with or without spaces, a Wikidata id in
   * any case, a GRID id, a Crossref Funder id, a KvK number or a website with or without scheme,
   * {@code www.} and trailing slash. The text's shape picks the scheme (at most two are tried), then
   * one hash lookup each.
   *
   * @param text the identifier as written, such as {@code ror.org/05xvt9f17}
   * @return the organization with that identifier, if indexed
   */
  public Optional<Organization> byIdentifier(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    for (IdentifierScheme scheme : IdentifierRules.candidates(text)) {
      Optional<Organization> found = byIdentifier(scheme, text);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * Finds an organization by an identifier already in its scheme's canonical form, as {@link
   * Identifier} guarantees: one hash lookup, no normalization, no allocation beyond the result.
   *
   * @param identifier the identifier, such as {@code Identifier.of(IdentifierScheme.ROR, "05xvt9f17")}
   * @return the organization with that identifier, if indexed
   */
  public Optional<Organization> byIdentifier(Identifier identifier) {
    Checks.argument("identifier", identifier);
    int i = identifiers.get(identifier.scheme(), identifier.value());
    return i < 0 ? Optional.empty() : Optional.of(organizations[i]);
  }

  /**
   * Finds an organization by an identifier of a given scheme, written in any common form.
   *
   * @param scheme the scheme
   * @param text the identifier as written
   * @return the organization with that identifier, if indexed
   */
  public Optional<Organization> byIdentifier(IdentifierScheme scheme, String text) {
    // Only valid identifiers are indexed, so a value that fails the scheme's rules is not found;
    // no need to check those rules here.
    String value = scheme.normalize(text);
    if (value == null) {
      return Optional.empty();
    }
    int i = identifiers.get(scheme, value);
    return i < 0 ? Optional.empty() : Optional.of(organizations[i]);
  }

  /**
   * Finds the organizations with a name, alias or acronym equal to a text once both are folded:
   * case, diacritics, punctuation and spacing do not count ("Radboudumc" = "Radboud umc"), nor do
   * synonyms ("Erasmus MC" = "Erasmus Medical Center", "UMC Utrecht" = "Universitair Medisch
   * Centrum Utrecht"). Two hash probes after folding the text. Names are held as 64-bit
   * fingerprints, so a name not in the index could be taken for one with a probability of about
   * 2<sup>-64</sup> times the number of names.
   *
   * @param text the name as written
   * @return the organizations, in index order; empty when none has that name
   */
  public List<Organization> byName(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    int[] found = new int[2 * exactNames.longest()];
    int size = exactNames.get(Tables.Fingerprints.of(Analyzer.foldJoined(text).replace(" ", "")),
        found, 0);
    size = exactNames.get(Tables.Fingerprints.of(canonical(analyzer.analyze(text))), found, size);
    if (size == 0) {
      return List.of();
    }
    Arrays.sort(found, 0, size);
    Organization[] result = new Organization[size];
    for (int i = 0; i < size; i++) {
      result[i] = organizations[found[i]];
    }
    return List.of(result);
  }

  /**
   * Completes what a person has typed so far to the top {@code k} organizations: names that start
   * with the text rank before names with a later word starting with it; then display names and
   * labels before aliases, active before inactive organizations, and organizations with more
   * relations (a rough measure of prominence) first. One suggestion per organization.
   *
   * <p>Costs a binary search and a scan over the name words sharing the prefix, so short prefixes
   * of common words cost most.
   *
   * @param prefix what was typed, such as {@code leiden uni}
   * @param k the most suggestions to return
   * @return the suggestions, best first
   */
  public List<Completion> complete(String prefix, int k) {
    if (prefix == null || k <= 0) {
      return List.of();
    }
    String p = Analyzer.foldJoined(prefix);
    // Entries are sorted on their first COMPLETION_KEY characters only, so search on those.
    String key = p.length() > COMPLETION_KEY ? p.substring(0, COMPLETION_KEY) : p;
    if (p.isEmpty()) {
      return List.of();
    }
    int lo = 0;
    int hi = completionName.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      String t = completionText[completionName[mid]];
      if (compareSuffixToPrefix(t, completionOffset[mid], key) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    Map<Integer, double[]> best = new HashMap<>();
    for (int e = lo; e < completionName.length; e++) {
      int name = completionName[e];
      String t = completionText[name];
      int offset = completionOffset[e];
      if (!t.startsWith(key, offset)) {
        break;
      }
      if (key != p && !t.startsWith(p, offset)) {
        continue;
      }
      int org = completionOrg[name];
      double rank = (offset == 0 ? 4 : 0)
          + (t.length() == p.length() ? 2 : 0)
          + kindRank(completionNames[name].kind())
          + (organizations[org].status() == OrganizationStatus.ACTIVE ? 1 : 0)
          + orgPrior[org]
          - t.length() / 1000.0;
      double[] current = best.get(org);
      if (current == null || rank > current[0]) {
        best.put(org, new double[] {rank, name});
      }
    }
    List<Map.Entry<Integer, double[]>> ranked = new ArrayList<>(best.entrySet());
    ranked.sort((x, y) -> {
      int c = Double.compare(y.getValue()[0], x.getValue()[0]);
      return c != 0 ? c : organizations[x.getKey()].ref().compareTo(organizations[y.getKey()].ref());
    });
    List<Completion> result = new ArrayList<>(Math.min(k, ranked.size()));
    for (Map.Entry<Integer, double[]> e : ranked) {
      if (result.size() == k) {
        break;
      }
      result.add(new Completion(organizations[e.getKey()], completionNames[(int) e.getValue()[1]]));
    }
    return result;
  }

  /**
   * Resolves a free text, such as an affiliation string, to the organization it names, or to none
   * when not sure or when it names several. Same as {@code resolve(text,
   * Level.ONE_ORGANIZATION)}.
   *
   * @param text the text, such as {@code Dept. of Parasitology, Leids Universitair Medisch
   *     Centrum, Leiden, the Netherlands}
   * @return the resolution
   */
  public Resolution resolve(String text) {
    return resolve(text, Level.ONE_ORGANIZATION);
  }

  /**
   * Resolves a free text, such as an affiliation string, to the organization it is about, or to
   * none when not sure. A text that is one identifier in a common written form (a ROR, Wikidata
   * or ISNI id, a website) resolves through {@link #byIdentifier(String)} with score 1. Otherwise
   * every organization the text names is found (see {@link #resolveAll(String)}) and the level
   * rule picks the answer among them: under {@link Level#MOST_SPECIFIC} "Department of Surgery,
   * Erasmus MC, Erasmus University Rotterdam" answers Erasmus MC, under {@link Level#TOP_LEVEL}
   * a unit answers the organization it belongs to. Only the first {@link #MAX_TEXT} characters are
   * read; {@link Resolution#isTextCut()} says when the text was longer. {@link
   * Resolution#explanation()} tells which part of the text matched which name.
   *
   * @param text the text; null is read as empty
   * @param level which level of a hierarchy to answer
   * @return the resolution
   * @throws NullPointerException when the level is null
   */
  public Resolution resolve(String text, Level level) {
    Objects.requireNonNull(level, "level");
    if (text == null || text.isBlank()) {
      return new Resolution(text == null ? "" : text, Resolution.Status.EMPTY, null, null,
          List.of(), -1);
    }
    Resolution byId = resolveIdentifier(text);
    if (byId != null) {
      return byId;
    }
    int cutAt = text.length() > MAX_TEXT ? MAX_TEXT : -1;
    String read = cutAt < 0 ? text : text.substring(0, cutAt);
    Query q = new Query(analyzer.analyze(read), scratch.get());
    Map<Integer, Hit> hits = new HashMap<>();
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
          scoreWindow(q, from, Math.min(to, from + 64), hits);
        }
      }
    }
    if (hits.isEmpty()) {
      return new Resolution(text, Resolution.Status.NO_CANDIDATE, null, null, List.of(), cutAt);
    }
    List<Hit> ranked = new ArrayList<>(hits.size());
    for (Hit h : hits.values()) {
      locationEvidence(q, h);
      support(q, h, read);
      ranked.add(h);
    }
    ranked.sort(this::compareHits);
    if (ranked.size() > 64) {
      ranked = new ArrayList<>(ranked.subList(0, 64));
    }
    for (Hit a : ranked) {
      if (a.nameCov < 0.9f) {
        continue;
      }
      for (Hit b : ranked) {
        if (a != b && a.start <= b.start && a.end >= b.end && a.end - a.start > b.end - b.start
            && extendsBeyondLocation(q, a, b)) {
          b.score -= SUBSUMED;
          b.evidence.add(new Evidence(Evidence.Kind.INSIDE_LONGER_MATCH,
              read.substring(a.start, a.end), "", -SUBSUMED));
        }
      }
    }
    ranked.sort(this::compareHits);
    // Each leader is the best hit of a part of the text; hits overlapping it compete with it.
    List<Hit> leaders = new ArrayList<>();
    List<Hit> rivals = new ArrayList<>();
    for (Hit h : ranked) {
      boolean overlaps = false;
      for (int l = 0; l < leaders.size(); l++) {
        Hit leader = leaders.get(l);
        if (h.start < leader.end && leader.start < h.end) {
          overlaps = true;
          if (rivals.get(l) == null) {
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
      if (leader.score >= ACCEPT && (rival == null || leader.score - rival.score >= MARGIN)
          && !isUnsupported(leader)) {
        accepted.add(leader);
      }
    }
    accepted.sort((x, y) -> Integer.compare(x.start, y.start));
    List<Candidate> named = new ArrayList<>(accepted.size());
    for (Hit h : accepted) {
      for (Hit o : accepted) {
        if (o != h && isAncestor(o.org, h.org)) {
          h.evidence.add(new Evidence(Evidence.Kind.PARENT_NAMED, organizations[o.org].displayName(),
              "", 0));
        } else if (o != h && isAncestor(h.org, o.org)) {
          h.evidence.add(new Evidence(Evidence.Kind.UNIT_NAMED, organizations[o.org].displayName(),
              "", 0));
        }
      }
      named.add(h.toCandidate(read));
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
      return new Resolution(text, status, top.toCandidate(read),
          rival == null ? null : rival.toCandidate(read), named, cutAt);
    }
    // The most specific: an accepted organization below none of the others. A unit named only by
    // its acronym beside its parent's name is taken as a part of the parent's affiliation ("TAGC,
    // Aix-Marseille University"), so the parent is the most specific organization named in full.
    int chosen = -1;
    for (int c = 0; c < accepted.size(); c++) {
      boolean hasUnitNamed = false;
      boolean acronymUnit = false;
      for (Hit o : accepted) {
        hasUnitNamed |= o != accepted.get(c) && isAncestor(accepted.get(c).org, o.org)
            && !isAcronymUnit(o, accepted);
        acronymUnit |= o != accepted.get(c) && isAncestor(o.org, accepted.get(c).org)
            && isAcronymUnit(accepted.get(c), accepted);
      }
      if (hasUnitNamed || acronymUnit) {
        continue;
      }
      if (chosen < 0) {
        chosen = c;
      } else {
        return new Resolution(text, Resolution.Status.SEVERAL_NAMED, named.get(chosen),
            accepted.get(c).toCandidate(read), named, cutAt);
      }
    }
    Hit best = accepted.get(chosen);
    if (level == Level.ONE_ORGANIZATION) {
      for (Hit other : leaders) {
        if (other != best && other.org != best.org && other.score >= ACCEPT) {
          return new Resolution(text, Resolution.Status.SEVERAL_NAMED, named.get(chosen),
              other.toCandidate(read), named, cutAt);
        }
      }
    }
    // Another part of the text that may name an unrelated organization, but not surely which.
    for (int l = 0; l < leaders.size(); l++) {
      Hit other = leaders.get(l);
      if (other.score >= ACCEPT && !accepted.contains(other) && !inOneChain(best.org, other.org)) {
        return new Resolution(text, Resolution.Status.AMBIGUOUS, best.toCandidate(read),
            other.toCandidate(read), named, cutAt);
      }
    }
    Hit rival = rivals.get(leaders.indexOf(best));
    if (rival == null) {
      for (Hit h : ranked) {
        if (h != best && !accepted.contains(h)) {
          rival = h;
          break;
        }
      }
    }
    Candidate answer = named.get(chosen);
    if (level == Level.BROADEST_NAMED) {
      // Among the organizations named with it, the last in the text that is below none of them.
      int broadest = chosen;
      for (int c = 0; c < accepted.size(); c++) {
        if (!inOneChain(best.org, accepted.get(c).org)) {
          continue;
        }
        boolean below = false;
        for (Hit o : accepted) {
          below |= o != accepted.get(c) && isAncestor(o.org, accepted.get(c).org);
        }
        if (!below) {
          broadest = c;
        }
      }
      answer = named.get(broadest);
    } else if (level == Level.TOP_LEVEL) {
      int top = topLevel(best.org);
      if (top != best.org) {
        List<Evidence> evidence = new ArrayList<>(answer.evidence());
        evidence.add(new Evidence(Evidence.Kind.BELONGS_TO, organizations[best.org].displayName(),
            "", 0));
        answer = new Candidate(organizations[top], answer.score(),
            organizations[top].names().get(0), answer.matchedText(), answer.start(), answer.end(),
            evidence);
      }
    }
    return new Resolution(text, Resolution.Status.RESOLVED, answer,
        rival == null ? null : rival.toCandidate(read), named, cutAt);
  }

  /**
   * Returns every organization a text names, each accepted on its own part of the text, in text
   * order, with the span it matched and its evidence, as OpenAlex's institution matching does for
   * affiliation strings: "Department of Surgery, Erasmus MC, Erasmus University Rotterdam,
   * Rotterdam" names Erasmus MC and Erasmus University Rotterdam. Same as {@code
   * resolve(text).named()}, or the identified organization when the text is an identifier.
   *
   * @param text the text; null is read as empty
   * @return the organizations named, empty when none
   */
  public List<Candidate> resolveAll(String text) {
    Resolution r = resolve(text, Level.MOST_SPECIFIC);
    return r.named();
  }

  /**
   * Resolves many texts on all cores (the common fork-join pool), answering exactly what {@link
   * #resolve(String, Level)} answers for each, in the order given.
   *
   * @param texts the texts; a null element is read as empty
   * @param level which level of a hierarchy to answer
   * @param progress told how many texts are done, in chunks of a few hundred
   * @return one resolution per text, in the order of the texts
   * @throws NullPointerException when the texts, level or progress listener is null
   */
  public List<Resolution> resolveEach(Collection<String> texts, Level level,
      ProgressListener progress) {
    return Batches.resolveEach(this, texts, level, progress);
  }

  /**
   * Resolves a stream of texts on all cores, lazily and in order: texts are read in chunks of a
   * few thousand, each chunk is resolved in parallel, and its answers are passed on in the order of
   * the texts. Each answer is what {@link #resolve(String, Level)} answers for that text. Memory
   * stays bounded by the chunk size, so the stream may be longer than fits in memory.
   *
   * @param texts the texts; a null element is read as empty
   * @param level which level of a hierarchy to answer
   * @param progress told how many texts are done (total -1)
   * @return the resolutions, one per text, in order; ordered and sequential
   * @throws NullPointerException when the texts, level or progress listener is null
   */
  public Stream<Resolution> resolveEach(Stream<String> texts, Level level,
      ProgressListener progress) {
    return Batches.resolveEach(this, texts, level, progress);
  }

  /**
   * Tells whether two organizations belong to one another or are related in the index in either
   * direction (a umc and its university, a predecessor and its successor).
   */
  /** Tells whether a hit matched an acronym and an ancestor of its organization is named too. */
  private boolean isAcronymUnit(Hit h, List<Hit> accepted) {
    if (names[h.name].kind() != NameKind.ACRONYM) {
      return false;
    }
    for (Hit o : accepted) {
      if (o != h && isAncestor(o.org, h.org)) {
        return true;
      }
    }
    return false;
  }

  private boolean inOneChain(int a, int b) {
    return a == b || isAncestor(a, b) || isAncestor(b, a);
  }

  private boolean connected(int a, int b) {
    if (isAncestor(a, b) || isAncestor(b, a)) {
      return true;
    }
    for (OrganizationRelation r : organizations[a].relations()) {
      if (keys.get(r.organization()) == b) {
        return true;
      }
    }
    for (OrganizationRelation r : organizations[b].relations()) {
      if (keys.get(r.organization()) == a) {
        return true;
      }
    }
    return false;
  }

  /** The top of an organization's chain of first parents in the index, cycle-safe. */
  private int topLevel(int org) {
    int at = org;
    for (int depth = 0; depth < 16 && orgParents[at].length > 0; depth++) {
      int up = orgParents[at][0];
      if (up == org) {
        break;
      }
      at = up;
    }
    return at;
  }

  /** Resolves a text that is one identifier in a common written form, or returns null. */
  private Resolution resolveIdentifier(String text) {
    String t = text.strip();
    if (t.length() > 256 || t.indexOf(' ') >= 0) {
      return null;
    }
    for (IdentifierScheme scheme : IdentifierRules.candidates(t)) {
      Optional<Organization> found = byIdentifier(scheme, t);
      if (found.isPresent()) {
        Organization o = found.get();
        int start = text.indexOf(t);
        Candidate c = new Candidate(o, 1.0, o.names().get(0), t, start, start + t.length(),
            List.of(new Evidence(Evidence.Kind.IDENTIFIER,
                scheme.label("en") + " " + scheme.normalize(t), "", 0)));
        return new Resolution(text, Resolution.Status.RESOLVED, c, null, List.of(c), -1);
      }
    }
    return null;
  }


  /**
   * Decides whether a hit that needs support has it, and records the evidence. An acronym needs
   * its organization's city or country named, or to be the acronym of this organization only, and
   * no other country or city named instead. A
   * match whose words come from two parts of the text needs location evidence, or the earlier part
   * to name a unit ("Dept. of Parasitology, LUMC" reads as a department of LUMC).
   */
  private void support(Query q, Hit h, String text) {
    boolean located = false;
    boolean contradicted = false;
    for (Evidence e : h.evidence) {
      located |= e.kind() == Evidence.Kind.CITY_NAMED || e.kind() == Evidence.Kind.COUNTRY_NAMED;
      contradicted |= e.kind() == Evidence.Kind.COUNTRY_CONTRADICTS
          || e.kind() == Evidence.Kind.CITY_CONTRADICTS;
    }
    if (names[h.name].kind() == NameKind.ACRONYM) {
      String acronym = text.substring(h.start, h.end);
      if (contradicted) {
        h.evidence.add(new Evidence(Evidence.Kind.UNSUPPORTED, acronym, "", 0));
        h.unsupported = true;
      } else if (located) {
        h.evidence.add(new Evidence(Evidence.Kind.SUPPORTED, "its location", "", 0));
      } else if (nameUnique[h.name]) {
        h.evidence.add(new Evidence(Evidence.Kind.SUPPORTED, "being the acronym of one organization only",
            "", 0));
      } else {
        h.evidence.add(new Evidence(Evidence.Kind.UNSUPPORTED, acronym, "", 0));
        h.unsupported = true;
      }
    }
    if (!located && spansSegments(q, h) && !namesUnitFirst(q, h)) {
      h.evidence.add(new Evidence(Evidence.Kind.SPANS_PARTS, text.substring(h.start, h.end), "", 0));
      h.unsupported = true;
    }
  }

  private static boolean isUnsupported(Hit h) {
    return h.unsupported;
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

  /** Tells whether a hit's words come from more than one segment of the text. */
  private static boolean spansSegments(Query q, Hit h) {
    int seg = -1;
    for (int p = 0; p < q.ids.length; p++) {
      if (q.a.start[p] >= h.start && q.a.end[p] <= h.end) {
        if (seg >= 0 && q.a.segment[p] != seg) {
          return true;
        }
        seg = q.a.segment[p];
      }
    }
    return false;
  }

  /** Tells whether the span of a holds a word outside b's span that is not a place name. */
  private boolean extendsBeyondLocation(Query q, Hit a, Hit b) {
    for (int p = 0; p < q.ids.length; p++) {
      int s = q.a.start[p];
      if (s >= a.start && q.a.end[p] <= a.end && (q.a.end[p] <= b.start || s >= b.end)
          && !q.a.location[p] && !(q.ids[p] >= 0 && cityWord[q.ids[p]])) {
        return true;
      }
    }
    return false;
  }

  private int compareHits(Hit x, Hit y) {
    int c = Double.compare(y.score, x.score);
    if (c != 0) {
      return c;
    }
    c = Float.compare(orgPrior[y.org], orgPrior[x.org]);
    return c != 0 ? c : organizations[x.org].ref().compareTo(organizations[y.org].ref());
  }

  /** Tells whether {@code ancestor} is a parent of {@code org}, up to five levels up. */
  private boolean isAncestor(int ancestor, int org) {
    return isAncestor(ancestor, org, 5);
  }

  private boolean isAncestor(int ancestor, int org, int depth) {
    if (depth == 0) {
      return false;
    }
    for (int p : orgParents[org]) {
      if (p == ancestor || isAncestor(ancestor, p, depth - 1)) {
        return true;
      }
    }
    return false;
  }

  /** The analysed query with its word ids, fuzzy alternatives and weights. */
  private final class Query {
    final Analyzer.Analyzed a;
    final int[] ids;
    final int[][] near;
    final float[] weight;
    final boolean[] locationSegment;

    final Scratch scratch;

    Query(Analyzer.Analyzed a, Scratch scratch) {
      this.a = a;
      this.scratch = scratch;
      int n = a.size;
      ids = new int[n];
      near = new int[n][];
      weight = new float[n];
      for (int p = 0; p < n; p++) {
        int id = vocabulary.get(a.words[p]);
        ids[p] = id;
        near[p] = id < 0 ? fuzzy.near(a.words[p]) : NO_IDS;
        float w;
        if (id >= 0) {
          w = idf[id] * (weak[id] ? WEAK : 1f);
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
      Arrays.fill(locationSegment, true);
      for (int p = 0; p < n; p++) {
        if (!(a.location[p] || (ids[p] >= 0 && cityWord[ids[p]]) || a.words[p].length() <= 2)) {
          locationSegment[a.segment[p]] = false;
        }
      }
    }
  }

  /** The best match of one organization. */
  private final class Hit {
    final int org;
    int name;
    double score;
    int start;
    int end;
    float nameCov;
    boolean unsupported;
    final List<Evidence> evidence = new ArrayList<>(2);

    Hit(int org) {
      this.org = org;
    }

    Candidate toCandidate(String text) {
      return new Candidate(organizations[org], Math.round(score * 1000) / 1000.0, names[name],
          text.substring(start, end), start, end, evidence);
    }
  }

  private void scoreWindow(Query q, int from, int to, Map<Integer, Hit> hits) {
    Scratch scratch = q.scratch;
    int stamp = ++scratch.stamp;
    int[] seen = scratch.seen;
    boolean anyNear = false;
    for (int p = from; p < to; p++) {
      anyNear |= q.near[p].length > 0;
    }
    for (int p = from; p < to; p++) {
      int t = q.ids[p];
      if (t >= 0) {
        for (int e = postingStart[t], end = postingStart[t + 1]; e < end; e++) {
          int name = postings[e];
          if (seen[name] != stamp) {
            seen[name] = stamp;
            scoreName(q, name, from, to, anyNear, hits);
          }
        }
      }
      for (int f : q.near[p]) {
        for (int e = postingStart[f], end = postingStart[f + 1]; e < end; e++) {
          int name = postings[e];
          if (seen[name] != stamp) {
            seen[name] = stamp;
            scoreName(q, name, from, to, anyNear, hits);
          }
        }
      }
    }
  }

  /** Per-thread working memory of {@link #resolve}, so a query allocates no arrays of index size. */
  private static final class Scratch {
    final int[] seen;
    int stamp;

    Scratch(int names) {
      seen = new int[names];
    }
  }

  private void scoreName(Query q, int name, int from, int to, boolean anyNear,
      Map<Integer, Hit> hits) {
    int first = nameTokenStart[name];
    int length = nameTokenStart[name + 1] - first;
    long used = 0;
    float matched = 0;
    int count = 0;
    int minP = Integer.MAX_VALUE;
    int maxP = -1;
    boolean allUpper = true;
    boolean ordered = true;
    int last = -1;
    float missing = (float) ((1 - CANDIDATE) * nameTotal[name]);
    for (int j = 0; j < length; j++) {
      int t = nameTokenIds[first + j];
      int found = -1;
      boolean near = false;
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
      if (found >= 0) {
        used |= 1L << (found - from);
        matched += tokenWeight[t] * (near ? FUZZY : 1f);
        count++;
        minP = Math.min(minP, found);
        maxP = Math.max(maxP, found);
        allUpper &= q.a.upper[found] && !q.a.location[found];
        ordered &= found > last;
        last = found;
      } else {
        missing -= tokenWeight[t];
        if (missing < 0) {
          return;
        }
      }
    }
    float nameCov = matched / nameTotal[name];
    if (nameCov < CANDIDATE) {
      return;
    }
    Name n = names[name];
    if (n.kind() == NameKind.ACRONYM && !allUpper && to - from != length) {
      return;
    }
    float segTotal = 0;
    float segMatched = 0;
    boolean unit = false;
    for (int p = from; p < to; p++) {
      segTotal += q.weight[p];
      if ((used & (1L << (p - from))) != 0) {
        segMatched += q.weight[p];
      } else if (q.ids[p] >= 0 && unitWord[q.ids[p]]) {
        unit = true;
      }
    }
    float segCov = segTotal == 0 ? 0 : segMatched / segTotal;
    float compact = (float) count / (maxP - minP + 1);
    double score = nameCov * nameCov * (0.6 + 0.3 * segCov + 0.05 * compact + (ordered ? 0.05 : 0))
        * (nameShortLabel[name] ? SHORT_LABEL : kindFactor(n.kind())) * statusFactor(organizations[nameOrg[name]].status())
        * (n.kind() == NameKind.ACRONYM ? 1 : Math.min(1f, nameTotal[name] / specific))
        * (unit ? 0.85 : 1) * (nameQualified[name] ? 0.95 : 1);
    int org = nameOrg[name];
    Hit hit = hits.get(org);
    if (hit == null) {
      hit = new Hit(org);
      hits.put(org, hit);
    } else if (hit.score >= score) {
      return;
    }
    hit.score = score;
    hit.nameCov = nameCov;
    hit.name = name;
    hit.start = q.a.start[minP];
    hit.end = q.a.end[maxP];
  }

  private void locationEvidence(Query q, Hit h) {
    int[] city = orgCity[h.org];
    if (city.length > 0) {
      for (int p = 0; p + city.length <= q.ids.length; p++) {
        boolean match = true;
        for (int c = 0; c < city.length && match; c++) {
          match = q.ids[p + c] == city[c];
        }
        if (match && q.locationSegment[q.a.segment[p]]
            && (q.a.start[p] >= h.end || q.a.end[p + city.length - 1] <= h.start)) {
          h.score += CITY_BONUS;
          String name = organizations[h.org].location().flatMap(l -> l.city()).orElse("");
          h.evidence.add(new Evidence(Evidence.Kind.CITY_NAMED, name, name, CITY_BONUS));
          break;
        }
      }
    }
    String country = orgCountry[h.org];
    if (country == null) {
      return;
    }
    Set<String> named = new LinkedHashSet<>();
    for (int c = 0; c < q.a.countryCodes.size(); c++) {
      int[] span = q.a.countrySpans.get(c);
      if (span[0] >= h.end || span[1] <= h.start) {
        named.add(q.a.countryCodes.get(c));
      }
    }
    if (q.a.dutchPostcode) {
      named.add("NL");
    }
    if (named.contains(country)) {
      h.score += COUNTRY_BONUS;
      h.evidence.add(new Evidence(Evidence.Kind.COUNTRY_NAMED, country, country, COUNTRY_BONUS));
    } else if (!named.isEmpty()) {
      h.score -= COUNTRY_CONFLICT;
      h.evidence.add(new Evidence(Evidence.Kind.COUNTRY_CONTRADICTS, String.join("/", named),
          country, -COUNTRY_CONFLICT));
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


  private static String canonical(Analyzer.Analyzed a) {
    StringBuilder sb = new StringBuilder();
    for (int p = 0; p < a.size; p++) {
      sb.append(a.words[p]);
    }
    return sb.toString();
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

  private static double kindRank(NameKind kind) {
    switch (kind) {
      case DISPLAY: return 1.0;
      case LABEL: return 0.8;
      case ACRONYM: return 0.6;
      default: return 0.4;
    }
  }

  private static double statusFactor(OrganizationStatus status) {
    return status == OrganizationStatus.ACTIVE ? 1.0 : 0.93;
  }

  /**
   * Compares two name suffixes on their first {@link #COMPLETION_KEY} characters, so sorting the
   * completion entries of one very long name costs linear, not quadratic, time.
   */
  private static int compareSuffix(String a, int ao, String b, int bo) {
    int la = Math.min(a.length() - ao, COMPLETION_KEY);
    int lb = Math.min(b.length() - bo, COMPLETION_KEY);
    int n = Math.min(la, lb);
    for (int i = 0; i < n; i++) {
      int c = Character.compare(a.charAt(ao + i), b.charAt(bo + i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(la, lb);
  }

  private static int compareSuffixToPrefix(String a, int ao, String prefix) {
    int la = a.length() - ao;
    int n = Math.min(la, prefix.length());
    for (int i = 0; i < n; i++) {
      int c = Character.compare(a.charAt(ao + i), prefix.charAt(i));
      if (c != 0) {
        return c;
      }
    }
    return la < prefix.length() ? -1 : 0;
  }
}

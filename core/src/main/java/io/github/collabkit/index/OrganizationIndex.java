package io.github.collabkit.index;

import io.github.collabkit.CollabkitException;
import io.github.collabkit.internal.Checks;
import io.github.collabkit.internal.IdentifierRules;
import io.github.collabkit.model.Identifier;
import io.github.collabkit.model.IdentifierScheme;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.NullValueException;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
 * named (with or without "the", or a Dutch postcode), another country named instead, or the city
 * of a rival for the same words named instead ("Institute for Cardiovascular Research,
 * Maastricht" is not the Amsterdam institute of that name); a name whose words come in another
 * order counts for less. A place is a city's whole name ("College Station" does not make
 * "Boston College" a place), and "TU" before a name reads as "Technische Universiteit". The best
 * candidate is accepted when its score reaches {@link #ACCEPT} and leads the runner-up for the same
 * words, another organization, by at least {@link #MARGIN}, or by any lead when the text writes
 * its display name exactly and the runner-up's words only through another name ("Newcastle
 * University" is Newcastle University, not the alias of the University of Newcastle, Australia).
 * A match inside a longer match of
 * another organization ("University of California" inside "University of California, San Diego")
 * loses to it. Each part of the text whose leader is accepted names an organization: {@link
 * #resolveAll(String)} returns them all in text order, and {@link #resolve(String, Level)} picks
 * the answer by a level rule the caller chooses: {@link Level#ONE_ORGANIZATION} (the default)
 * answers only a text that names one organization, or organizations the index relates (a umc and
 * its university, answered by the university), or a university named last after its units or
 * organizations not linked to it (the affiliation's institution), {@link Level#MOST_SPECIFIC} the organization
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
 * String)} are one probe of an open-addressing table; {@link #byName} splits and folds the text
 * once, reads two fingerprints from it (its letters as written, and its words with synonyms) and
 * probes a table of 64-bit fingerprints with each; {@link #complete} is a
 * binary search plus a scan of the names sharing the prefix. {@link #resolve} analyses the text
 * once, then for each part (and pair of neighbouring parts) scores only the names posted under a
 * word of it: each name is posted under its heaviest words only, as many as a text must hold for
 * the name to reach a score that matters, so common words ("university", "medical") have short
 * lists; a name is dropped as soon as the words it misses rule it out. Its cost therefore grows
 * with the length of the text and the number of names sharing its rare words, not with {@code n};
 * on the ROR registry it averages about ten microseconds per affiliation string on one core.
 * Working arrays are per thread and reused; a query allocates its analysed words, a few hit
 * objects and the answer. The index is immutable and safe to share between threads.
 *
 * <p>This class is a façade over package-private parts, each one concept, all built from one
 * compact table of the organizations ({@code OrganizationTable}: keys, countries, the hierarchy):
 * exact lookup ({@code ExactLookup}: identifiers and name fingerprints), prefix completion
 * ({@code PrefixCompletion}), the name resolver ({@code NameResolver}: candidates and their
 * scores and evidence) and the resolution policy ({@code ResolutionPolicy}: thresholds, margins,
 * levels).
 */
public final class OrganizationIndex {
  /** The lowest score at which {@link #resolve(String)} accepts a candidate. */
  public static final double ACCEPT = ResolutionPolicy.ACCEPT;

  /**
   * How far the accepted candidate must lead the runner-up, unless the text writes its display
   * name exactly and the runner-up's only through another name.
   */
  public static final double MARGIN = ResolutionPolicy.MARGIN;

  /**
   * The most characters of a text that {@link #resolve(String, Level)} reads: longer texts are
   * cut there and the {@link Resolution} says so. Affiliation strings are far shorter; the cap
   * bounds the time one request can take.
   */
  public static final int MAX_TEXT = 4096;

  private final OrganizationTable table;
  private final ExactLookup exact;
  private final PrefixCompletion completion;
  private final NameResolver resolver;
  private final ResolutionPolicy policy;

  private OrganizationIndex(Collection<Organization> input) {
    Lexicon lexicon = Lexicon.standard();
    Analyzer analyzer = new Analyzer(lexicon);
    this.table = new OrganizationTable(input);
    // The parts are independent of each other: exact lookup and prefix completion are built on
    // the common pool while this thread builds the name resolver, the largest.
    CompletableFuture<ExactLookup> exactPart =
        CompletableFuture.supplyAsync(() -> new ExactLookup(table, analyzer));
    CompletableFuture<PrefixCompletion> completionPart =
        CompletableFuture.supplyAsync(() -> new PrefixCompletion(table, lexicon.stopwords));
    this.resolver = new NameResolver(table, new NameRecords(table, lexicon, analyzer), analyzer);
    this.exact = built(exactPart);
    this.completion = built(completionPart);
    this.policy = new ResolutionPolicy(table, resolver);
  }

  /** Waits for a part built on another thread; rethrows what its build threw. */
  private static <T> T built(CompletableFuture<T> part) {
    try {
      return part.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw e;
    }
  }

  /**
   * Builds an index over organizations.
   *
   * <p>Exact lookup and prefix completion are built on the common fork-join pool while the calling
   * thread builds the name resolver.
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
    return table.size();
  }

  /**
   * Finds an organization by key. A hash lookup.
   *
   * @param key the key, such as {@code lumc}
   * @return the organization, if indexed
   */
  public Optional<Organization> byKey(OrganizationRef key) {
    return table.find(table.position(key));
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
    return table.find(exact.byIdentifier(identifier.scheme(), identifier.value()));
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
    return table.find(exact.byIdentifier(scheme, value));
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
    // A blank text has no fingerprint of a name: no need to look for blanks first.
    return text == null ? List.of() : exact.byName(text);
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
    return completion.complete(prefix, k);
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
   * @throws NullValueException when the level is null
   */
  public Resolution resolve(String text, Level level) {
    Checks.argument("level", level);
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
    return policy.decide(text, read, cutAt, resolver.hits(read, exact), level);
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
   * @throws NullValueException when the texts, level or progress listener is null
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
   * @throws NullValueException when the texts, level or progress listener is null
   */
  public Stream<Resolution> resolveEach(Stream<String> texts, Level level,
      ProgressListener progress) {
    return Batches.resolveEach(this, texts, level, progress);
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
}

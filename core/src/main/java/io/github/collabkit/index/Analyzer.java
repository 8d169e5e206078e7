package io.github.collabkit.index;

import io.github.collabkit.internal.Folding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Turns names and free text into the words matching compares: folded by the library's one
 * folding ({@link Folding}: lower case, diacritics removed, ligatures spelled out), split on
 * anything that is not a letter or digit, cut into segments at commas, semicolons, brackets and
 * similar, with synonym phrases replaced by their canonical words and stop words dropped. Country
 * names and Dutch postcodes are recognised as location evidence. Each word keeps the span of the
 * text it came from, for explanations.
 *
 * <p>One pipeline says what the kept words are, for the index build, the resolver ({@link
 * #analyze}) and name lookup ({@link #canonicalFingerprint}): a split ({@link #raw}) whose words
 * are each looked up once in the lexicon, numbers and footnote marks dropped, then synonym phrases,
 * stop words and stems read from those ids and the words' chars. Name lookup runs it on a split
 * whose words are chars only, reused per thread, so it builds no strings.
 *
 * <p>Holds its {@link Lexicon} and per-thread scratch only; safe to share between threads.
 */
final class Analyzer {
  private final Lexicon lexicon;
  /** Per thread, what analysis reuses from one text to the next, so that it allocates little. */
  private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

  Analyzer(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The analysed form of a text. */
  static final class Analyzed {
    String text;
    /** The words as split, before synonyms and stop words (null for a split itself). */
    Analyzed raw;
    int size;
    /** The words; for a split read without strings ({@link #canonicalFingerprint}), nulls. */
    String[] words = new String[16];
    int[] start = new int[16];
    int[] end = new int[16];
    int[] segment = new int[16];
    boolean[] upper = new boolean[16];
    boolean[] location = new boolean[16];
    int segments;
    /** Country codes mentioned, with the character span of each mention. */
    List<String> countryCodes = List.of();
    List<int[]> countrySpans = List.of();
    boolean dutchPostcode;
    /**
     * For a split read without strings: the folded chars of its words one after another, word i
     * ending at {@code charEnd[i]}; null when the words are strings.
     */
    char[] chars;
    int[] charEnd;
    /**
     * For a split while it is analysed (arrays of the thread's {@link Scratch}, null after): each
     * word's id in the lexicon (-1 for none), and whether it is no part of a name ({@code dropped}).
     */
    int[] lexicon;
    boolean[] drop;

    Analyzed(String text) {
      this.text = text;
    }

    /** Adds a word of a split as chars only (its string stays null): the first {@code length}. */
    void addSplit(char[] folded, int length, int s, int e, int seg, boolean up) {
      int from = charsBefore(length);
      System.arraycopy(folded, 0, chars, from, length);
      add(null, s, e, seg, up, false);
      charEnd[size - 1] = from + length;
    }

    /** Makes room for {@code length} more chars; returns where they go. */
    private int charsBefore(int length) {
      if (chars == null) {
        chars = new char[64];
        charEnd = new int[words.length];
      }
      int from = charStart(size);
      if (from + length > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, from + length));
      }
      return from;
    }

    /** Where the chars of word i of a split without strings begin. */
    int charStart(int i) {
      return i == 0 ? 0 : charEnd[i - 1];
    }

    /** The length of word i of a split, in folded chars. */
    int length(int i) {
      return chars == null ? words[i].length() : charEnd[i] - charStart(i);
    }

    /** Char k of word i of a split. */
    char charAt(int i, int k) {
      return chars == null ? words[i].charAt(k) : chars[charStart(i) + k];
    }

    /** Tells whether word i of a split is all digits. */
    boolean isDigits(int i) {
      for (int k = 0, n = length(i); k < n; k++) {
        char c = charAt(i, k);
        if (c < '0' || c > '9') {
          return false;
        }
      }
      return true;
    }

    /** Empties a split for reuse on another text; keeps its arrays. */
    void reset(String text) {
      this.text = text;
      raw = null;
      size = 0;
      segments = 0;
      dutchPostcode = false;
      countryCodes = List.of();
      countrySpans = List.of();
    }

    /** Notes a country named from char {@code from} to {@code to}. */
    void addCountry(String code, int from, int to) {
      if (countryCodes.isEmpty()) {
        countryCodes = new ArrayList<>(2);
        countrySpans = new ArrayList<>(2);
      }
      countryCodes.add(code);
      countrySpans.add(new int[] {from, to});
    }

    void add(String word, int s, int e, int seg, boolean up, boolean loc) {
      if (size == words.length) {
        int n = size * 2;
        words = Arrays.copyOf(words, n);
        start = Arrays.copyOf(start, n);
        end = Arrays.copyOf(end, n);
        segment = Arrays.copyOf(segment, n);
        upper = Arrays.copyOf(upper, n);
        location = Arrays.copyOf(location, n);
        if (charEnd != null) {
          charEnd = Arrays.copyOf(charEnd, n);
        }
      }
      words[size] = word;
      start[size] = s;
      end[size] = e;
      segment[size] = seg;
      upper[size] = up;
      location[size] = loc;
      size++;
    }

    /** Returns the index after the last word of the segment word {@code p} lies in. */
    int segmentEnd(int p) {
      int end = p + 1;
      while (end < size && segment[end] == segment[p]) {
        end++;
      }
      return end;
    }

    /** Returns the index of the first word of a segment, or {@code size}. */
    int segmentStart(int seg) {
      for (int i = 0; i < size; i++) {
        if (segment[i] >= seg) {
          return i;
        }
      }
      return size;
    }
  }

  /** Splits and folds a text into words, without synonyms or stop words. */
  static void foldWords(String text, List<String> out) {
    Analyzed raw = raw(text);
    for (int i = 0; i < raw.size; i++) {
      out.add(raw.words[i]);
    }
  }

  /** Analyses a text: folded words, segments, synonyms, stop words and location evidence. */
  Analyzed analyze(String text) {
    return analyze(raw(text));
  }

  /** Analyses a text already split by {@link #raw}; the split is changed (footnotes, places). */
  Analyzed analyze(Analyzed raw) {
    Scratch s = scratch.get();
    identify(raw, s);
    places(raw);
    Analyzed out = new Analyzed(raw.text);
    out.raw = raw;
    if (!raw.countryCodes.isEmpty()) {
      out.countryCodes = new ArrayList<>(raw.countryCodes);
      out.countrySpans = new ArrayList<>(raw.countrySpans);
    }
    out.dutchPostcode = raw.dutchPostcode;
    out.segments = raw.segments;
    words(raw, (lexiconWord, i, stemmed, from, to, upper) -> {
      boolean loc = false;
      for (int k = from; k < to; k++) {
        loc |= raw.location[k];
      }
      String word = lexiconWord != null ? lexiconWord
          : to - from == 2 ? raw.words[from] + raw.words[from + 1]
          : stemmed ? raw.words[i].substring(0, raw.words[i].length() - 1) : raw.words[i];
      out.add(word, raw.start[from], raw.end[to - 1], raw.segment[from], upper, loc);
    });
    s.release(raw, scratch);
    return out;
  }

  /**
   * The fingerprint ({@link Tables.Fingerprints}) of the words of a text that {@link #analyze}
   * keeps, their chars run together: the analysis of name lookup, read on this thread's reused
   * split without building strings or arrays.
   *
   * @param text the text
   * @return the fingerprint, {@link Tables.Fingerprints#EMPTY} when no word is kept
   */
  long canonicalFingerprint(String text) {
    return nameFingerprints(text).canonical;
  }

  /** The two fingerprints name lookup reads of a text, as {@link #nameFingerprints} gives them. */
  static final class NameFingerprints {
    /**
     * The fingerprint of its folded letters and digits run together ({@link
     * ExactLookup#written}).
     */
    long written;
    /** The fingerprint of the words analysis keeps ({@link #canonicalFingerprint}). */
    long canonical;
  }

  /**
   * Both fingerprints of a text, from one split: the folded letters and digits of a text are the
   * chars of its words, one after another, so its written fingerprint is read from them.
   *
   * @param text the text
   * @return this thread's holder of the two, valid until the thread's next call
   */
  NameFingerprints nameFingerprints(String text) {
    Scratch s = scratch.get();
    Analyzed raw = s.split(text);
    long written = Tables.Fingerprints.EMPTY;
    char[] chars = raw.chars;
    for (int k = 0, end = raw.size == 0 ? 0 : raw.charEnd[raw.size - 1]; k < end; k++) {
      written = Tables.Fingerprints.step(written, chars[k]);
    }
    identify(raw, s);
    s.hash = Tables.Fingerprints.EMPTY;
    words(raw, s);
    NameFingerprints out = s.fingerprints;
    out.written = written;
    out.canonical = s.hash;
    s.release(raw, scratch);
    return out;
  }

  /**
   * What analysis reuses on one thread: the arrays of lexicon ids and dropped marks of the split
   * being analysed, and for {@link #canonicalFingerprint} a splitter, a split whose words are
   * chars only, and the fingerprint of the kept words so far. Not reentrant: one text at a time.
   */
  private static final class Scratch implements WordSink {
    /** The most words whose arrays are kept for the next text. */
    static final int MAX_KEPT = 256;
    private final Folding.Splitter splitter = new Folding.Splitter();
    private final Analyzed split = new Analyzed("");
    private final Splitting splitting = new Splitting(split, false);
    private int[] lexicon = new int[16];
    private boolean[] drop = new boolean[16];
    long hash;
    final NameFingerprints fingerprints = new NameFingerprints();

    /** Lends a split the arrays of its analysis, sized for its words, no word dropped yet. */
    void lend(Analyzed raw) {
      if (lexicon.length < raw.size) {
        lexicon = new int[raw.words.length];
        drop = new boolean[raw.words.length];
      } else {
        Arrays.fill(drop, 0, raw.size, false);
      }
      raw.lexicon = lexicon;
      raw.drop = drop;
    }

    /** Takes back what a split was lent; a long text's arrays are not kept for the next one. */
    void release(Analyzed raw, ThreadLocal<Scratch> owner) {
      raw.lexicon = null;
      raw.drop = null;
      if (lexicon.length > MAX_KEPT || split.words.length > MAX_KEPT) {
        owner.remove();
      }
    }

    Analyzed split(String text) {
      split.reset(text);
      splitting.reset();
      splitter.split(text, splitting);
      splitting.finish();
      return split;
    }

    @Override
    public void word(String lexiconWord, int i, boolean stemmed, int from, int to, boolean upper) {
      if (lexiconWord != null) {
        hash = Tables.Fingerprints.step(hash, lexiconWord);
        return;
      }
      char[] chars = split.chars;
      long h = hash;
      // Raw words run together (a unit code and its number) lie one after another in the chars.
      for (int k = split.charStart(from), e = split.charEnd[to - 1] - (stemmed ? 1 : 0); k < e;
          k++) {
        h = Tables.Fingerprints.step(h, chars[k]);
      }
      hash = h;
    }
  }

  /**
   * Receives a kept word: a word of the lexicon that replaces raw words {@code from} to {@code
   * to}, or (when {@code lexiconWord} is null) raw words {@code from} to {@code to} run together
   * (word {@code i} itself, without its last char when {@code stemmed}; or a unit code and its
   * number, {@link #beforeUnitNumber}).
   */
  private interface WordSink {
    void word(String lexiconWord, int i, boolean stemmed, int from, int to, boolean upper);
  }

  /**
   * Reads each word of a split in the lexicon, once, and marks the words that are dropped, in
   * arrays lent by the thread's scratch.
   */
  private void identify(Analyzed raw, Scratch s) {
    int n = raw.size;
    s.lend(raw);
    for (int i = 0; i < n; i++) {
      raw.lexicon[i] = raw.chars == null ? lexicon.id(raw.words[i])
          : lexicon.id(raw.chars, raw.charStart(i), raw.charEnd[i]);
    }
    dropped(raw);
  }

  /**
   * Marks the raw words that are no part of a name: footnote marks, a Dutch postcode (which is
   * noted) and numbers of three or more digits.
   */
  private void dropped(Analyzed raw) {
    boolean[] drop = raw.drop;
    footnotes(raw, drop);
    for (int i = 0; i < raw.size; i++) {
      if (!raw.isDigits(i)) {
        continue;
      }
      int length = raw.length(i);
      if (length == 4 && raw.charAt(i, 0) != '0' && i + 1 < raw.size
          && raw.segment[i + 1] == raw.segment[i] && raw.length(i + 1) == 2
          && raw.upper[i + 1] && !raw.isDigits(i + 1)) {
        raw.dutchPostcode = true;
        drop[i] = true;
        drop[i + 1] = true;
        i++;
      } else if (length >= 3) {
        drop[i] = true;
      }
    }
  }

  /** Notes the countries a split text names, and marks their words as location evidence. */
  private void places(Analyzed raw) {
    for (int i = 0; i < raw.size; ) {
      int matched = match(lexicon.countries, raw, i, true);
      if (matched > 0) {
        Lexicon.Node node = walk(lexicon.countries, raw, i, matched);
        for (String code : node.countries) {
          raw.addCountry(code, raw.start[i], raw.end[i + matched - 1]);
        }
        for (int k = i; k < i + matched; k++) {
          raw.location[k] = true;
        }
        i += matched;
      } else {
        i++;
      }
    }
  }

  /**
   * Passes the kept words of a split text ({@link #identify identified}) to a sink: synonym
   * phrases replaced by their canonical words, stop words and dropped words left out, plural
   * words in lower case stemmed. What canonical words are is said here only.
   */
  private void words(Analyzed raw, WordSink sink) {
    for (int i = 0; i < raw.size; ) {
      if (raw.drop[i]) {
        i++;
        continue;
      }
      if (beforeUnitNumber(raw, i) && lexicon.isCode(raw.lexicon[i])) {
        sink.word(null, i, false, i, i + 2, raw.upper[i]);
        i += 2;
        continue;
      }
      int matched = match(lexicon.synonyms, raw, i, false);
      if (matched > 0) {
        Lexicon.Node node = walk(lexicon.synonyms, raw, i, matched);
        for (String w : node.kept) {
          sink.word(w, i, false, i, i + matched, false);
        }
        i += matched;
      } else {
        if (!lexicon.isStopword(raw.lexicon[i])) {
          int n = raw.length(i);
          boolean stemmed = !raw.upper[i]
              && stems(n, raw.charAt(i, n - 1), n > 1 ? raw.charAt(i, n - 2) : ' ');
          sink.word(null, i, stemmed, i, i + 1, raw.upper[i]);
        }
        i++;
      }
    }
  }

  /**
   * Tells whether raw word i, written in capitals, is followed in its segment by a number of three
   * to five digits written right after it, with at most a space or a hyphen between: "UMR 5288",
   * "U-1217". When the word is a code of the lexicon's {@code [codes]} too, the two are read as
   * one word, as "UMR5288" is written run together, so that the number says which unit is named.
   * Callers ask the lexicon last: most words fail here first.
   */
  private static boolean beforeUnitNumber(Analyzed raw, int i) {
    if (i + 1 >= raw.size
        || raw.segment[i + 1] != raw.segment[i] || !raw.isDigits(i + 1)) {
      return false;
    }
    int gap = raw.start[i + 1] - raw.end[i];
    String text = raw.text;
    return unitNumber(raw.length(i + 1)) && gap <= 1
        && (gap == 0 || text.charAt(raw.end[i]) == ' ' || text.charAt(raw.end[i]) == '-')
        && inCapitals(text, raw.start[i], raw.end[i]);
  }

  /** Tells whether a number of so many digits may be a unit's number: three to five. */
  private static boolean unitNumber(int digits) {
    return digits >= 3 && digits <= 5;
  }

  /**
   * Tells whether chars {@code from} to {@code to} of a text are written in capitals: each letter
   * upper case, and at least one letter.
   */
  private static boolean inCapitals(String text, int from, int to) {
    boolean letter = false;
    for (int c = from; c < to; c++) {
      char ch = text.charAt(c);
      if (Character.isLetter(ch)) {
        if (!Character.isUpperCase(ch)) {
          return false;
        }
        letter = true;
      }
    }
    return letter;
  }

  /**
   * Gives each unit code a part of its own: a code and its number ({@link #beforeUnitNumber}), or
   * the two written run together ("U1163", "UMR5288"). "CNRS UMR 5558" names the CNRS and then
   * its laboratory, as "CNRS, UMR 5558" would; "Virology UMR-1161" a team and its unit. Changes
   * the segments of a split whose words are strings, in place.
   *
   * @param raw a split text ({@link #raw(String, Predicate)})
   */
  void partUnitCodes(Analyzed raw) {
    boolean[] cut = null;
    for (int i = 0; i < raw.size; i++) {
      // Most words are neither: longer than a code, and not ending in a digit.
      String w = raw.words[i];
      char last = w.charAt(w.length() - 1);
      int words = w.length() <= lexicon.longestCode
          && beforeUnitNumber(raw, i) && lexicon.isCode(lexicon.id(w)) ? 2
          : last >= '0' && last <= '9' && runTogetherCode(raw, i) ? 1 : 0;
      if (words == 0) {
        continue;
      }
      if (cut == null) {
        cut = new boolean[raw.size];
      }
      int seg = raw.segment[i];
      cut[i] = i > 0 && raw.segment[i - 1] == seg;
      int next = i + words;
      if (next < raw.size && raw.segment[next] == seg) {
        cut[next] = true;
      }
      i = next - 1;
    }
    if (cut == null) {
      return;
    }
    int shift = 0;
    for (int i = 0; i < raw.size; i++) {
      shift += cut[i] ? 1 : 0;
      raw.segment[i] += shift;
    }
    raw.segments += shift;
  }

  /**
   * Tells whether raw word i (a string) is a word of the lexicon's {@code [codes]} and a number of
   * three to five digits written run together, the code in capitals: "U1163", "UMR5288".
   */
  private boolean runTogetherCode(Analyzed raw, int i) {
    String w = raw.words[i];
    int n = w.length();
    int k = n;
    while (k > 0 && w.charAt(k - 1) >= '0' && w.charAt(k - 1) <= '9') {
      k--;
    }
    return k > 0 && unitNumber(n - k) && raw.end[i] - raw.start[i] == n
        && inCapitals(raw.text, raw.start[i], raw.start[i] + k)
        && lexicon.isCode(lexicon.id(w.substring(0, k)));
  }

  /**
   * Reads a number of one or two digits between two words of a part, before a capitalised word
   * that begins a unit's name, as a footnote mark that ends the part: "University of Oslo 2
   * Department of Biosciences" names the university, then its department. The number is dropped.
   */
  private void footnotes(Analyzed raw, boolean[] drop) {
    // The segments as split; copied when the first footnote starts changing them.
    int[] segment = raw.segment;
    int shift = 0;
    for (int i = 0; i < raw.size; i++) {
      raw.segment[i] = segment[i] + shift;
      if (raw.length(i) <= 2 && raw.isDigits(i) && i > 0 && i + 1 < raw.size
          && segment[i - 1] == segment[i] && segment[i + 1] == segment[i]
          && lexicon.isHead(raw.lexicon[i + 1])
          && Character.isUpperCase(raw.text.codePointAt(raw.start[i + 1]))) {
        drop[i] = true;
        if (shift++ == 0) {
          segment = Arrays.copyOf(raw.segment, raw.size);
        }
      }
    }
    raw.segments += shift;
  }

  /**
   * Tells whether the word at a position of an analysed text is an abbreviation in brackets of
   * the words written just before it, as in "Hangzhou Institute of Medicine (HIM)": its letters
   * are their initials, stop words optional. Such an abbreviation is that name's own short form,
   * not the acronym of another organization.
   */
  boolean abbreviatesWordsBefore(Analyzed a, int p) {
    return abbreviates(a, p, true);
  }

  /**
   * Tells whether the word at a position of an analysed text, written in capitals right after
   * other words of its part, abbreviates them as {@link #abbreviatesWordsBefore} reads it, the
   * brackets lost: "Leiden University Medical Center LUMC Transplant Center".
   */
  boolean abbreviatesWordsJustBefore(Analyzed a, int p) {
    return a.upper[p] && abbreviates(a, p, false);
  }

  private boolean abbreviates(Analyzed a, int p, boolean bracketed) {
    String text = a.text;
    int s = a.start[p];
    int e = a.end[p];
    int before = s - 1;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    int after = e;
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    if (e - s < 2 || e - s > 12 || before < 0) {
      return false;
    }
    if (bracketed ? after >= text.length() || text.charAt(before) != '('
        || text.charAt(after) != ')' : !Character.isLetterOrDigit(text.charAt(before))) {
      return false;
    }
    Analyzed raw = a.raw == null ? a : a.raw;
    int r = raw.size - 1;
    while (r >= 0 && raw.start[r] >= (bracketed ? before : s)) {
      r--;
    }
    if (r < 0) {
      return false;
    }
    StringBuilder letters = new StringBuilder(e - s);
    for (int c = s; c < e; c++) {
      if (Character.isLetter(text.charAt(c))) {
        letters.append(Character.toLowerCase(text.charAt(c)));
      }
    }
    // A name abbreviated in n letters spans at most 3n words, stop words included.
    int lowest = Math.max(0, r + 1 - 3 * letters.length());
    return beginnings(letters.toString(), letters.length() - 1, raw, r, raw.segment[r], true,
        new Span(lowest, r, letters.length()));
  }

  /**
   * Tells whether letters [0, k] of an abbreviation are the beginnings of the words of a split that
   * end at word r, in its segment, read backwards: each word gives one letter or more, a stop word
   * may give none, and when {@code last} the word must give some unless it is a stop word (the
   * first word before the brackets that is no stop word is part of the name). Only the words of
   * a span are read, and each (k, r) is explored once, so the time is at most the letters times
   * the span's words.
   */
  private boolean beginnings(String letters, int k, Analyzed raw, int r, int segment,
      boolean last, Span span) {
    if (k < 0) {
      return !last;
    }
    if (r < span.lowest || raw.segment[r] != segment || !last && span.failed(k, r)) {
      return false;
    }
    String w = raw.words[r];
    boolean found = lexicon.stopwords.contains(w)
        && beginnings(letters, k, raw, r - 1, segment, last, span);
    for (int t = 1; !found && t <= k + 1 && t <= w.length(); t++) {
      found = w.regionMatches(0, letters, k - t + 1, t)
          && beginnings(letters, k - t, raw, r - 1, segment, false, span);
    }
    if (!found && !last) {
      span.fail(k, r);
    }
    return found;
  }

  /**
   * The words an abbreviation may stand for, {@code lowest} to {@code highest}, and the (letter,
   * word) pairs found not to end a match.
   */
  private static final class Span {
    final int lowest;
    private final int words;
    private final boolean[] failed;

    Span(int lowest, int highest, int letters) {
      this.lowest = lowest;
      this.words = highest - lowest + 1;
      this.failed = new boolean[letters * words];
    }

    boolean failed(int k, int r) {
      return failed[k * words + r - lowest];
    }

    void fail(int k, int r) {
      failed[k * words + r - lowest] = true;
    }
  }

  /** Tells whether a folded word begins the name of a part of an organization ("department"). */
  boolean beginsAPart(String word) {
    return lexicon.heads.contains(word);
  }

  /** Tells whether a folded word is a stop word. */
  boolean isStopword(String word) {
    return lexicon.stopwords.contains(word);
  }

  /** Returns the country codes a text names, such as {@code [NL]} for "the Netherlands". */
  Set<String> countries(String text) {
    return new TreeSet<>(analyze(text).countryCodes);
  }

  /** Length of the longest phrase of the trie starting at word i (within its segment), or 0. */
  private static int match(Lexicon.Node root, Analyzed raw, int i, boolean countries) {
    Lexicon.Node node = root;
    int best = 0;
    for (int k = i; k < raw.size && raw.segment[k] == raw.segment[i]; k++) {
      node = node.child(raw.lexicon[k]);
      if (node == null) {
        break;
      }
      if (countries ? node.countries != null
          : node.replacement != null && (!node.capitals || capitalsBesideName(raw, k))) {
        best = k - i + 1;
      }
    }
    return best;
  }

  /**
   * Tells whether word k is written in capitals beside more words of its segment: "TU Delft"
   * reads as "technical university delft" and "Wageningen UR" as "wageningen university
   * research", but "TU" or "UR" alone is an acronym of its own.
   */
  private static boolean capitalsBesideName(Analyzed raw, int k) {
    return raw.upper[k] && (k + 1 < raw.size && raw.segment[k + 1] == raw.segment[k]
        && !raw.isDigits(k + 1)
        || k > 0 && raw.segment[k - 1] == raw.segment[k] && !raw.isDigits(k - 1));
  }

  private static Lexicon.Node walk(Lexicon.Node root, Analyzed raw, int i, int length) {
    Lexicon.Node node = root;
    for (int k = i; k < i + length; k++) {
      node = node.child(raw.lexicon[k]);
    }
    return node;
  }

  /** Drops a plural -s: "sciences" and "science" compare equal; "-ss", "-us", "-is" are kept. */
  static String stem(String w) {
    int n = w.length();
    return n > 1 && stems(n, w.charAt(n - 1), w.charAt(n - 2)) ? w.substring(0, n - 1) : w;
  }

  /** Tells whether {@link #stem} drops the last char of a word of a length and last two chars. */
  private static boolean stems(int length, char last, char before) {
    return length > 3 && last == 's' && before != 's' && before != 'u' && before != 'i'
        && !Character.isDigit(before);
  }

  static boolean isDigits(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return !w.isEmpty();
  }

  /**
   * Folds and splits without the lexicon: words, spans, segments and upper-case flags. The folding
   * is the library's one ({@link Folding}); a segment ends at a break character.
   */
  static Analyzed raw(String text) {
    Analyzed a = new Analyzed(text);
    Splitting splitting = new Splitting(a, true);
    new Folding.Splitter().split(text, splitting);
    splitting.finish();
    return a;
  }

  /**
   * Adds the words of a folded text to a split, each in the segment it belongs to: a segment ends
   * at a break character. Reusable after {@link #reset}.
   */
  private static final class Splitting implements Folding.Chars {
    private final Analyzed a;
    /** Whether each word is kept as a string too, or as chars only. */
    private final boolean strings;
    private int segment;
    private boolean breakPending;

    Splitting(Analyzed a, boolean strings) {
      this.a = a;
      this.strings = strings;
    }

    void reset() {
      segment = 0;
      breakPending = false;
    }

    @Override
    public void word(char[] folded, int length, int start, int end, boolean upper) {
      if (breakPending && a.size > 0 && a.segment[a.size - 1] == segment) {
        segment++;
      }
      breakPending = false;
      if (strings) {
        a.add(new String(folded, 0, length), start, end, segment, upper, false);
      } else {
        a.addSplit(folded, length, start, end, segment, upper);
      }
    }

    @Override
    public void separator(int cp, int at, int length) {
      breakPending |= isBreak(cp, a.text, at, length);
    }

    /** Counts the segments once the text is split. */
    void finish() {
      a.segments = a.size == 0 ? 0 : a.segment[a.size - 1] + 1;
    }
  }

  /** The longest word read as two words run together: two long words, as typed. */
  static final int GLUED_MAX = 40;

  /**
   * Splits a text as {@link #raw(String)} does, then reads a word that is unknown but written as
   * two known words run together at a change of case ("CONICETUniversidad", "Current
   * addressKhalifa", "SouthernUniversity"), as those two words: a space lost in typing. Words
   * written so on purpose ("AstraZeneca") are known as they are and stay whole.
   *
   * @param text the text
   * @param known tells whether a folded word is known (a word of some name, or a stop word)
   * @return the split text
   */
  static Analyzed raw(String text, Predicate<String> known) {
    Analyzed a = raw(text);
    Analyzed out = null;
    for (int i = 0; i < a.size; i++) {
      // The case test first: most words have no case change inside and cost no lookup.
      int cut = gluedAt(text, a.start[i], a.end[i], known);
      if (cut >= 0 && known.test(a.words[i])) {
        cut = -1;
      }
      if (cut >= 0 && out == null) {
        out = new Analyzed(text);
        out.segments = a.segments;
        for (int k = 0; k < i; k++) {
          out.add(a.words[k], a.start[k], a.end[k], a.segment[k], a.upper[k], false);
        }
      }
      if (out == null) {
        continue;
      }
      if (cut < 0) {
        out.add(a.words[i], a.start[i], a.end[i], a.segment[i], a.upper[i], false);
      } else {
        addFolded(out, text, a.start[i], cut, a.segment[i]);
        addFolded(out, text, cut, a.end[i], a.segment[i]);
      }
    }
    return out == null ? a : out;
  }

  /** Adds a part of a word, folded, with its own upper-case flag. */
  private static void addFolded(Analyzed out, String text, int start, int end, int segment) {
    String part = text.substring(start, end);
    int letters = 0;
    boolean upper = true;
    for (int k = 0; k < part.length(); k++) {
      if (Character.isLetter(part.charAt(k))) {
        letters++;
        upper &= Character.isUpperCase(part.charAt(k));
      }
    }
    out.add(Folding.fold(part), start, end, segment, upper && letters >= 2, false);
  }

  /**
   * Returns where a word of the text splits into two known words at a change of case: a lower
   * case letter, or a run of at least two capitals, then a capital and a lower case letter; or -1.
   * Words longer than {@link #GLUED_MAX} characters are not split, so the work stays linear in the
   * text.
   */
  private static int gluedAt(String text, int start, int end, Predicate<String> known) {
    if (end - start > GLUED_MAX) {
      return -1;
    }
    for (int i = start + 2; i + 1 < end; i++) {
      char prev = text.charAt(i - 1);
      char c = text.charAt(i);
      char next = text.charAt(i + 1);
      if (!Character.isUpperCase(c) || !Character.isLowerCase(next)) {
        continue;
      }
      boolean lowerBefore = Character.isLowerCase(prev) && Character.isLowerCase(text.charAt(i - 2));
      boolean capitalsBefore = Character.isUpperCase(prev) && Character.isUpperCase(text.charAt(i - 2));
      if (!lowerBefore && !capitalsBefore) {
        continue;
      }
      String left = Folding.fold(text.substring(start, i));
      String right = Folding.fold(text.substring(i, end));
      if (left.indexOf(' ') < 0 && right.indexOf(' ') < 0 && known.test(left) && known.test(right)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isBreak(int cp, String text, int i, int len) {
    switch (cp) {
      case ',': case ';': case '(': case ')': case '[': case ']': case '{': case '}': case '|':
      case '/': case '\\': case ':': case '\n': case '\r': case '\t': case '\u2022': case '\u00b7':
        return true;
      case '-': case '\u2013': case '\u2014':
        return i > 0 && Character.isWhitespace(text.charAt(i - 1)) && i + len < text.length()
            && Character.isWhitespace(text.charAt(i + len));
      default:
        return false;
    }
  }
}

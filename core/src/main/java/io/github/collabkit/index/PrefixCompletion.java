package io.github.collabkit.index;

import io.github.collabkit.internal.Folding;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.OrganizationStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Prefix completion of an {@link OrganizationIndex}: one entry per name and word start (stop words
 * excepted), sorted on the folded text from that word on, so the names sharing a typed prefix are
 * one contiguous range found by two binary searches.
 *
 * <p>An entry's rank does not depend on the prefix, except for a bonus when the whole name is the
 * prefix, and those entries open the range. So the best {@code k ≤ TOP} organizations of a range
 * come from a sparse table over blocks of {@code BLOCK} entries, each cell holding the best {@code
 * TOP} organizations of 2<sup>l</sup> blocks for even l: a short prefix that thousands of names
 * share costs at most four table cells, two partial blocks and the exact names, not a scan of the
 * thousands. Larger {@code k} and prefixes longer than {@link #KEY} scan the range. Names are
 * held folded in one {@link PackedTexts}; ranks are computed from a byte per name when needed.
 * Immutable and thread-safe.
 */
final class PrefixCompletion {
  /** How many characters of a name suffix order the entries. */
  static final int KEY = 64;
  /** Entries per block of the sparse table. */
  static final int BLOCK = 64;
  /** Organizations kept per sparse-table cell: the largest {@code k} answered from the table. */
  static final int TOP = 16;

  private final OrganizationTable table;
  /** The folded text of every name, by name position. */
  private final PackedTexts text;
  private final Name[] names;
  private final int[] org;
  /**
   * Per name, what its rank (see {@link #rank}) is made of besides its organization's prior and
   * its length: its kind's ordinal, plus {@link #ACTIVE} for a name of an active organization.
   * Ranks are computed when needed, not stored per entry.
   */
  private final byte[] nameRank;
  private final int[] entryName;
  private final int[] entryOffset;
  /**
   * {@code sparse[l]} for even l: per block b, from {@code b * TOP}, the best {@link #TOP} entries
   * (one per organization, best first, -1 after the last) of blocks b to b + 2^l - 1; null for
   * odd l.
   */
  private final int[][] sparse;

  private static final int ACTIVE = 8;
  private static final NameKind[] KINDS = NameKind.values();

  PrefixCompletion(OrganizationTable table, Set<String> stopwords) {
    this.table = table;
    int count = 0;
    for (int i = 0; i < table.size(); i++) {
      count += table.get(i).names().size();
    }
    this.names = new Name[count];
    this.org = new int[count];
    this.nameRank = new byte[count];
    String[] folded = new String[count];
    int k = 0;
    for (int i = 0; i < table.size(); i++) {
      boolean active = table.get(i).status() == OrganizationStatus.ACTIVE;
      for (Name name : table.get(i).names()) {
        names[k] = name;
        org[k] = i;
        nameRank[k] = (byte) (name.kind().ordinal() + (active ? ACTIVE : 0));
        folded[k] = Folding.fold(name.value());
        k++;
      }
    }
    this.text = new PackedTexts(folded);
    int entryCount = 0;
    for (k = 0; k < count; k++) {
      entryCount += words(folded[k], stopwords, null, 0);
    }
    int[] entryName = new int[entryCount];
    int[] entryOffset = new int[entryCount];
    int e = 0;
    for (k = 0; k < count; k++) {
      int before = e;
      e += words(folded[k], stopwords, entryOffset, e);
      Arrays.fill(entryName, before, e, k);
      folded[k] = null;
    }
    // Sort entry positions on the suffix from each entry's word, stably: entries with equal
    // suffixes (on their first KEY chars) stay in name order. Each entry's first HEAD chars are
    // packed into two longs that compare as they do, so most comparisons read no text.
    int[] sorted = new int[entryCount];
    long[] first = new long[entryCount];
    long[] second = new long[entryCount];
    for (e = 0; e < entryCount; e++) {
      sorted[e] = e;
      first[e] = packed(entryName[e], entryOffset[e], 0);
      second[e] = packed(entryName[e], entryOffset[e], HEAD / 2);
    }
    sortEntries(sorted, first, second, entryName, entryOffset);
    this.entryName = new int[entryCount];
    this.entryOffset = new int[entryCount];
    for (e = 0; e < entryCount; e++) {
      this.entryName[e] = entryName[sorted[e]];
      this.entryOffset[e] = entryOffset[sorted[e]];
    }
    this.sparse = sparseTable();
  }

  /**
   * Counts the entries of a folded name: its start and each later word that is not a stop word;
   * stores their offsets in {@code offsets} from {@code from} when it is not null.
   */
  private static int words(String folded, Set<String> stopwords, int[] offsets, int from) {
    int n = 0;
    int start = 0;
    while (start < folded.length()) {
      int space = folded.indexOf(' ', start);
      int end = space < 0 ? folded.length() : space;
      if (start == 0 || !stopwords.contains(folded.substring(start, end))) {
        if (offsets != null) {
          offsets[from + n] = start;
        }
        n++;
      }
      start = end + 1;
    }
    return n;
  }

  /**
   * The prefix-independent rank of an entry: a name's start before a later word, display names
   * and labels before aliases and acronyms, active organizations first, then prominence, then
   * shorter names.
   */
  private double rank(int e) {
    int name = entryName[e];
    int r = nameRank[name];
    return (entryOffset[e] == 0 ? 4 : 0)
        + kindRank(KINDS[r & (ACTIVE - 1)])
        + ((r & ACTIVE) != 0 ? 1 : 0)
        + table.prior(org[name])
        - text.length(name) / 1000.0;
  }

  /**
   * Builds the sparse table on even levels only, each from four cells of the level below: half
   * the memory of every level, for at most four cells a query instead of two.
   */
  private int[][] sparseTable() {
    int blocks = (entryName.length + BLOCK - 1) / BLOCK;
    int levels = blocks == 0 ? 0 : 32 - Integer.numberOfLeadingZeros(blocks);
    int[][] cells = new int[levels][];
    if (levels == 0) {
      return cells;
    }
    cells[0] = new int[blocks * TOP];
    for (int b = 0; b < blocks; b++) {
      Best best = new Best(BLOCK);
      for (int e = b * BLOCK, end = Math.min(e + BLOCK, entryName.length); e < end; e++) {
        best.offer(e, rank(e));
      }
      store(best.top(TOP), cells[0], b);
    }
    for (int l = 2; l < levels; l += 2) {
      int span = 1 << l;
      int quarter = span >> 2;
      cells[l] = new int[(blocks - span + 1) * TOP];
      for (int b = 0; b + span <= blocks; b++) {
        Best best = new Best(4 * TOP);
        for (int q = 0; q < 4; q++) {
          best.offerAll(cells[l - 2], b + q * quarter);
        }
        store(best.top(TOP), cells[l], b);
      }
    }
    return cells;
  }

  private static void store(int[] top, int[] level, int b) {
    System.arraycopy(top, 0, level, b * TOP, top.length);
    Arrays.fill(level, b * TOP + top.length, (b + 1) * TOP, -1);
  }

  /** The top {@code k} organizations for a typed prefix; see {@link OrganizationIndex#complete}. */
  List<Completion> complete(String prefix, int k) {
    String p = Folding.fold(prefix);
    if (p.isEmpty()) {
      return List.of();
    }
    // Entries are sorted on their first KEY characters only, so search on those.
    String key = p.length() > KEY ? p.substring(0, KEY) : p;
    int lo = lowerBound(key);
    int hi = upperBound(key, lo);
    return complete(p, k, lo, hi, k > TOP || p.length() >= KEY);
  }

  /** Answers from the sparse table, or by scanning the whole range when {@code scan} is set. */
  List<Completion> complete(String p, int k, int lo, int hi, boolean scan) {
    Best best = new Best(Math.min(hi - lo, 4 * BLOCK + 2 * TOP));
    if (scan || hi - lo <= 2 * BLOCK) {
      for (int e = lo; e < hi; e++) {
        offer(best, e, p);
      }
    } else {
      // The names that are the whole prefix open the range (a shorter suffix sorts first).
      for (int e = lo; e < hi && text.length(entryName[e]) - entryOffset[e] == p.length(); e++) {
        offer(best, e, p);
      }
      int first = (lo + BLOCK - 1) / BLOCK;
      int last = hi / BLOCK;
      for (int e = lo; e < first * BLOCK; e++) {
        offer(best, e, p);
      }
      for (int e = last * BLOCK; e < hi; e++) {
        offer(best, e, p);
      }
      if (first < last) {
        // Cells of the highest stored level that fits cover the blocks, overlapping at the end.
        int l = (31 - Integer.numberOfLeadingZeros(last - first)) & ~1;
        int span = 1 << l;
        for (int b = first; b + span < last; b += span) {
          best.offerAll(sparse[l], b);
        }
        best.offerAll(sparse[l], last - span);
      }
    }
    int[] top = best.top(k);
    List<Completion> result = new ArrayList<>(top.length);
    for (int e : top) {
      int name = entryName[e];
      result.add(new Completion(table.get(org[name]), names[name]));
    }
    return result;
  }

  /** The number of entries, for tests. */
  int entries() {
    return entryName.length;
  }

  /** The name position of an entry, for tests. */
  int nameOf(int e) {
    return entryName[e];
  }

  /** The folded suffix an entry stands for, on its first {@link #KEY} characters, for tests. */
  String suffix(int e) {
    int from = entryOffset[e];
    int to = Math.min(text.length(entryName[e]), from + KEY);
    StringBuilder b = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      b.append(text.charAt(entryName[e], i));
    }
    return b.toString();
  }

  /** The range of entries whose suffix starts with {@code key}, as {@code [lowerBound, upperBound)}. */
  int[] range(String prefix) {
    String p = Folding.fold(prefix);
    String key = p.length() > KEY ? p.substring(0, KEY) : p;
    int lo = lowerBound(key);
    return new int[] {lo, upperBound(key, lo)};
  }

  private void offer(Best best, int e, String p) {
    int name = entryName[e];
    int offset = entryOffset[e];
    if (!text.startsWith(name, offset, p)) {
      return;
    }
    best.offer(e, rank(e) + (offset == 0 && text.length(name) == p.length() ? 2 : 0));
  }

  private int lowerBound(String key) {
    int lo = 0;
    int hi = entryName.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (compareSuffixToPrefix(entryName[mid], entryOffset[mid], key) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private int upperBound(String key, int from) {
    int lo = from;
    int hi = entryName.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (text.startsWith(entryName[mid], entryOffset[mid], key)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The best entry of each organization offered, ranked: higher rank first, then organizations in
   * reference order; of one organization's entries of equal rank the first in sort order. An
   * open-addressing table by organization over parallel arrays.
   */
  private final class Best {
    /** The organization plus one, 0 for a free slot. */
    private int[] keys;
    private int[] entry;
    private double[] rankOf;
    private int size;

    Best(int expected) {
      allocate(Tables.capacity(Math.max(expected, 1)));
    }

    private void allocate(int capacity) {
      keys = new int[capacity];
      entry = new int[capacity];
      rankOf = new double[capacity];
    }

    void offer(int e, double r) {
      int key = org[entryName[e]] + 1;
      int mask = keys.length - 1;
      int s = Tables.mix(key) & mask;
      while (keys[s] != 0) {
        if (keys[s] == key) {
          if (r > rankOf[s] || (r == rankOf[s] && e < entry[s])) {
            entry[s] = e;
            rankOf[s] = r;
          }
          return;
        }
        s = (s + 1) & mask;
      }
      keys[s] = key;
      entry[s] = e;
      rankOf[s] = r;
      if (++size * 4L > keys.length * 3L) {
        grow();
      }
    }

    private void grow() {
      int[] oldKeys = keys;
      int[] oldEntry = entry;
      double[] oldRank = rankOf;
      allocate(keys.length * 2);
      int mask = keys.length - 1;
      for (int t = 0; t < oldKeys.length; t++) {
        if (oldKeys[t] != 0) {
          int s = Tables.mix(oldKeys[t]) & mask;
          while (keys[s] != 0) {
            s = (s + 1) & mask;
          }
          keys[s] = oldKeys[t];
          entry[s] = oldEntry[t];
          rankOf[s] = oldRank[t];
        }
      }
    }

    /** Offers the entries of sparse-table cell {@code b} of a level. */
    void offerAll(int[] level, int b) {
      for (int i = b * TOP, end = i + TOP; i < end && level[i] >= 0; i++) {
        offer(level[i], rank(level[i]));
      }
    }

    int[] top(int k) {
      int[] slots = new int[size];
      int n = 0;
      for (int s = 0; s < keys.length; s++) {
        if (keys[s] != 0) {
          slots[n++] = s;
        }
      }
      // One entry per organization and organizations' orders differ: the order is total. The
      // sparse table's cells hold a few dozen, sorted by insertion; a scan's many by merging.
      IntOrder best = (x, y) -> {
        int c = Double.compare(rankOf[y], rankOf[x]);
        return c != 0 ? c : Integer.compare(table.keyOrder(keys[x] - 1), table.keyOrder(keys[y] - 1));
      };
      if (n <= SMALL) {
        for (int i = 1; i < n; i++) {
          int slot = slots[i];
          int j = i;
          for (; j > 0 && best.compare(slot, slots[j - 1]) < 0; j--) {
            slots[j] = slots[j - 1];
          }
          slots[j] = slot;
        }
      } else {
        sort(slots, n, best);
      }
      int[] top = new int[Math.min(k, n)];
      for (int i = 0; i < top.length; i++) {
        top[i] = entry[slots[i]];
      }
      return top;
    }
  }

  /** The most entries {@link Best#top} sorts by insertion. */
  private static final int SMALL = 2 * BLOCK;

  /** Compares two ints, such as positions in arrays. */
  @FunctionalInterface
  private interface IntOrder {
    int compare(int x, int y);
  }

  /** Sorts the first {@code n} ints of an array, stably (a merge sort): equal ints keep their order. */
  private static void sort(int[] a, int n, IntOrder c) {
    int[] buffer = new int[n];
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(lo + width, n);
        int hi = Math.min(lo + 2 * width, n);
        if (mid >= hi || c.compare(a[mid - 1], a[mid]) <= 0) {
          System.arraycopy(a, lo, buffer, lo, hi - lo);
          continue;
        }
        int i = lo;
        int j = mid;
        int o = lo;
        while (i < mid && j < hi) {
          buffer[o++] = c.compare(a[j], a[i]) < 0 ? a[j++] : a[i++];
        }
        while (i < mid) {
          buffer[o++] = a[i++];
        }
        while (j < hi) {
          buffer[o++] = a[j++];
        }
      }
      System.arraycopy(buffer, 0, a, 0, n);
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

  /**
   * Sorts entries on their suffixes, stably (a merge sort): entries with equal suffixes (on their
   * first {@link #KEY} characters) keep their order. The entries' packed first characters move
   * with them, so merging reads memory in order; the text is read only when those are equal.
   */
  private void sortEntries(int[] entries, long[] first, long[] second, int[] entryName,
      int[] entryOffset) {
    int n = entries.length;
    int[] from = entries;
    long[] fromFirst = first;
    long[] fromSecond = second;
    int[] to = new int[n];
    long[] toFirst = new long[n];
    long[] toSecond = new long[n];
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(lo + width, n);
        int hi = Math.min(lo + 2 * width, n);
        int i = lo;
        int j = mid;
        int o = lo;
        while (i < mid && j < hi) {
          int c = Long.compareUnsigned(fromFirst[j], fromFirst[i]);
          if (c == 0) {
            c = Long.compareUnsigned(fromSecond[j], fromSecond[i]);
          }
          if (c == 0) {
            c = compareSuffix(entryName[from[j]], entryOffset[from[j]], entryName[from[i]],
                entryOffset[from[i]], HEAD);
          }
          int next = c < 0 ? j++ : i++;
          to[o] = from[next];
          toFirst[o] = fromFirst[next];
          toSecond[o++] = fromSecond[next];
        }
        int rest = i < mid ? i : j;
        int length = (i < mid ? mid : hi) - rest;
        System.arraycopy(from, rest, to, o, length);
        System.arraycopy(fromFirst, rest, toFirst, o, length);
        System.arraycopy(fromSecond, rest, toSecond, o, length);
      }
      int[] entriesSwap = from;
      from = to;
      to = entriesSwap;
      long[] firstSwap = fromFirst;
      fromFirst = toFirst;
      toFirst = firstSwap;
      long[] secondSwap = fromSecond;
      fromSecond = toSecond;
      toSecond = secondSwap;
    }
    if (from != entries) {
      System.arraycopy(from, 0, entries, 0, n);
    }
  }

  /** How many leading characters of an entry the sort compares as {@link #packed} numbers. */
  private static final int HEAD = 8;

  /**
   * Four characters of the suffix of a name from an offset, from its {@code from}th character on,
   * as an unsigned number that compares as the characters do (a character beyond the end reads
   * as 0, so a shorter suffix comes first).
   */
  private long packed(int name, int offset, int from) {
    int length = text.length(name) - offset;
    long key = 0;
    for (int i = from; i < from + 4; i++) {
      key = key << 16 | (i < length ? text.charAt(name, offset + i) : 0);
    }
    return key;
  }

  /**
   * Compares the suffixes of two names from two offsets on their first {@link #KEY} characters,
   * so sorting the entries of one very long name costs linear, not quadratic, time; the first
   * {@code from} characters are known to be equal.
   */
  private int compareSuffix(int a, int ao, int b, int bo, int from) {
    int la = Math.min(text.length(a) - ao, KEY);
    int lb = Math.min(text.length(b) - bo, KEY);
    int n = Math.min(la, lb);
    for (int i = from; i < n; i++) {
      int c = Character.compare(text.charAt(a, ao + i), text.charAt(b, bo + i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(la, lb);
  }

  private int compareSuffixToPrefix(int a, int ao, String prefix) {
    int la = text.length(a) - ao;
    int n = Math.min(la, prefix.length());
    for (int i = 0; i < n; i++) {
      int c = Character.compare(text.charAt(a, ao + i), prefix.charAt(i));
      if (c != 0) {
        return c;
      }
    }
    return la < prefix.length() ? -1 : 0;
  }
}

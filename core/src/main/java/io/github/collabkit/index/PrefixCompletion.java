package io.github.collabkit.index;

import io.github.collabkit.internal.Folding;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.OrganizationStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prefix completion of an {@link OrganizationIndex}: one entry per name and word start (stop words
 * excepted), sorted on the folded text from that word on, so the names sharing a typed prefix are
 * one contiguous range found by two binary searches.
 *
 * <p>An entry's rank does not depend on the prefix, except for a bonus when the whole name is the
 * prefix, and those entries open the range. So the best {@code k ≤ TOP} organizations of a range
 * come from a sparse table over blocks of {@code BLOCK} entries, each cell holding the best {@code
 * TOP} organizations of 2<sup>l</sup> blocks: a short prefix that thousands of names share costs
 * two table cells, two partial blocks and the exact names, not a scan of the thousands. Larger
 * {@code k} and prefixes longer than {@link #KEY} scan the range. Immutable and thread-safe.
 */
final class PrefixCompletion {
  /** How many characters of a name suffix order the entries. */
  static final int KEY = 64;
  /** Entries per block of the sparse table. */
  static final int BLOCK = 64;
  /** Organizations kept per sparse-table cell: the largest {@code k} answered from the table. */
  static final int TOP = 16;

  private final OrganizationTable table;
  private final String[] text;
  private final Name[] names;
  private final int[] org;
  private final int[] entryName;
  private final int[] entryOffset;
  /** The prefix-independent rank of each entry. */
  private final double[] rank;
  /** Each organization's position in reference order, the tie-break between equal ranks. */
  private final int[] order;
  /** {@code table[l][b]}: the best {@link #TOP} entries, one per organization, of blocks b to b + 2^l - 1. */
  private final int[][][] sparse;

  PrefixCompletion(OrganizationTable table, Set<String> stopwords) {
    this.table = table;
    List<Name> all = new ArrayList<>();
    List<Integer> allOrg = new ArrayList<>();
    for (int i = 0; i < table.size(); i++) {
      for (Name name : table.get(i).names()) {
        all.add(name);
        allOrg.add(i);
      }
    }
    int count = all.size();
    this.text = new String[count];
    this.names = all.toArray(Name[]::new);
    this.org = allOrg.stream().mapToInt(Integer::intValue).toArray();
    List<long[]> entries = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      String folded = Folding.fold(names[k].value());
      text[k] = folded;
      int start = 0;
      while (start < folded.length()) {
        int space = folded.indexOf(' ', start);
        int end = space < 0 ? folded.length() : space;
        if (start == 0 || !stopwords.contains(folded.substring(start, end))) {
          entries.add(new long[] {k, start});
        }
        start = end + 1;
      }
    }
    entries.sort((x, y) -> compareSuffix(text[(int) x[0]], (int) x[1], text[(int) y[0]],
        (int) y[1]));
    this.entryName = new int[entries.size()];
    this.entryOffset = new int[entries.size()];
    for (int e = 0; e < entries.size(); e++) {
      entryName[e] = (int) entries.get(e)[0];
      entryOffset[e] = (int) entries.get(e)[1];
    }
    this.rank = new double[entryName.length];
    for (int e = 0; e < rank.length; e++) {
      int name = entryName[e];
      int o = org[name];
      rank[e] = (entryOffset[e] == 0 ? 4 : 0)
          + kindRank(names[name].kind())
          + (table.get(o).status() == OrganizationStatus.ACTIVE ? 1 : 0)
          + table.prior(o)
          - text[name].length() / 1000.0;
    }
    Integer[] byRef = new Integer[table.size()];
    for (int i = 0; i < byRef.length; i++) {
      byRef[i] = i;
    }
    Arrays.sort(byRef, (x, y) -> table.get(x).ref().compareTo(table.get(y).ref()));
    this.order = new int[table.size()];
    for (int i = 0; i < byRef.length; i++) {
      order[byRef[i]] = i;
    }
    this.sparse = sparseTable();
  }

  private int[][][] sparseTable() {
    int blocks = (entryName.length + BLOCK - 1) / BLOCK;
    int levels = blocks == 0 ? 0 : 32 - Integer.numberOfLeadingZeros(blocks);
    int[][][] cells = new int[levels][][];
    if (levels == 0) {
      return cells;
    }
    cells[0] = new int[blocks][];
    for (int b = 0; b < blocks; b++) {
      Best best = new Best();
      for (int e = b * BLOCK, end = Math.min(e + BLOCK, entryName.length); e < end; e++) {
        best.offer(e, rank[e]);
      }
      cells[0][b] = best.top(TOP);
    }
    for (int l = 1; l < levels; l++) {
      int span = 1 << l;
      int half = span >> 1;
      cells[l] = new int[blocks - span + 1][];
      for (int b = 0; b + span <= blocks; b++) {
        Best best = new Best();
        best.offerAll(cells[l - 1][b]);
        best.offerAll(cells[l - 1][b + half]);
        cells[l][b] = best.top(TOP);
      }
    }
    return cells;
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
    Best best = new Best();
    if (scan || hi - lo <= 2 * BLOCK) {
      for (int e = lo; e < hi; e++) {
        offer(best, e, p);
      }
    } else {
      // The names that are the whole prefix open the range (a shorter suffix sorts first).
      for (int e = lo; e < hi && text[entryName[e]].length() - entryOffset[e] == p.length(); e++) {
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
        int l = 31 - Integer.numberOfLeadingZeros(last - first);
        best.offerAll(sparse[l][first]);
        best.offerAll(sparse[l][last - (1 << l)]);
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

  /** The range of entries whose suffix starts with {@code key}, as {@code [lowerBound, upperBound)}. */
  int[] range(String prefix) {
    String p = Folding.fold(prefix);
    String key = p.length() > KEY ? p.substring(0, KEY) : p;
    int lo = lowerBound(key);
    return new int[] {lo, upperBound(key, lo)};
  }

  private void offer(Best best, int e, String p) {
    String t = text[entryName[e]];
    int offset = entryOffset[e];
    if (!t.startsWith(p, offset)) {
      return;
    }
    best.offer(e, rank[e] + (offset == 0 && t.length() == p.length() ? 2 : 0));
  }

  private int lowerBound(String key) {
    int lo = 0;
    int hi = entryName.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (compareSuffixToPrefix(text[entryName[mid]], entryOffset[mid], key) < 0) {
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
      if (text[entryName[mid]].startsWith(key, entryOffset[mid])) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The best entry of each organization offered, ranked: higher rank first, then organizations in
   * reference order; of one organization's entries of equal rank the first in sort order.
   */
  private final class Best {
    private final Map<Integer, Integer> byOrg = new HashMap<>();
    private final Map<Integer, Double> rankOf = new HashMap<>();

    void offer(int e, double r) {
      int o = org[entryName[e]];
      Integer current = byOrg.get(o);
      if (current == null) {
        byOrg.put(o, e);
        rankOf.put(e, r);
        return;
      }
      double c = rankOf.get(current);
      if (r > c || (r == c && e < current)) {
        byOrg.put(o, e);
        rankOf.remove(current);
        rankOf.put(e, r);
      }
    }

    void offerAll(int[] cell) {
      for (int e : cell) {
        offer(e, rank[e]);
      }
    }

    int[] top(int k) {
      Integer[] es = byOrg.values().toArray(Integer[]::new);
      Arrays.sort(es, (x, y) -> {
        int c = Double.compare(rankOf.get(y), rankOf.get(x));
        return c != 0 ? c : Integer.compare(order[org[entryName[x]]], order[org[entryName[y]]]);
      });
      int n = Math.min(k, es.length);
      int[] top = new int[n];
      for (int i = 0; i < n; i++) {
        top[i] = es[i];
      }
      return top;
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
   * Compares two name suffixes on their first {@link #KEY} characters, so sorting the entries of
   * one very long name costs linear, not quadratic, time.
   */
  private static int compareSuffix(String a, int ao, String b, int bo) {
    int la = Math.min(a.length() - ao, KEY);
    int lb = Math.min(b.length() - bo, KEY);
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

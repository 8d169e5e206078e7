package io.github.collabkit.index;

import io.github.collabkit.internal.Folding;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.OrganizationStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prefix completion of an {@link OrganizationIndex}: one entry per name and word start (stop words
 * excepted), sorted on the folded text from that word on, so the names sharing a typed prefix are
 * one binary search and a scan away. Immutable and thread-safe.
 */
final class PrefixCompletion {
  /** How many characters of a name suffix order the entries. */
  static final int KEY = 64;

  private final OrganizationTable table;
  private final String[] text;
  private final Name[] names;
  private final int[] org;
  private final int[] entryName;
  private final int[] entryOffset;

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
  }

  /** The top {@code k} organizations for a typed prefix; see {@link OrganizationIndex#complete}. */
  List<Completion> complete(String prefix, int k) {
    String p = Folding.fold(prefix);
    if (p.isEmpty()) {
      return List.of();
    }
    // Entries are sorted on their first KEY characters only, so search on those.
    String key = p.length() > KEY ? p.substring(0, KEY) : p;
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
    Map<Integer, double[]> best = new HashMap<>();
    for (int e = lo; e < entryName.length; e++) {
      int name = entryName[e];
      String t = text[name];
      int offset = entryOffset[e];
      if (!t.startsWith(key, offset)) {
        break;
      }
      if (key != p && !t.startsWith(p, offset)) {
        continue;
      }
      int o = org[name];
      double rank = (offset == 0 ? 4 : 0)
          + (t.length() == p.length() ? 2 : 0)
          + kindRank(names[name].kind())
          + (table.get(o).status() == OrganizationStatus.ACTIVE ? 1 : 0)
          + table.prior(o)
          - t.length() / 1000.0;
      double[] current = best.get(o);
      if (current == null || rank > current[0]) {
        best.put(o, new double[] {rank, name});
      }
    }
    List<Map.Entry<Integer, double[]>> ranked = new ArrayList<>(best.entrySet());
    ranked.sort((x, y) -> {
      int c = Double.compare(y.getValue()[0], x.getValue()[0]);
      return c != 0 ? c : table.get(x.getKey()).ref().compareTo(table.get(y.getKey()).ref());
    });
    List<Completion> result = new ArrayList<>(Math.min(k, ranked.size()));
    for (Map.Entry<Integer, double[]> e : ranked) {
      if (result.size() == k) {
        break;
      }
      result.add(new Completion(table.get(e.getKey()), names[(int) e.getValue()[1]]));
    }
    return result;
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

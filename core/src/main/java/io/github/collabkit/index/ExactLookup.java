package io.github.collabkit.index;

import io.github.collabkit.internal.Folding;
import io.github.collabkit.model.IdentifierScheme;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.Organization;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact lookup of an {@link OrganizationIndex}: organizations by identifier (one open-addressing
 * table) and by name fingerprint, the 64-bit hash of a name's folded letters and digits and of its
 * analysed words with synonyms read as one form. Keys are looked up in the {@link
 * OrganizationTable}. Immutable and thread-safe.
 */
final class ExactLookup {
  private final OrganizationTable table;
  private final Analyzer analyzer;
  private final Tables.Identifiers identifiers;
  private final Tables.Fingerprints names;

  ExactLookup(OrganizationTable table, Analyzer analyzer) {
    this.table = table;
    this.analyzer = analyzer;
    int n = table.size();
    Organization[] organizations = new Organization[n];
    // Organizations by fingerprint, each list in index order without repeats.
    Map<Long, int[]> exact = new HashMap<>();
    for (int i = 0; i < n; i++) {
      organizations[i] = table.get(i);
      for (Name name : organizations[i].names()) {
        add(exact, key(name.value()), i);
        add(exact, canonical(analyzer.analyze(name.value())), i);
      }
    }
    this.identifiers = new Tables.Identifiers(organizations);
    long[] fingerprints = new long[exact.size()];
    int[][] orgs = new int[exact.size()][];
    int e = 0;
    for (Map.Entry<Long, int[]> entry : exact.entrySet()) {
      fingerprints[e] = entry.getKey();
      orgs[e++] = entry.getValue();
    }
    this.names = new Tables.Fingerprints(fingerprints, orgs);
  }

  private static void add(Map<Long, int[]> exact, String key, int org) {
    if (key.isEmpty()) {
      return;
    }
    exact.merge(Tables.Fingerprints.of(key), new int[] {org},
        (old, one) -> old[old.length - 1] == org ? old : append(old, org));
  }

  private static int[] append(int[] a, int v) {
    int[] b = Arrays.copyOf(a, a.length + 1);
    b[a.length] = v;
    return b;
  }

  /** The folded letters and digits of a name, without separators ("radboudumc"). */
  static String key(String name) {
    return Folding.key(name);
  }

  /** The analysed words of a name, synonyms read as one form, without separators. */
  static String canonical(Analyzer.Analyzed a) {
    StringBuilder sb = new StringBuilder();
    for (int p = 0; p < a.size; p++) {
      sb.append(a.words[p]);
    }
    return sb.toString();
  }

  /** The position of the first organization with a canonical identifier, or -1. */
  int byIdentifier(IdentifierScheme scheme, String value) {
    return identifiers.get(scheme, value);
  }

  /** The organizations with a name, in index order. */
  List<Organization> byName(String text) {
    long written = Tables.Fingerprints.of(key(text));
    long canonical = Tables.Fingerprints.of(canonical(analyzer.analyze(text)));
    // Most texts have no synonym to replace: then both fingerprints are one, probed once.
    int total = names.count(written) + (canonical == written ? 0 : names.count(canonical));
    if (total == 0) {
      return List.of();
    }
    int[] found = new int[total];
    int size = names.get(written, found, 0);
    if (canonical != written) {
      size = names.get(canonical, found, size);
    }
    Arrays.sort(found, 0, size);
    Organization[] result = new Organization[size];
    for (int i = 0; i < size; i++) {
      result[i] = table.get(found[i]);
    }
    return List.of(result);
  }
}

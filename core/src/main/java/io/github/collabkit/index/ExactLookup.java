package io.github.collabkit.index;

import io.github.collabkit.internal.Folding;
import io.github.collabkit.model.IdentifierScheme;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.Organization;
import java.util.Arrays;
import java.util.Collections;
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
        // Read as byName reads a text: both fingerprints from one split.
        Analyzer.NameFingerprints f = analyzer.nameFingerprints(name.value());
        add(exact, f.written, i);
        add(exact, f.canonical, i);
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

  private static void add(Map<Long, int[]> exact, long fingerprint, int org) {
    if (fingerprint == Tables.Fingerprints.EMPTY) {
      return;
    }
    exact.merge(fingerprint, new int[] {org},
        (old, one) -> old[old.length - 1] == org ? old : append(old, org));
  }

  private static int[] append(int[] a, int v) {
    int[] b = Arrays.copyOf(a, a.length + 1);
    b[a.length] = v;
    return b;
  }

  /**
   * The fingerprint of a name's folded letters and digits without separators ("radboudumc"), the
   * fingerprint of {@link Folding#key}, read without building that string.
   */
  static long written(String name) {
    return written(name, 0, name.length());
  }

  /** The same fingerprint of the characters {@code from} to {@code to} of a text. */
  static long written(String name, int from, int to) {
    long h = Tables.Fingerprints.EMPTY;
    for (int i = from; i < to; ) {
      int cp = name.codePointAt(i);
      if (cp < 0x80) {
        if (cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9') {
          h = Tables.Fingerprints.step(h, (char) cp);
        } else if (cp >= 'A' && cp <= 'Z') {
          h = Tables.Fingerprints.step(h, (char) (cp + 32));
        }
      } else if (Character.isLetterOrDigit(cp)) {
        h = Tables.Fingerprints.step(h, Folding.foldBeyondAscii(cp));
      }
      i += Character.charCount(cp);
    }
    return h;
  }

  /**
   * The fingerprint of a name's analysed words, synonyms read as one form, without separators:
   * {@link Analyzer#canonicalFingerprint}, which allocates nothing.
   */
  long canonical(String name) {
    return analyzer.canonicalFingerprint(name);
  }

  /** The position of the first organization with a canonical identifier, or -1. */
  int byIdentifier(IdentifierScheme scheme, String value) {
    return identifiers.get(scheme, value);
  }

  /** Tells whether a text is a name of some organization, as {@link #byName} finds names. */
  boolean isName(String text) {
    Analyzer.NameFingerprints f = analyzer.nameFingerprints(text);
    return names.count(f.written) > 0 || names.count(f.canonical) > 0;
  }

  /**
   * Tells whether characters {@code from} to {@code to} of a text are written as some
   * organization writes a name: its letters and digits, folded, without reading synonyms. Reads
   * no more than those characters and allocates nothing.
   */
  boolean isWrittenName(String text, int from, int to) {
    return names.count(written(text, from, to)) > 0;
  }

  /** The organizations with a name, in index order. */
  List<Organization> byName(String text) {
    Analyzer.NameFingerprints f = analyzer.nameFingerprints(text);
    // One probe per fingerprint; most texts have no synonym to replace or word to drop, and
    // then the two are one, probed once.
    int written = names.find(f.written);
    int canonical = f.canonical == f.written ? Tables.Fingerprints.ABSENT : names.find(f.canonical);
    // The usual answers: no organization, or one found one way or both.
    if (written == canonical || canonical == Tables.Fingerprints.ABSENT) {
      return written >= 0 ? List.of(table.get(written))
          : several(written, Tables.Fingerprints.ABSENT);
    }
    if (written == Tables.Fingerprints.ABSENT && canonical >= 0) {
      return List.of(table.get(canonical));
    }
    return several(written, canonical);
  }

  /** The organizations two probes found ({@link Tables.Fingerprints#find}), in index order. */
  private List<Organization> several(int written, int canonical) {
    int total = names.size(written) + names.size(canonical);
    if (total == 0) {
      return List.of();
    }
    int[] found = new int[total];
    int size = names.addTo(canonical, found, names.addTo(written, found, 0));
    Arrays.sort(found, 0, size);
    Organization[] result = new Organization[size];
    for (int i = 0; i < size; i++) {
      result[i] = table.get(found[i]);
    }
    return Collections.unmodifiableList(Arrays.asList(result));
  }
}

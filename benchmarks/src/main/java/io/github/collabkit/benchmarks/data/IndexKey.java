package io.github.collabkit.benchmarks.data;

import io.github.collabkit.internal.Folding;

/**
 * The normalised name key of collabkit's {@code OrganizationIndex}, for the peers: {@link
 * Folding#key}, the library's one folding (in core's internal package, which the benchmarks reach
 * on the class path) applied to every letter and digit, everything else dropped, as the index's
 * exact-name lookup keys names (it hashes the same chars without building the string: {@code
 * ExactLookup.written}). Lower case, diacritics removed, {@code
 * ß} to {@code ss}, {@code æ} to {@code ae}, {@code ø} to {@code o} and so on, so {@code "Radboud
 * UMC"} and {@code "Radboudumc"} both give {@code "radboudumc"}. The index also keys names by a
 * second form with synonyms replaced, which the peers do not replicate. A test checks that the
 * index and this key agree on the names of a generated landscape.
 */
public final class IndexKey {
  private IndexKey() {}

  /**
   * Returns the key of a name or query.
   *
   * @param text the text as written
   * @return its folded letters and digits, without separators
   */
  public static String of(String text) {
    return Folding.key(text);
  }
}

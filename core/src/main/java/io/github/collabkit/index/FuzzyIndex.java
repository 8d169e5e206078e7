package io.github.collabkit.index;

import java.util.Arrays;

/**
 * Finds the words of a vocabulary within one edit (insertion, deletion, substitution or swap of
 * two neighbours) of a query word, by the deletion-neighbourhood method: every word and each of
 * its one-character deletions is stored as a 32-bit hash in one sorted array, and a query probes
 * the hashes of itself and its deletions by binary search, then verifies each hit.
 *
 * <p>Only words of at most {@link #MAX_LENGTH} characters take part, as stored words and as
 * queries: a longer word costs {@code O(L²)} to hash in all its deletions and is no name word one
 * types with a slip, so the build stays linear in the vocabulary's length and a query word of any
 * length costs at most {@code O(MAX_LENGTH² + MAX_LENGTH log V)} for {@code V} stored hashes. A
 * query allocates its result and one array as long as its word. A word holding a digit takes no
 * part either: it is read exactly, since one digit changed names another unit ("UMR5288",
 * "UMR5286"), not a slip. Immutable and thread-safe.
 */
final class FuzzyIndex {
  /** The longest word stored or looked up. */
  static final int MAX_LENGTH = 40;

  /** The FNV-1a offset basis: the hash of the empty word. */
  private static final int BASIS = 0x811c9dc5;

  private final int[] hashes;
  private final int[] ids;
  /**
   * Where each range of hashes begins in {@link #hashes}: the hashes whose top {@link #bits}
   * bits (in signed order) are b lie in [{@code bucketStart[b]}, {@code bucketStart[b + 1]}), so a
   * probe searches a few neighbouring hashes instead of the whole array.
   */
  private final int[] bucketStart;
  private final int bits;
  private final PackedTexts vocabulary;
  private final int minLength;

  FuzzyIndex(String[] words, PackedTexts vocabulary, int minLength) {
    this.vocabulary = vocabulary;
    this.minLength = minLength;
    int count = 0;
    for (String w : words) {
      if (takesPart(w, minLength - 1, MAX_LENGTH + 1)) {
        count += w.length() + 1;
      }
    }
    // Sort (hash, id) pairs packed in longs: a primitive sort, no boxing.
    long[] pairs = new long[count];
    int n = 0;
    for (int id = 0; id < words.length; id++) {
      String w = words[id];
      if (!takesPart(w, minLength - 1, MAX_LENGTH + 1)) {
        continue;
      }
      for (int skip = -1; skip < w.length(); skip++) {
        pairs[n++] = ((long) hash(w, skip) << 32) | id;
      }
    }
    Arrays.sort(pairs, 0, n);
    hashes = new int[n];
    ids = new int[n];
    for (int i = 0; i < n; i++) {
      hashes[i] = (int) (pairs[i] >> 32);
      ids[i] = (int) pairs[i];
    }
    // About eight hashes a bucket.
    this.bits = Math.max(1, 31 - Integer.numberOfLeadingZeros(Math.max(n / 8, 1)));
    this.bucketStart = new int[(1 << bits) + 1];
    for (int i = 0, b = 0; b <= 1 << bits; b++) {
      while (i < n && bucket(hashes[i]) < b) {
        i++;
      }
      bucketStart[b] = i;
    }
  }

  /** Tells whether a word is stored or looked up: its length in bounds, and no digit in it. */
  private static boolean takesPart(String w, int min, int max) {
    if (w.length() < min || w.length() > max) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c >= '0' && c <= '9') {
        return false;
      }
    }
    return true;
  }

  /** The bucket of a hash: its top {@link #bits} bits, in the hashes' signed order. */
  private int bucket(int h) {
    return (h ^ Integer.MIN_VALUE) >>> (32 - bits);
  }

  /**
   * Returns the ids of the vocabulary words within one edit of a word, other than the word
   * itself; empty for words shorter than the minimum length or longer than {@link #MAX_LENGTH},
   * and for words holding a digit.
   */
  int[] near(String word) {
    if (!takesPart(word, minLength, MAX_LENGTH)) {
      return EMPTY;
    }
    int[] found = EMPTY;
    int count = 0;
    // The hash of each deletion resumes from the hash of the chars before the one deleted.
    int n = word.length();
    int[] prefix = new int[n + 1];
    prefix[0] = BASIS;
    for (int i = 0; i < n; i++) {
      prefix[i + 1] = hash(prefix[i], word, i, i + 1);
    }
    // The probes in steps, each step for all of them before the next: the hashes of the word and
    // of each deletion (probe k deletes char k - 1, probe 0 none), the bucket of each, then the
    // position of each in its bucket. No probe waits for another's memory reads, so they overlap.
    int probes = n + 1;
    int[] hash = new int[probes];
    int[] at = new int[probes];
    int[] end = new int[probes];
    hash[0] = prefix[n];
    for (int k = 1; k < probes; k++) {
      hash[k] = hash(prefix[k - 1], word, k, n);
    }
    for (int k = 0; k < probes; k++) {
      int b = bucket(hash[k]);
      at[k] = bucketStart[b];
      end[k] = bucketStart[b + 1];
    }
    for (int k = 0; k < probes; k++) {
      at[k] = lowerBound(hash[k], at[k], end[k]);
    }
    for (int k = 0; k < probes; k++) {
      int h = hash[k];
      for (int i = at[k]; i < hashes.length && hashes[i] == h; i++) {
        int id = ids[i];
        if (!vocabulary.equals(id, word) && withinOneEdit(word, id)
            && !contains(found, count, id)) {
          if (count == found.length) {
            found = Arrays.copyOf(found, Math.max(4, count * 2));
          }
          found[count++] = id;
        }
      }
    }
    return count == found.length ? found : Arrays.copyOf(found, count);
  }

  private static final int[] EMPTY = new int[0];

  private static boolean contains(int[] a, int n, int v) {
    for (int i = 0; i < n; i++) {
      if (a[i] == v) {
        return true;
      }
    }
    return false;
  }

  /** The position of the first stored hash not below h, which lies in [lo, hi], its bucket. */
  private int lowerBound(int h, int lo, int hi) {
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (hashes[mid] < h) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The FNV-1a hash of a word without the char at {@code skip} (-1: the whole word). */
  private static int hash(String w, int skip) {
    int n = w.length();
    return skip < 0 ? hash(BASIS, w, 0, n) : hash(hash(BASIS, w, 0, skip), w, skip + 1, n);
  }

  /** Continues a hash over the chars of a word in [from, to). */
  private static int hash(int h, String w, int from, int to) {
    for (int i = from; i < to; i++) {
      h ^= w.charAt(i);
      h *= 0x01000193;
    }
    return h;
  }

  /**
   * Tells whether a word and a different vocabulary word are one insertion, deletion,
   * substitution or swap of two neighbours apart.
   */
  private boolean withinOneEdit(String a, int id) {
    int la = a.length();
    int lb = vocabulary.length(id);
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    if (la == lb) {
      int first = -1;
      int mismatches = 0;
      for (int i = 0; i < la; i++) {
        if (a.charAt(i) != vocabulary.charAt(id, i)) {
          if (mismatches++ == 0) {
            first = i;
          }
        }
      }
      if (mismatches <= 1) {
        return true;
      }
      // Two mismatches are a swap when they are neighbours with their chars crossed.
      return mismatches == 2 && first + 1 < la
          && a.charAt(first) == vocabulary.charAt(id, first + 1)
          && a.charAt(first + 1) == vocabulary.charAt(id, first)
          && (first + 2 >= la || sameFrom(a, id, first + 2));
    }
    return oneInserted(a, la, id, lb);
  }

  /** Tells whether a word and a vocabulary word of its length are equal from a position on. */
  private boolean sameFrom(String a, int id, int from) {
    for (int i = from; i < a.length(); i++) {
      if (a.charAt(i) != vocabulary.charAt(id, i)) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether of two words whose lengths differ by one, the longer is the other plus one char. */
  private boolean oneInserted(String a, int la, int id, int lb) {
    // One is the other with one char more: skip it where they first differ, the rest is equal.
    int shorter = Math.min(la, lb);
    int i = 0;
    while (i < shorter && a.charAt(i) == vocabulary.charAt(id, i)) {
      i++;
    }
    for (int j = i; j < shorter; j++) {
      char x = la > lb ? a.charAt(j + 1) : a.charAt(j);
      char y = la > lb ? vocabulary.charAt(id, j) : vocabulary.charAt(id, j + 1);
      if (x != y) {
        return false;
      }
    }
    return true;
  }
}

package io.github.collabkit.index;

import io.github.collabkit.internal.IdentifierRules;
import io.github.collabkit.model.Identifier;
import io.github.collabkit.model.IdentifierScheme;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;

/**
 * The open-addressing hash tables of {@link OrganizationIndex}: arrays of ints, longs and
 * references to objects the index holds anyway (the organizations' keys and identifiers, the
 * packed word list), instead of maps with an entry object, a boxed value and often a key string
 * per entry. Linear
 * probing over a power-of-two table at most three quarters full. Built once; immutable and
 * thread-safe after.
 */
final class Tables {
  private Tables() {}

  /** The smallest power of two that keeps a table of {@code entries} at most three quarters full. */
  static int capacity(int entries) {
    long least = Math.max(4, (entries * 4L + 2) / 3);
    return Integer.highestOneBit((int) Math.min(1 << 30, least - 1)) << 1;
  }

  static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  static int mix(long h) {
    h *= 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  /**
   * Organizations by key: each slot holds the key itself (the organization's own object), the hash
   * of its text and the organization's position, so a probe compares hashes in one array and reads
   * a key only when its hash is the one looked up, never the organization.
   */
  static final class Keys {
    private final OrganizationRef[] refs;
    /** Per slot: the hash of its key's text, compared before the key itself is read. */
    private final int[] hashes;
    private final int[] position;

    /** Builds the table; returns the position of a repeated key through {@code duplicate}. */
    Keys(Organization[] organizations, int[] duplicate) {
      this.refs = new OrganizationRef[capacity(organizations.length)];
      this.hashes = new int[refs.length];
      this.position = new int[refs.length];
      duplicate[0] = -1;
      int mask = refs.length - 1;
      for (int i = 0; i < organizations.length; i++) {
        OrganizationRef key = organizations[i].ref();
        int h = key.key().hashCode();
        int s = mix(h) & mask;
        while (refs[s] != null) {
          if (hashes[s] == h && refs[s].equals(key)) {
            duplicate[0] = i;
            return;
          }
          s = (s + 1) & mask;
        }
        refs[s] = key;
        hashes[s] = h;
        position[s] = i;
      }
    }

    /** Returns the position of the organization with a key, or -1. */
    int get(OrganizationRef key) {
      int h = key.key().hashCode();
      int mask = refs.length - 1;
      for (int s = mix(h) & mask; refs[s] != null; s = (s + 1) & mask) {
        if (hashes[s] == h && refs[s].equals(key)) {
          return position[s];
        }
      }
      return -1;
    }
  }

  /**
   * Organizations by identifier: each slot holds the identifier itself (the organization's own
   * object, not a copy), its hash and the organization's position, so a probe compares hashes in
   * one array and reads an identifier only when its hash is the one looked up. A website is held
   * twice: under the hash of its match key (without scheme, {@code www.} and trailing slash, in any
   * case) and under the hash of its value as stored, so that a website written as stored is found
   * through the string's own cached hash; both slots give the same organization.
   */
  static final class Identifiers {
    private final Identifier[] ids;
    private final int[] hashes;
    private final int[] org;

    Identifiers(Organization[] organizations) {
      int count = 0;
      for (Organization o : organizations) {
        for (Identifier id : o.identifiers()) {
          count += id.scheme() == IdentifierScheme.WEBSITE ? 2 : 1;
        }
      }
      ids = new Identifier[capacity(count)];
      hashes = new int[ids.length];
      org = new int[ids.length];
      for (int i = 0; i < organizations.length; i++) {
        for (Identifier id : organizations[i].identifiers()) {
          int owner = put(id, hash(id.scheme(), id.value()), i, false);
          if (id.scheme() == IdentifierScheme.WEBSITE) {
            put(id, exactHash(id.scheme(), id.value()), owner, true);
          }
        }
      }
    }

    /**
     * Puts an identifier under a hash unless an equal one is there (by match key, or by value when
     * {@code exact}); returns the organization of the slot.
     */
    private int put(Identifier id, int h, int organization, boolean exact) {
      int mask = ids.length - 1;
      int s = h & mask;
      for (; ids[s] != null; s = (s + 1) & mask) {
        if (hashes[s] == h && (exact ? same(ids[s], id.scheme(), id.value())
            : matches(ids[s], id.scheme(), id.value()))) {
          return org[s];
        }
      }
      ids[s] = id;
      hashes[s] = h;
      org[s] = organization;
      return organization;
    }

    private static int hash(IdentifierScheme scheme, String value) {
      return mix(scheme.ordinal() * 31 + IdentifierRules.matchHash(scheme, value));
    }

    private static int exactHash(IdentifierScheme scheme, String value) {
      return mix(scheme.ordinal() * 31 + value.hashCode());
    }

    private static boolean matches(Identifier id, IdentifierScheme scheme, String value) {
      return id.scheme() == scheme && IdentifierRules.sameMatchKey(scheme, id.value(), value);
    }

    private static boolean same(Identifier id, IdentifierScheme scheme, String value) {
      return id.scheme() == scheme && id.value().equals(value);
    }

    /**
     * Returns the position of the first organization with an identifier, or -1. Values compare by
     * {@link IdentifierRules#matchKey} (websites without scheme, {@code www.} and trailing slash),
     * without allocating.
     *
     * @param scheme the scheme
     * @param value the identifier's canonical value (as written, for websites)
     */
    int get(IdentifierScheme scheme, String value) {
      int mask = ids.length - 1;
      if (scheme == IdentifierScheme.WEBSITE) {
        int h = exactHash(scheme, value);
        for (int s = h & mask; ids[s] != null; s = (s + 1) & mask) {
          if (hashes[s] == h && same(ids[s], scheme, value)) {
            return org[s];
          }
        }
      }
      int h = hash(scheme, value);
      for (int s = h & mask; ids[s] != null; s = (s + 1) & mask) {
        if (hashes[s] == h && matches(ids[s], scheme, value)) {
          return org[s];
        }
      }
      return -1;
    }
  }

  /**
   * Organizations by the 64-bit fingerprint of a folded name. Two different names share a
   * fingerprint with probability about 2<sup>-64</sup> per pair, which is accepted instead of
   * keeping a string per name. A slot holds one organization, or minus one minus the offset of a
   * list (its length, then the organizations) when several have the name.
   */
  static final class Fingerprints {
    private final long[] keys;
    private final int[] values;
    private final int[] lists;

    Fingerprints(long[] fingerprints, int[][] orgs) {
      keys = new long[capacity(fingerprints.length)];
      values = new int[keys.length];
      int listSize = 0;
      for (int[] o : orgs) {
        listSize += o.length > 1 ? o.length + 1 : 0;
      }
      lists = new int[listSize];
      int mask = keys.length - 1;
      int fill = 0;
      for (int e = 0; e < fingerprints.length; e++) {
        long f = fingerprints[e] == 0 ? 1 : fingerprints[e];
        int s = mix(f) & mask;
        while (keys[s] != 0) {
          s = (s + 1) & mask;
        }
        keys[s] = f;
        if (orgs[e].length == 1) {
          values[s] = orgs[e][0];
        } else {
          values[s] = -1 - fill;
          lists[fill++] = orgs[e].length;
          for (int o : orgs[e]) {
            lists[fill++] = o;
          }
        }
      }
    }

    /** What {@link #find} returns for a fingerprint no organization has. */
    static final int ABSENT = Integer.MIN_VALUE;

    /**
     * Finds the organizations with a fingerprint, in one probe: the position of the one
     * organization, minus one minus the offset of their list when several have it, or {@link
     * #ABSENT}. Read it with {@link #size} and {@link #addTo}.
     */
    int find(long fingerprint) {
      int s = slot(fingerprint);
      return s < 0 ? ABSENT : values[s];
    }

    /** How many organizations {@link #find} found: 0, 1 or the length of their list. */
    int size(int found) {
      return found == ABSENT ? 0 : found >= 0 ? 1 : lists[-1 - found];
    }

    /** Returns how many organizations have a fingerprint: 0, 1 or the length of their list. */
    int count(long fingerprint) {
      return size(find(fingerprint));
    }

    /**
     * Adds the organizations {@link #find} found to {@code out} from {@code size}, leaving out
     * those already among the first {@code size}; returns the new size. {@code out} has room for
     * {@code size + size(found)}.
     */
    int addTo(int found, int[] out, int size) {
      if (found == ABSENT) {
        return size;
      }
      if (found >= 0) {
        return add(out, size, size, found);
      }
      int at = -1 - found;
      int length = lists[at];
      if (size == 0) {
        // A list holds each organization once: nothing to leave out.
        System.arraycopy(lists, at + 1, out, 0, length);
        return length;
      }
      int before = size;
      for (int k = 1; k <= length; k++) {
        size = add(out, before, size, lists[at + k]);
      }
      return size;
    }

    /** The slot holding a fingerprint, or -1. */
    private int slot(long fingerprint) {
      long f = fingerprint == 0 ? 1 : fingerprint;
      int mask = keys.length - 1;
      for (int s = mix(f) & mask; keys[s] != 0; s = (s + 1) & mask) {
        if (keys[s] == f) {
          return s;
        }
      }
      return -1;
    }

    /** Appends {@code v} unless it is among the first {@code before} entries of {@code out}. */
    private static int add(int[] out, int before, int size, int v) {
      for (int i = 0; i < before; i++) {
        if (out[i] == v) {
          return size;
        }
      }
      out[size] = v;
      return size + 1;
    }

    /** The fingerprint of no chars: where {@link #step} starts. */
    static final long EMPTY = 0xcbf29ce484222325L;

    /** The 64-bit FNV-1a hash of a string's chars, the fingerprint of a folded name. */
    static long of(CharSequence s) {
      long h = EMPTY;
      for (int i = 0; i < s.length(); i++) {
        h = step(h, s.charAt(i));
      }
      return h;
    }

    /** The fingerprint of some chars and one more, for fingerprints read without a string. */
    static long step(long h, char c) {
      return (h ^ c) * 0x100000001b3L;
    }

    /** {@link #step} over each char of a string. */
    static long step(long h, String s) {
      for (int i = 0; i < s.length(); i++) {
        h = step(h, s.charAt(i));
      }
      return h;
    }
  }

  /**
   * Word ids by word, over the index's word list. A slot holds 1 + the id in its low bits and, in
   * the bits the ids leave free, the top bits of the word's mixed hash, so a probe compares a
   * word's chars only when those bits agree: a word not in the list (the usual probe of a text's
   * unknown words) is mostly told apart without reading any word.
   */
  static final class Words {
    private final PackedTexts words;
    private final int[] slots;
    /** The low bits of a slot, which hold 1 + the id. */
    private final int idMask;

    Words(PackedTexts words) {
      this.words = words;
      this.slots = new int[capacity(words.size())];
      int idBits = 32 - Integer.numberOfLeadingZeros(words.size());
      this.idMask = idBits >= 32 ? -1 : (1 << idBits) - 1;
      int mask = slots.length - 1;
      for (int i = 0; i < words.size(); i++) {
        int h = mix(words.hash(i));
        int s = h & mask;
        while (slots[s] != 0) {
          s = (s + 1) & mask;
        }
        slots[s] = (i + 1) | (h & ~idMask);
      }
    }

    /** Returns the id of a word, or -1. */
    int get(String word) {
      int mask = slots.length - 1;
      int h = mix(word.hashCode());
      int tag = h & ~idMask;
      for (int s = h & mask; slots[s] != 0; s = (s + 1) & mask) {
        int slot = slots[s];
        if ((slot & ~idMask) == tag && words.equals((slot & idMask) - 1, word)) {
          return (slot & idMask) - 1;
        }
      }
      return -1;
    }

    /**
     * Returns the id of the word held in chars {@code from} to {@code to} of a buffer, or -1: what
     * {@link #get(String)} returns for that word as a string, without building it.
     */
    int get(char[] chars, int from, int to) {
      int hash = 0;
      for (int k = from; k < to; k++) {
        hash = 31 * hash + chars[k];
      }
      int mask = slots.length - 1;
      int h = mix(hash);
      int tag = h & ~idMask;
      for (int s = h & mask; slots[s] != 0; s = (s + 1) & mask) {
        int slot = slots[s];
        if ((slot & ~idMask) == tag && holds((slot & idMask) - 1, chars, from, to)) {
          return (slot & idMask) - 1;
        }
      }
      return -1;
    }

    private boolean holds(int id, char[] chars, int from, int to) {
      if (words.length(id) != to - from) {
        return false;
      }
      for (int k = from; k < to; k++) {
        if (words.charAt(id, k - from) != chars[k]) {
          return false;
        }
      }
      return true;
    }
  }
}

package io.github.collabkit.index;

import io.github.collabkit.internal.Checks;
import io.github.collabkit.CollabkitException;
import io.github.collabkit.internal.Forest;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationRelation;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.RelationKind;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The organizations of an {@link OrganizationIndex} as one compact table that every part of the
 * index is built from and refers to by position: the organizations, their keys (one
 * open-addressing table), their country, a prior for ranking ties (how often they are referenced),
 * and their hierarchy. The hierarchy is the library's one parent-chain structure ({@link Forest})
 * over each organization's {@link Organization#parent()}; a further {@link RelationKind#PARENT}
 * relation counts one level up. {@link RelationKind#RELATED} relations (a university and its
 * medical centre) are kept as pairs, lifted to the parent of either side, so that organizations
 * named together can be told to be one affiliation. Immutable and thread-safe.
 */
final class OrganizationTable {
  private static final int[] NONE = new int[0];

  private final Organization[] organizations;
  /**
   * Each organization wrapped as lookups answer it, made once so that a lookup allocates nothing
   * (16 bytes an organization).
   */
  private final List<Optional<Organization>> found;
  private final Tables.Keys keys;
  private final String[] country;
  private final float[] prior;
  /** The scale of {@link #prior}: log(1 + the most references of any organization). */
  private final double logMost;
  /** Each organization's position in key order, the tie-break between equally ranked ones. */
  private final int[] keyOrder;
  private final Forest forest;
  /** Parents besides the first, from {@link RelationKind#PARENT} relations. */
  private final int[][] moreParents;
  /**
   * The organizations each one is related to, both ways: its {@link RelationKind#RELATED}
   * relations, and theirs, and each of those lifted to the parent of either side.
   */
  private final int[][] related;
  /** One bit per organization: whether it is a university. */
  private final long[] universities;

  OrganizationTable(Collection<Organization> input) {
    Checks.argument("organizations", input);
    this.organizations = input.toArray(Organization[]::new);
    int n = organizations.length;
    for (int i = 0; i < n; i++) {
      Checks.argument("organization", organizations[i]);
    }
    this.found = Arrays.stream(organizations).map(Optional::of).toList();
    int[] duplicate = new int[1];
    this.keys = new Tables.Keys(organizations, duplicate);
    if (duplicate[0] >= 0) {
      throw new CollabkitException("organization index: key '" + organizations[duplicate[0]].ref()
          + "' appears more than once");
    }
    this.country = new String[n];
    int[] referenced = new int[n];
    int[] parents = new int[n];
    this.moreParents = new int[n][];
    int[] relatedPairs = NONE;
    int pairs = 0;
    for (int i = 0; i < n; i++) {
      Organization o = organizations[i];
      // Interned, as the lexicon's codes are: a text's country is compared with each candidate's,
      // and one shared string per country is a comparison of references, kept in cache.
      country[i] = o.location().map(l -> l.countryCode().intern()).orElse(null);
      int parent = o.parent().map(keys::get).orElse(-1);
      parents[i] = parent;
      if (parent >= 0) {
        referenced[parent]++;
      }
      int[] more = NONE;
      for (OrganizationRelation r : o.relations()) {
        int target = keys.get(r.organization());
        if (target < 0) {
          continue;
        }
        referenced[target]++;
        if (r.kind() == RelationKind.RELATED && target != i) {
          if (2 * pairs + 2 > relatedPairs.length) {
            relatedPairs = Arrays.copyOf(relatedPairs, Math.max(16, relatedPairs.length * 2));
          }
          relatedPairs[2 * pairs] = i;
          relatedPairs[2 * pairs + 1] = target;
          pairs++;
        }
        if (r.kind() == RelationKind.PARENT) {
          if (parents[i] < 0) {
            parents[i] = target;
          } else if (target != parents[i]) {
            more = Arrays.copyOf(more, more.length + 1);
            more[more.length - 1] = target;
          }
        }
      }
      moreParents[i] = more;
    }
    this.universities = new long[(n + 63) >>> 6];
    for (int i = 0; i < n; i++) {
      if (organizations[i].types().contains(OrganizationType.UNIVERSITY)) {
        universities[i >>> 6] |= 1L << i;
      }
    }
    this.forest = Forest.of(parents);
    this.related = relatedLists(n, relatedPairs, pairs, parents);
    this.prior = new float[n];
    int most = 1;
    for (int i = 0; i < n; i++) {
      most = Math.max(most, referenced[i] + organizations[i].relations().size());
    }
    this.logMost = Math.log1p(most);
    for (int i = 0; i < n; i++) {
      prior[i] = (float) (Math.log1p(referenced[i] + organizations[i].relations().size())
          / logMost);
    }
    Integer[] byKey = new Integer[n];
    for (int i = 0; i < n; i++) {
      byKey[i] = i;
    }
    Arrays.sort(byKey, (x, y) -> organizations[x].ref().compareTo(organizations[y].ref()));
    this.keyOrder = new int[n];
    for (int i = 0; i < n; i++) {
      keyOrder[byKey[i]] = i;
    }
  }

  /**
   * Builds the related lists from the pairs: each pair both ways, and with the first parent of
   * either side in place of that side (a umc's location related to a university relates the umc).
   */
  private static int[][] relatedLists(int n, int[] pairs, int count, int[] parents) {
    int[] degree = new int[n];
    int[][] out = new int[n][];
    for (int pass = 0; pass < 2; pass++) {
      for (int p = 0; p < count; p++) {
        int a = pairs[2 * p];
        int b = pairs[2 * p + 1];
        for (int x : new int[] {a, parents[a]}) {
          for (int y : new int[] {b, parents[b]}) {
            if (x >= 0 && y >= 0 && x != y) {
              if (pass == 0) {
                degree[x]++;
                degree[y]++;
              } else {
                out[x][degree[x]++] = y;
                out[y][degree[y]++] = x;
              }
            }
          }
        }
      }
      if (pass == 0) {
        for (int i = 0; i < n; i++) {
          out[i] = degree[i] == 0 ? NONE : new int[degree[i]];
          degree[i] = 0;
        }
      }
    }
    return out;
  }

  /** The number of organizations. */
  int size() {
    return organizations.length;
  }

  /** The organization at a position. */
  Organization get(int org) {
    return organizations[org];
  }

  /** The organization at a position as a lookup answers it; empty for -1. */
  Optional<Organization> find(int org) {
    return org < 0 ? Optional.empty() : found.get(org);
  }

  /** The position of the organization with a key, or -1. */
  int position(OrganizationRef key) {
    return keys.get(key);
  }

  /** The ISO country code of an organization, or null. */
  String country(int org) {
    return country[org];
  }

  /** How prominent an organization is, from 0 to 1: how often others refer to it. */
  float prior(int org) {
    return prior[org];
  }

  /**
   * How many links of the index touch an organization: its own relations and those of others
   * to it, read back from its {@link #prior}.
   */
  int references(int org) {
    return (int) Math.round(Math.expm1(prior[org] * logMost));
  }

  /** Tells whether an organization is a university. */
  boolean isUniversity(int org) {
    return (universities[org >>> 6] & (1L << org)) != 0;
  }

  /**
   * An organization's position among all in the order of their keys: comparing positions
   * compares keys, without reading them.
   */
  int keyOrder(int org) {
    return keyOrder[org];
  }

  /**
   * Tells whether {@code ancestor} is above {@code org}: on the chain of its first parents
   * (constant time), or on the chain of one of its further parents.
   */
  boolean isAncestor(int ancestor, int org) {
    if (ancestor == org) {
      return false;
    }
    if (forest.onChain(ancestor, org)) {
      return true;
    }
    for (int p : moreParents[org]) {
      if (forest.onChain(ancestor, p)) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether two organizations are one, or one lies above the other. */
  boolean inOneChain(int a, int b) {
    return a == b || isAncestor(a, b) || isAncestor(b, a);
  }

  /**
   * Tells whether two organizations named together are one affiliation: in one chain, or related
   * (see {@link #related}) directly or through the first parents of either.
   */
  boolean affiliated(int a, int b) {
    if (inOneChain(a, b)) {
      return true;
    }
    for (int x = a, i = 0; x >= 0 && i < 8; x = forest.parent(x), i++) {
      for (int y : related[x]) {
        if (y == b || isAncestor(y, b)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The top of an organization's chain of first parents. */
  int top(int org) {
    return forest.top(org);
  }
}

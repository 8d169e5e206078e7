package io.github.collabkit.benchmarks;

import io.github.collabkit.benchmarks.data.Landscapes;
import io.github.collabkit.benchmarks.data.Queries;
import io.github.collabkit.benchmarks.data.QuerySet;
import io.github.collabkit.benchmarks.peer.OrganizationLookup;
import io.github.collabkit.benchmarks.peer.Peer;
import io.github.collabkit.model.Identifier;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.OrganizationRef;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the exact-lookup benchmarks ({@link KeyLookupBenchmark}, {@link IdentifierLookupBenchmark},
 * {@link NameLookupBenchmark}, {@link PrefixCompletionBenchmark}) share: the landscape, the peer
 * built over it, and every query array, prepared before measurement. Each array has a power-of-two
 * length and is read at {@code i++ & mask}.
 */
@State(Scope.Thread)
public class LookupState {
  /** The landscape: a number of generated organizations, or {@code ror}, the real registry. */
  @Param({"1000", "10000", "100000", "1000000", "ror"})
  public String organizations;

  /** Who answers. */
  @Param({"COLLABKIT", "HASH_MAP", "LUCENE", "LINEAR_SCAN"})
  public Peer peer;

  /** The peer, built over the landscape. */
  OrganizationLookup lookup;
  /** Keys, one in eight absent, as typed references made before measurement. */
  OrganizationRef[] keys;
  /** Canonical identifiers, one in eight absent. */
  Identifier[] identifiers;
  /** Names, aliases and acronyms in any case, with or without diacritics. */
  String[] names;
  /** Prefixes of names, two to eight characters. */
  String[] prefixes;
  /** The mask of every array. */
  int mask;
  /** The next query. */
  int i;

  /** Builds the peer and prepares the queries. */
  @Setup
  public void setUp() {
    Landscape data = Landscapes.get(organizations);
    lookup = peer.create(OrganizationLookup.class, data);
    QuerySet keySet = Queries.keys(data, Queries.SIZE);
    QuerySet idSet = Queries.identifiers(data, Queries.SIZE);
    keys = new OrganizationRef[Queries.SIZE];
    identifiers = new Identifier[Queries.SIZE];
    for (int j = 0; j < Queries.SIZE; j++) {
      keys[j] = OrganizationRef.of(keySet.texts()[j]);
      identifiers[j] = Queries.identifier(idSet.texts()[j]);
    }
    names = Queries.names(data, Queries.SIZE).texts();
    prefixes = Queries.prefixes(data, Queries.SIZE).texts();
    mask = Queries.SIZE - 1;
  }

  /**
   * Returns the index of the next query.
   *
   * @return an index into every array
   */
  int next() {
    return i++ & mask;
  }
}

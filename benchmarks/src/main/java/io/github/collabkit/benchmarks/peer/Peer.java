package io.github.collabkit.benchmarks.peer;

import io.github.collabkit.model.Landscape;
import java.util.function.BiFunction;

/**
 * The implementations a benchmark compares, as its {@code @Param}. Each builds its structures from
 * a landscape once, in {@code @Setup}; {@link #create(Class, Landscape)} returns the facade a
 * benchmark needs.
 */
public enum Peer {
  /**
   * collabkit itself: its {@code OrganizationIndex} for lookups and resolution, its validator and
   * its JSON codec otherwise.
   */
  COLLABKIT((facade, landscape) -> facade == OrganizationLookup.class || facade == KeyLookup.class
      || facade == IdentifierLookup.class || facade == NameLookup.class || facade == PrefixCompletion.class
      || facade == Resolver.class ? new CollabkitIndexPeer(landscape) : new CollabkitPeer(landscape)),
  /**
   * {@code HashMap.get} on the normalized key (the index's name key, the canonical identifier, the
   * key) and a {@code TreeMap} range for prefixes: the floor.
   */
  HASH_MAP((facade, landscape) -> new HashMapPeer(landscape)),
  /** A naive linear scan over every organization and name: the baseline. */
  LINEAR_SCAN((facade, landscape) -> new LinearScanPeer(landscape)),
  /** Apache Lucene 9 in memory, with ASCII folding, lower case and fuzzy queries. */
  LUCENE((facade, landscape) -> new LucenePeer(landscape)),
  /** Apache Commons Text's Jaro-Winkler similarity against every name, by brute force. */
  COMMONS_TEXT((facade, landscape) -> new CommonsTextPeer(landscape)),
  /** Hibernate Validator on equivalent annotated beans. */
  HIBERNATE_VALIDATOR((facade, landscape) -> new HibernateValidatorPeer(landscape)),
  /** Plain Jackson data binding on hand-written records of the same shape. */
  JACKSON((facade, landscape) -> new JacksonPeer(landscape));

  private final BiFunction<Class<?>, Landscape, Object> factory;

  Peer(BiFunction<Class<?>, Landscape, Object> factory) {
    this.factory = factory;
  }

  /**
   * Builds this peer over a landscape and returns it as a facade.
   *
   * @param <T> the facade type
   * @param facade the facade, such as {@code NameLookup.class}
   * @param landscape the landscape to index
   * @return the peer
   * @throws UnsupportedOperationException when this peer does not offer the facade
   */
  public <T> T create(Class<T> facade, Landscape landscape) {
    Object peer = factory.apply(facade, landscape);
    if (!facade.isInstance(peer)) {
      throw new UnsupportedOperationException(name() + " offers no " + facade.getSimpleName());
    }
    return facade.cast(peer);
  }
}

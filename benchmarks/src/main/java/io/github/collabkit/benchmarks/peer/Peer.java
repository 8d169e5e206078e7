package io.github.collabkit.benchmarks.peer;

import io.github.collabkit.model.Landscape;
import java.util.function.Function;

/**
 * The implementations a benchmark compares, as its {@code @Param}. Each builds its structures from
 * a landscape once, in {@code @Setup}; {@link #create(Class, Landscape)} returns the facade a
 * benchmark needs.
 */
public enum Peer {
  /** collabkit itself. */
  COLLABKIT(CollabkitPeer::new),
  /** {@code HashMap.get} on the normalized key (and a {@code TreeMap} for prefixes): the floor. */
  HASH_MAP(HashMapPeer::new),
  /** A naive linear scan over every organization and name: the baseline. */
  LINEAR_SCAN(LinearScanPeer::new),
  /** Apache Lucene 9 in memory, with ASCII folding, lower case and fuzzy queries. */
  LUCENE(LucenePeer::new),
  /** Apache Commons Text's Jaro-Winkler similarity against every name, by brute force. */
  COMMONS_TEXT(CommonsTextPeer::new),
  /** Hibernate Validator on equivalent annotated beans. */
  HIBERNATE_VALIDATOR(HibernateValidatorPeer::new),
  /** Plain Jackson data binding on hand-written records of the same shape. */
  JACKSON(JacksonPeer::new);

  private final Function<Landscape, Object> factory;

  Peer(Function<Landscape, Object> factory) {
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
    Object peer = factory.apply(landscape);
    if (!facade.isInstance(peer)) {
      throw new UnsupportedOperationException(name() + " offers no " + facade.getSimpleName());
    }
    return facade.cast(peer);
  }
}

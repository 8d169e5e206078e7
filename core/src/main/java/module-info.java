/**
 * collabkit core: the immutable model of collaboration data in research and healthcare, its
 * vocabularies, the dataset validator, lookup and matching, and the collaboration network.
 *
 * <p>It has no run-time dependencies; Immutables is needed only at compile time.
 */
module io.github.collabkit.core {
  requires static org.immutables.value;

  exports io.github.collabkit;
  exports io.github.collabkit.model;
  exports io.github.collabkit.index;
  exports io.github.collabkit.validate;
  exports io.github.collabkit.match;
  exports io.github.collabkit.graph;
  exports io.github.collabkit.csv;
}

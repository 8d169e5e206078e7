package io.github.collabkit.validate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@link StrongComponents} against a search from each node, on seeded random graphs and long chains. */
class StrongComponentsTest {

  private static boolean reachesItself(int[][] edges, int start) {
    boolean[] seen = new boolean[edges.length];
    int[] stack = new int[edges.length];
    int top = 0;
    for (int w : edges[start]) {
      if (!seen[w]) {
        seen[w] = true;
        stack[top++] = w;
      }
    }
    while (top > 0) {
      int v = stack[--top];
      if (v == start) {
        return true;
      }
      for (int w : edges[v]) {
        if (!seen[w]) {
          seen[w] = true;
          stack[top++] = w;
        }
      }
    }
    return false;
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void agreesWithASearchFromEachNode(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 200; round++) {
      int n = 1 + random.nextInt(20);
      int[][] edges = new int[n][];
      for (int v = 0; v < n; v++) {
        edges[v] = random.ints(random.nextInt(3), 0, n).toArray();
      }
      boolean[] expected = new boolean[n];
      for (int v = 0; v < n; v++) {
        expected[v] = reachesItself(edges, v);
      }
      assertArrayEquals(expected, StrongComponents.onCycle(edges),
          "seed " + seed + ", round " + round + ", edges " + Arrays.deepToString(edges));
    }
  }

  @Test
  void findsTheCycleClosingAChainOfHundredThousandLinks() {
    int n = 100_000;
    int[][] edges = new int[n + 1][];
    for (int v = 0; v < n; v++) {
      edges[v] = new int[] {v + 1 < n ? v + 1 : 0};
    }
    edges[n] = new int[] {0};
    boolean[] cyclic = StrongComponents.onCycle(edges);
    for (int v = 0; v < n; v++) {
      assertTrue(cyclic[v], "link " + v);
    }
    assertFalse(cyclic[n], "leads into the cycle without being on it");
  }
}

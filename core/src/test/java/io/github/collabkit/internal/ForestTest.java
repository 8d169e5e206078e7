package io.github.collabkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Forest} against a walk of each chain, on seeded random parent arrays and deep chains. */
class ForestTest {

  /** The chain of a node, walked one parent at a time until a node repeats or there is no parent. */
  private static List<Integer> walk(int[] parents, int node) {
    List<Integer> chain = new ArrayList<>();
    boolean[] seen = new boolean[parents.length];
    for (int v = node; v >= 0 && !seen[v]; v = parents[v]) {
      seen[v] = true;
      chain.add(v);
    }
    return chain;
  }

  private static boolean walkLeadsBack(int[] parents, int node) {
    boolean[] seen = new boolean[parents.length];
    for (int v = parents[node]; v >= 0 && !seen[v]; v = parents[v]) {
      if (v == node) {
        return true;
      }
      seen[v] = true;
    }
    return false;
  }

  private static int[] randomParents(SplittableRandom random, int n) {
    int[] parents = new int[n];
    for (int v = 0; v < n; v++) {
      parents[v] = random.nextInt(4) == 0 ? -1 : random.nextInt(n);
    }
    return parents;
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
  void agreesWithAWalkOfEveryChain(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 50; round++) {
      int[] parents = randomParents(random, 1 + random.nextInt(30));
      Forest forest = Forest.of(parents);
      String at = "seed " + seed + ", round " + round + ", parents " + Arrays.toString(parents);
      int[] position = new int[parents.length];
      int[] order = forest.topDown();
      for (int k = 0; k < order.length; k++) {
        position[order[k]] = k;
      }
      for (int v = 0; v < parents.length; v++) {
        List<Integer> chain = walk(parents, v);
        assertEquals(walkLeadsBack(parents, v), forest.inCycle(v), at + ": inCycle(" + v + ")");
        assertEquals((int) chain.get(chain.size() - 1), forest.top(v), at + ": top(" + v + ")");
        for (int a = 0; a < parents.length; a++) {
          assertEquals(chain.contains(a), forest.onChain(a, v), at + ": onChain(" + a + ", " + v + ")");
        }
        if (!forest.inCycle(v) && parents[v] >= 0) {
          assertTrue(position[parents[v]] < position[v], at + ": parent of " + v + " comes first");
        }
      }
      assertEquals(parents.length, Arrays.stream(order).distinct().count(), at + ": every node once");
    }
  }

  @Test
  void resolvesAChainOfAMillionNodesWithoutRecursion() {
    int n = 1_000_000;
    int[] parents = new int[n];
    for (int v = 0; v < n; v++) {
      parents[v] = v + 1 < n ? v + 1 : -1;
    }
    Forest forest = Forest.of(parents);
    assertEquals(n - 1, forest.top(0));
    assertTrue(forest.onChain(n - 1, 0));
    assertTrue(forest.onChain(n / 2, 0));
    assertFalse(forest.onChain(0, n - 1));
    assertFalse(forest.inCycle(0));
  }

  @Test
  void marksEveryMemberOfALongCycle() {
    int n = 200_000;
    int[] parents = new int[n + 1];
    for (int v = 0; v < n; v++) {
      parents[v] = (v + 1) % n;
    }
    parents[n] = 0; // leads into the cycle
    Forest forest = Forest.of(parents);
    for (int v = 0; v < n; v++) {
      assertTrue(forest.inCycle(v), "member " + v);
    }
    assertFalse(forest.inCycle(n));
    assertEquals(n - 1, forest.top(n), "the member whose parent is where the chain entered");
    assertTrue(forest.onChain(n / 2, n));
    assertEquals(1, forest.cycles().size());
    assertEquals(n, forest.cycles().get(0).length);
  }

  @Test
  void rejectsAParentOutOfRange() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Forest.of(new int[] {-1, 2}));
    assertEquals("parents[1]: must be -1 or a node index below 2, got 2", e.getMessage());
  }
}

package io.github.collabkit.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Nodes that each point to at most one parent (organizations and their parents, infrastructures
 * and what they are part of), resolved once in linear time and memory, without recursion: which
 * nodes lie on a cycle, where each node's chain ends, and whether one node lies on another's chain
 * (in constant time). Immutable and safe to share between threads.
 *
 * <p>The chain of a node is the node followed by its parent, that parent's parent and so on, until
 * a node has no parent or a node would repeat. A chain that runs into a cycle therefore holds every
 * node of that cycle.
 */
public final class Forest {
  private final int[] parent;
  /** The cycle a node lies on (the index of one of its members), or -1. */
  private final int[] cycleOf;
  /** The first node of the chain that lies on a cycle, or else the chain's last node. */
  private final int[] entry;
  /** For a node on a cycle, the member whose parent it is. */
  private final int[] cyclePredecessor;
  /** Depth-first numbering of the forest in which every cycle member is a root. */
  private final int[] pre;
  /** The highest {@link #pre} number within a node's subtree. */
  private final int[] last;
  /** Every node, parents before their children; cycle members before the nodes that lead to them. */
  private final int[] topDown;
  private final List<int[]> cycles;

  private Forest(int[] parents) {
    int n = parents.length;
    this.parent = parents.clone();
    this.cycleOf = new int[n];
    this.cyclePredecessor = new int[n];
    Arrays.fill(cycleOf, -1);
    Arrays.fill(cyclePredecessor, -1);
    this.cycles = findCycles();
    // Children of every node that is not on a cycle, as compressed lists.
    int[] start = new int[n + 1];
    for (int v = 0; v < n; v++) {
      if (cycleOf[v] < 0 && parent[v] >= 0) {
        start[parent[v] + 1]++;
      }
    }
    for (int v = 0; v < n; v++) {
      start[v + 1] += start[v];
    }
    int[] children = new int[start[n]];
    int[] fill = Arrays.copyOf(start, n);
    for (int v = 0; v < n; v++) {
      if (cycleOf[v] < 0 && parent[v] >= 0) {
        children[fill[parent[v]]++] = v;
      }
    }
    this.pre = new int[n];
    this.last = new int[n];
    this.entry = new int[n];
    this.topDown = new int[n];
    int counter = 0;
    int[] stack = new int[n];
    int[] cursor = new int[n];
    for (int root = 0; root < n; root++) {
      if (parent[root] >= 0 && cycleOf[root] < 0) {
        continue;
      }
      int depth = 0;
      stack[depth++] = root;
      cursor[root] = start[root];
      entry[root] = root;
      topDown[counter] = root;
      pre[root] = counter++;
      while (depth > 0) {
        int v = stack[depth - 1];
        if (cursor[v] < start[v + 1]) {
          int c = children[cursor[v]++];
          entry[c] = entry[v];
          cursor[c] = start[c];
          topDown[counter] = c;
          pre[c] = counter++;
          stack[depth++] = c;
        } else {
          last[v] = counter - 1;
          depth--;
        }
      }
    }
  }

  /**
   * Resolves the forest of a parent array.
   *
   * @param parents for each node the index of its parent, or -1 when it has none
   * @return the forest
   * @throws IllegalArgumentException when a parent index is out of range
   */
  public static Forest of(int[] parents) {
    for (int v = 0; v < parents.length; v++) {
      if (parents[v] < -1 || parents[v] >= parents.length) {
        throw new IllegalArgumentException("parents[" + v + "]: must be -1 or a node index below "
            + parents.length + ", got " + parents[v]);
      }
    }
    return new Forest(parents);
  }

  /** Marks every cycle, walking each node's chain once. */
  private List<int[]> findCycles() {
    int n = parent.length;
    byte[] state = new byte[n]; // 0 unseen, 1 on the walk in progress, 2 done
    int[] path = new int[n];
    List<int[]> found = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      int length = 0;
      int v = s;
      while (v >= 0 && state[v] == 0) {
        state[v] = 1;
        path[length++] = v;
        v = parent[v];
      }
      if (v >= 0 && state[v] == 1) {
        int from = length - 1;
        while (path[from] != v) {
          from--;
        }
        int[] members = Arrays.copyOfRange(path, from, length);
        for (int m : members) {
          cycleOf[m] = v;
          cyclePredecessor[parent[m]] = m;
        }
        found.add(members);
      }
      for (int k = 0; k < length; k++) {
        state[path[k]] = 2;
      }
    }
    return found;
  }

  /**
   * Returns the number of nodes.
   *
   * @return the number of nodes
   */
  public int size() {
    return parent.length;
  }

  /**
   * Returns a node's parent.
   *
   * @param node the node
   * @return its parent, or -1
   */
  public int parent(int node) {
    return parent[node];
  }

  /**
   * Tells whether following parents from a node leads back to it.
   *
   * @param node the node
   * @return true when the node lies on a cycle
   */
  public boolean inCycle(int node) {
    return cycleOf[node] >= 0;
  }

  /**
   * Returns the last node of a node's chain: the node without a parent where the chain ends, or,
   * when it runs into a cycle, the cycle member whose parent is the first member reached.
   *
   * @param node the node
   * @return the top of its chain
   */
  public int top(int node) {
    int e = entry[node];
    return cycleOf[e] >= 0 ? cyclePredecessor[e] : e;
  }

  /**
   * Tells whether a node lies on another's chain (a node lies on its own); constant time.
   *
   * @param ancestor the node looked for
   * @param node the node whose chain is searched
   * @return true when {@code ancestor} is {@code node}, one of its ancestors, or a member of the
   *     cycle its chain runs into
   */
  public boolean onChain(int ancestor, int node) {
    if (cycleOf[ancestor] >= 0) {
      return cycleOf[entry[node]] == cycleOf[ancestor];
    }
    return pre[ancestor] <= pre[node] && pre[node] <= last[ancestor];
  }

  /**
   * Returns every node with parents before their children; the members of a cycle come before the
   * nodes that lead into it, in no particular order among themselves.
   *
   * @return a fresh array of every node
   */
  public int[] topDown() {
    return topDown.clone();
  }

  /**
   * Returns the cycles, each as its members in parent order (each member's parent is the next,
   * the last member's parent is the first).
   *
   * @return the cycles, in no particular order
   */
  public List<int[]> cycles() {
    List<int[]> copy = new ArrayList<>(cycles.size());
    for (int[] c : cycles) {
      copy.add(c.clone());
    }
    return copy;
  }
}

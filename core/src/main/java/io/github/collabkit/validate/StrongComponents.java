package io.github.collabkit.validate;

/**
 * Finds the nodes of a directed graph that lie on a cycle, with Tarjan's strongly connected
 * components algorithm run on an explicit stack: time and memory linear in nodes plus edges,
 * whatever the length of the paths.
 */
final class StrongComponents {
  private StrongComponents() {}

  /**
   * Tells, for each node, whether a path of one or more edges leads from it back to it.
   *
   * @param edges for each node the nodes it points to
   * @return for each node, true when it lies on a cycle (a component of two or more nodes, or an
   *     edge to itself)
   */
  static boolean[] onCycle(int[][] edges) {
    int n = edges.length;
    int[] order = new int[n];
    int[] low = new int[n];
    boolean[] onStack = new boolean[n];
    int[] stack = new int[n];
    int[] callStack = new int[n];
    int[] cursor = new int[n];
    boolean[] cyclic = new boolean[n];
    int counter = 0;
    int top = 0;
    for (int root = 0; root < n; root++) {
      if (order[root] != 0) {
        continue;
      }
      int depth = 0;
      callStack[depth++] = root;
      order[root] = low[root] = ++counter;
      stack[top++] = root;
      onStack[root] = true;
      while (depth > 0) {
        int v = callStack[depth - 1];
        if (cursor[v] < edges[v].length) {
          int w = edges[v][cursor[v]++];
          if (w == v) {
            cyclic[v] = true;
          } else if (order[w] == 0) {
            order[w] = low[w] = ++counter;
            stack[top++] = w;
            onStack[w] = true;
            callStack[depth++] = w;
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], order[w]);
          }
          continue;
        }
        depth--;
        if (depth > 0) {
          int caller = callStack[depth - 1];
          low[caller] = Math.min(low[caller], low[v]);
        }
        if (low[v] == order[v]) {
          int size = 0;
          int first = top;
          int w;
          do {
            w = stack[--top];
            onStack[w] = false;
            size++;
          } while (w != v);
          if (size > 1) {
            for (int k = top; k < first; k++) {
              cyclic[stack[k]] = true;
            }
          }
        }
      }
    }
    return cyclic;
  }
}

package io.github.collabkit.index;

import java.util.Arrays;

/**
 * A small open-addressing map from non-negative int keys to float sums, used per query to
 * accumulate candidate weights without boxing. Not thread-safe; one per query.
 */
final class IntFloatMap {
  int[] keys;
  float[] values;
  int size;

  IntFloatMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(8, expected * 2) - 1) << 1;
    keys = new int[capacity];
    values = new float[capacity];
    Arrays.fill(keys, -1);
  }

  void add(int key, float delta) {
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (keys[i] != -1) {
      if (keys[i] == key) {
        values[i] += delta;
        return;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = delta;
    if (++size * 2 > keys.length) {
      grow();
    }
  }

  private void grow() {
    int[] oldKeys = keys;
    float[] oldValues = values;
    keys = new int[oldKeys.length * 2];
    values = new float[oldKeys.length * 2];
    Arrays.fill(keys, -1);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != -1) {
        add(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int mix(int key) {
    int h = key * 0x9e3779b9;
    return h ^ (h >>> 16);
  }
}

package io.github.collabkit.spark.internal;

import io.github.collabkit.index.OrganizationIndex;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The organization indexes of this JVM (one Spark executor, or the driver in local mode), one per
 * broadcast registry, built by the first task that needs it while the others wait, and then shared
 * by every task of the executor. The two most recently used are kept.
 */
public final class ExecutorIndexes {
  private static final int KEPT = 2;
  private static final AtomicInteger BUILDS = new AtomicInteger();
  private static final Map<Long, OrganizationIndex> INDEXES = new LinkedHashMap<>(4, 0.75f, true);

  private ExecutorIndexes() {}

  /**
   * Returns the index of a broadcast registry, building it on first use in this JVM.
   *
   * @param broadcastId the id of the broadcast holding the registry
   * @param build builds the index; called once per id and JVM, unless the index was dropped
   * @return the index
   */
  public static OrganizationIndex get(long broadcastId, Supplier<OrganizationIndex> build) {
    synchronized (INDEXES) {
      OrganizationIndex index = INDEXES.get(broadcastId);
      if (index == null) {
        index = build.get();
        BUILDS.incrementAndGet();
        INDEXES.put(broadcastId, index);
        for (Iterator<Long> it = INDEXES.keySet().iterator(); INDEXES.size() > KEPT; ) {
          it.next();
          it.remove();
        }
      }
      return index;
    }
  }

  /**
   * Returns how many indexes this JVM has built.
   *
   * @return the count since the JVM started
   */
  public static int builds() {
    return BUILDS.get();
  }
}

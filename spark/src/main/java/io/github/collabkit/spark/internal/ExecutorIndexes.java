package io.github.collabkit.spark.internal;

import io.github.collabkit.index.OrganizationIndex;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The organization indexes of this JVM (one Spark executor, or the driver in local mode), one per
 * registry broadcast, built by the first task that needs it while the others wait, and then shared
 * by every task of the executor. The two most recently used are kept.
 */
public final class ExecutorIndexes {
  private static final int KEPT = 2;
  private static final AtomicInteger BUILDS = new AtomicInteger();
  private static final Map<String, OrganizationIndex> INDEXES = new LinkedHashMap<>(4, 0.75f, true);

  private ExecutorIndexes() {}

  /**
   * Returns the index of a broadcast registry, building it on first use in this JVM.
   *
   * @param registryId the unique id of the registry; not Spark's broadcast id, which starts again
   *     at 0 in each new Spark context of a JVM
   * @param build builds the index; called once per id and JVM, unless the index was dropped
   * @return the index
   */
  public static OrganizationIndex get(String registryId, Supplier<OrganizationIndex> build) {
    synchronized (INDEXES) {
      OrganizationIndex index = INDEXES.get(registryId);
      if (index == null) {
        index = build.get();
        BUILDS.incrementAndGet();
        INDEXES.put(registryId, index);
        for (Iterator<String> it = INDEXES.keySet().iterator(); INDEXES.size() > KEPT; ) {
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

package io.github.collabkit.index;

/**
 * Told how far a batch of resolutions has come, by {@link OrganizationIndex#resolveEach}.
 *
 * <p>Calls are made one at a time (never concurrently), with {@code done} never decreasing, from
 * whichever thread finished a chunk of texts; the last call has {@code done} equal to the number
 * of texts. A listener should return quickly.
 */
@FunctionalInterface
public interface ProgressListener {
  /** A listener that ignores progress. */
  ProgressListener NONE = (done, total) -> { };

  /**
   * Reports progress.
   *
   * @param done how many texts have been resolved so far
   * @param total how many texts there are, or -1 when not known (a stream)
   */
  void progress(long done, long total);
}

package io.github.collabkit.index;

import io.github.collabkit.internal.Checks;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Resolves many texts in parallel for {@link OrganizationIndex#resolveEach}: texts are cut into
 * chunks, chunks are resolved on the common fork-join pool, and answers are put back in the order
 * of the texts. Each text is resolved by the same {@link OrganizationIndex#resolve(String, Level)}
 * as one by one, so answers are identical.
 */
final class Batches {
  /** Texts per parallel task: large enough to amortise scheduling, small enough to balance. */
  static final int TASK = 256;

  /** Texts read from a stream before they are resolved together. */
  static final int CHUNK = 8192;

  private Batches() {}

  static List<Resolution> resolveEach(OrganizationIndex index, Collection<String> texts,
      Level level, ProgressListener progress) {
    Checks.argument("texts", texts);
    Checks.argument("level", level);
    Checks.argument("progress", progress);
    String[] all = texts.toArray(String[]::new);
    Resolution[] out = new Resolution[all.length];
    Counter counter = new Counter(progress, all.length);
    resolveInto(index, all, all.length, out, level, counter);
    if (all.length == 0) {
      progress.progress(0, 0);
    }
    return List.of(out);
  }

  static Stream<Resolution> resolveEach(OrganizationIndex index, Stream<String> texts,
      Level level, ProgressListener progress) {
    Checks.argument("texts", texts);
    Checks.argument("level", level);
    Checks.argument("progress", progress);
    Iterator<String> source = texts.sequential().iterator();
    Counter counter = new Counter(progress, -1);
    Iterator<Resolution> answers = new Iterator<>() {
      private Resolution[] chunk = new Resolution[0];
      private int next;

      @Override
      public boolean hasNext() {
        if (next < chunk.length) {
          return true;
        }
        String[] read = new String[CHUNK];
        int n = 0;
        while (n < CHUNK && source.hasNext()) {
          read[n++] = source.next();
        }
        if (n == 0) {
          return false;
        }
        Resolution[] resolved = new Resolution[n];
        resolveInto(index, read, n, resolved, level, counter);
        chunk = resolved;
        next = 0;
        return true;
      }

      @Override
      public Resolution next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return chunk[next++];
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(answers,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(texts::close);
  }

  private static void resolveInto(OrganizationIndex index, String[] texts, int n,
      Resolution[] out, Level level, Counter counter) {
    int tasks = (n + TASK - 1) / TASK;
    IntStream.range(0, tasks).parallel().forEach(t -> {
      int from = t * TASK;
      int to = Math.min(n, from + TASK);
      for (int i = from; i < to; i++) {
        out[i] = index.resolve(texts[i], level);
      }
      counter.add(to - from);
    });
  }

  /** Counts finished texts and tells the listener, one call at a time. */
  private static final class Counter {
    private final ProgressListener listener;
    private final long total;
    private long done;

    Counter(ProgressListener listener, long total) {
      this.listener = listener;
      this.total = total;
    }

    synchronized void add(int count) {
      done += count;
      listener.progress(done, total);
    }
  }
}

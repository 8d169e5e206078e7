package io.github.collabkit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A one-line progress display on standard error, redrawn at most five times a second, and only
 * when standard error is a terminal (or when asked); results on standard output are never touched.
 */
final class Progress {
  private static final long EVERY_NANOS = 200_000_000L;
  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long last;
  private boolean drawn;

  Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** Whether standard error is a terminal: on Linux its descriptor links to a tty; elsewhere a console. */
  static boolean stderrIsTerminal() {
    try {
      Path fd = Path.of("/proc/self/fd/2");
      if (Files.exists(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      // fall through
    }
    return System.console() != null;
  }

  boolean enabled() {
    return enabled;
  }

  /** Shows how many texts are done, and the rate. */
  void count(String what, long done) {
    if (due()) {
      double seconds = (System.nanoTime() - start) / 1e9;
      draw(String.format(Locale.ROOT, "%s: %,d (%,.0f/s)", what, done, seconds > 0 ? done / seconds : 0));
    }
  }

  /** Shows how far through a file of known size. */
  void bytes(String what, long done, long total) {
    if (due()) {
      draw(total > 0 ? String.format(Locale.ROOT, "%s: %3.0f%% of %,d MB", what, 100.0 * done / total, total >> 20)
          : String.format(Locale.ROOT, "%s: %,d MB", what, done >> 20));
    }
  }

  /** Clears the line. */
  void done() {
    if (enabled && drawn) {
      err.print("\r\033[K");
      err.flush();
      drawn = false;
    }
  }

  private boolean due() {
    if (!enabled) {
      return false;
    }
    long now = System.nanoTime();
    if (now - last < EVERY_NANOS) {
      return false;
    }
    last = now;
    return true;
  }

  private void draw(String line) {
    err.print("\r\033[K" + line);
    err.flush();
    drawn = true;
  }
}

package io.github.collabkit.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** The {@code --[no-]progress} option of the long-running commands (a picocli mixin). */
final class ProgressOption {
  @Option(names = "--progress", negatable = true,
      description = "Show progress on standard error (default: only when it is a terminal).")
  Boolean progress;

  /** The progress display the option asks for. */
  Progress display(PrintWriter err) {
    return new Progress(err, progress != null ? progress : Progress.stderrIsTerminal());
  }
}

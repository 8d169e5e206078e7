package io.github.collabkit.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Standard output in UTF-8, whatever the platform's default, so names like Münster print right. */
final class Console {
  private static final PrintStream OUT =
      new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

  private Console() {}

  static PrintStream out() {
    return OUT;
  }
}

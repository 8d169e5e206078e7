package io.github.collabkit.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the command in-process, as picocli's {@code CommandLine.execute} does, and keeps what it printed. */
record Run(int code, String out, String err) {

  static Run of(String... args) {
    return withInput(new byte[0], args);
  }

  /** Runs with the given bytes on standard input. */
  static synchronized Run withInput(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(stdin));
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      int code = Collabkit.commandLine(o, e).execute(args);
      o.flush();
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setIn(saved);
    }
  }

  /** A test resource of this package as a path. */
  static String resource(String name) {
    try {
      return Path.of(Run.class.getResource(name).toURI()).toString();
    } catch (URISyntaxException | NullPointerException e) {
      throw new AssertionError("no test resource " + name, e);
    }
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}

package io.github.collabkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The executable jar as a user runs it: a real {@code java -jar} process, after the shade plugin built it. */
class CollabkitJarIT {

  private static Run java(String stdin, String... args) throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("collabkit.jar", "cli/target/collabkit.jar"));
    assertTrue(Files.isRegularFile(jar), "no jar at " + jar);
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).start();
    CompletableFuture<String> out = read(p.getInputStream());
    CompletableFuture<String> err = read(p.getErrorStream());
    try (OutputStream in = p.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "collabkit did not finish in 120 s");
    return new Run(p.exitValue(), out.join(), err.join());
  }

  private static CompletableFuture<String> read(InputStream in) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  @Test
  void printsTheSameHelpAsInProcess() throws Exception {
    Run jar = java("", "--help");
    assertEquals(0, jar.code(), jar::toString);
    assertEquals(Run.of("--help").out(), jar.out());
  }

  @Test
  void validatesWithExitCodesAndNoStackTrace() throws Exception {
    Run broken = java("", "validate", Run.resource("broken-landscape.json"));
    assertEquals(1, broken.code(), broken::toString);
    assertTrue(broken.out().endsWith("The document is not valid.\n"), broken.out());
    Run missing = java("", "validate", "no-such-file.json");
    assertEquals(2, missing.code());
    assertEquals("collabkit validate: no-such-file.json: no such file\n", missing.err());
  }

  @Test
  void resolvesStandardInputWithoutAProgressLineWhenStderrIsNoTerminal() throws Exception {
    Run run = java("Leids Universitair Medisch Centrum\nUMC Utrecht\nUniversit\u00e4tsklinikum M\u00fcnster\n", "resolve");
    assertEquals(0, run.code(), run::toString);
    List<String> lines = run.out().lines().toList();
    assertEquals(4, lines.size(), run::toString);
    assertTrue(lines.get(1).startsWith("1,Leids Universitair Medisch Centrum,resolved,lumc,"), lines.get(1));
    assertTrue(lines.get(2).startsWith("2,UMC Utrecht,resolved,umc-utrecht,"), lines.get(2));
    assertTrue(lines.get(3).startsWith("3,Universit\u00e4tsklinikum M\u00fcnster,"), "UTF-8 in and out: " + lines.get(3));
    assertFalse(run.err().contains("\r"), "no progress line on a pipe");
    assertTrue(run.err().contains("Resolved 3 strings"), run.err());
  }
}

package io.github.collabkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CollabkitTest {

  @Test
  void helpListsEveryCommandAndTheExitCodes() {
    Run run = Run.of("--help");
    assertEquals(Collabkit.OK, run.code(), run::toString);
    for (String command : List.of("validate", "convert", "resolve", "import-ror", "match", "network",
        "generate-completion")) {
      assertTrue(run.out().contains("\n  " + command + " "), command + "\n" + run.out());
    }
    assertTrue(run.out().contains("2   unusable input or usage"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void anUnknownOptionIsOneLineAndExitCode2() {
    Run run = Run.of("validate", "--no-such-option", "x.json");
    assertEquals(Collabkit.UNUSABLE, run.code());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("collabkit validate: Unknown option: '--no-such-option'"), run.err());
    assertEquals(2, run.err().lines().count(), run.err());
  }

  @Test
  void anErrorShowsItsStackTraceOnlyWithDebug() {
    Run plain = Run.of("convert", "no-such.json", "out.ndjson");
    assertEquals(Collabkit.UNUSABLE, plain.code());
    assertEquals("collabkit convert: no-such.json: no such file\n", plain.err());
    Run debug = Run.of("--debug", "convert", "no-such.json", "out.ndjson");
    assertTrue(debug.err().contains("\tat io.github.collabkit.cli."), debug.err());
    assertFalse(plain.err().contains("\tat "));
  }

  @Test
  void printsACompletionScriptForBash() {
    Run run = Run.of("generate-completion");
    assertEquals(Collabkit.OK, run.code());
    assertTrue(run.out().contains("complete -F _complete_collabkit"), run.out().substring(0, 200));
    assertTrue(run.out().contains("import-ror"));
  }
}

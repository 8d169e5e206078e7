package io.github.collabkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The command lines of the README's section "The collabkit command" work as shown: each block marked
 * {@code <!-- cli-example -->} is run in-process from the repository root (surefire's working
 * directory), and its exit code and standard output are compared with the README.
 */
class ReadmeCommandsTest {
  private static final Pattern EXAMPLE = Pattern.compile(
      "<!-- cli-example(?: exit=(\\d))? -->\\s*```console\\n\\$ collabkit ([^\\n]*)\\n(.*?)```", Pattern.DOTALL);

  /** One README example: the arguments, the exit code and the output shown (empty: not shown). */
  record Example(String line, List<String> args, int exit, String output) {
    @Override
    public String toString() {
      return "collabkit " + line;
    }
  }

  static List<Example> examples(String readme) {
    List<Example> found = new ArrayList<>();
    Matcher m = EXAMPLE.matcher(readme);
    while (m.find()) {
      found.add(new Example(m.group(2), List.of(m.group(2).split(" +")), m.group(1) == null ? 0
          : Integer.parseInt(m.group(1)), m.group(3)));
    }
    return found;
  }

  static Stream<Example> readmeExamples() throws IOException {
    return examples(Files.readString(Path.of("README.md"))).stream();
  }

  @Test
  void theReadmeHasAnExampleForEveryCommand() throws IOException {
    List<String> commands = readmeExamples().map(e -> e.args().get(0)).distinct().toList();
    assertEquals(List.of("--help", "validate", "convert", "resolve", "import-ror", "match", "network"), commands);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readmeExamples")
  void runsAsTheReadmeShows(Example example) {
    Run run = Run.of(example.args().toArray(String[]::new));
    assertEquals(example.exit(), run.code(), run::toString);
    if (!example.output().isEmpty()) {
      assertEquals(example.output(), run.out().replace("\r\n", "\n"));
    }
  }

  @Test
  void aChangedOutputWouldBeSeen() {
    List<Example> parsed = examples("<!-- cli-example exit=1 -->\n```console\n$ collabkit validate a.json\nline\n```\n");
    assertEquals(1, parsed.size());
    assertEquals(List.of("validate", "a.json"), parsed.get(0).args());
    assertEquals(1, parsed.get(0).exit());
    assertEquals("line\n", parsed.get(0).output());
    assertTrue(examples("```console\n$ collabkit validate a.json\n```\n").isEmpty(), "only marked blocks run");
  }
}

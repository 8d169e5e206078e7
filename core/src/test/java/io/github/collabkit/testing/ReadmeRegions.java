package io.github.collabkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the marked regions of the README and of a test's own source, so that a test can check that
 * the README shows exactly the code it compiles and runs, and exactly what that code prints.
 */
public final class ReadmeRegions {

  private ReadmeRegions() {}

  /**
   * Returns the README of the checkout, one folder above the module that runs the test.
   *
   * @return the README's lines
   */
  public static List<String> readme() {
    return lines(Path.of("").toAbsolutePath().getParent().resolve("README.md"));
  }

  /**
   * Returns a test source file's lines.
   *
   * @param relative the path below the module, such as {@code src/test/java/.../QuickstartTest.java}
   * @return the lines
   */
  public static List<String> source(String relative) {
    return lines(Path.of(relative).toAbsolutePath());
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the lines between two marker lines, with their common indentation removed.
   *
   * @param lines the text
   * @param start the opening marker line, compared without surrounding spaces
   * @param end the closing marker line
   * @return the region, each line ending with a newline
   */
  public static String between(List<String> lines, String start, String end) {
    int from = -1;
    int to = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(start)) {
        from = i + 1;
      } else if (lines.get(i).strip().equals(end)) {
        to = i;
      }
    }
    assertTrue(from > 0 && to >= from, "markers " + start + " / " + end + " not found in order");
    List<String> region = new ArrayList<>(lines.subList(from, to));
    int indent = region.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder sb = new StringBuilder();
    for (String line : region) {
      sb.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return sb.toString();
  }

  /**
   * Returns the content of the one fenced code block between two marker lines of the README.
   *
   * @param readme the README's lines
   * @param start the opening marker, such as {@code <!-- quickstart:start -->}
   * @param end the closing marker
   * @return the code, each line ending with a newline
   */
  public static String fenced(List<String> readme, String start, String end) {
    String block = between(readme, start, end);
    List<String> lines = new ArrayList<>(block.lines().toList());
    assertTrue(lines.size() >= 2 && lines.get(0).startsWith("```") && lines.get(lines.size() - 1).equals("```"),
        "README region " + start + " must be one fenced code block");
    return String.join("\n", lines.subList(1, lines.size() - 1)) + "\n";
  }

  /**
   * Runs code and returns what it printed on standard output, with line ends as {@code \n}.
   *
   * @param code the code
   * @return the output
   */
  public static String printed(Runnable code) {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      code.run();
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  /**
   * Asserts that the README shows exactly the code of a test between its {@code // name:start} and
   * {@code // name:end} lines, in the fenced block between {@code <!-- name:start -->} and {@code
   * <!-- name:end -->}.
   *
   * @param source the test's source path below its module
   * @param name the region's name, such as {@code quickstart}
   */
  public static void assertReadmeShowsCode(String source, String name) {
    assertEquals(between(source(source), "// " + name + ":start", "// " + name + ":end"),
        fenced(readme(), "<!-- " + name + ":start -->", "<!-- " + name + ":end -->"),
        "README.md region '" + name + "' differs from " + source + "; copy the code between the markers");
  }

  /**
   * Asserts that the README shows exactly what some code prints, in the fenced block between {@code
   * <!-- name-output:start -->} and {@code <!-- name-output:end -->}.
   *
   * @param name the region's name, such as {@code quickstart}
   * @param code the code
   */
  public static void assertReadmeShowsOutput(String name, Runnable code) {
    assertEquals(printed(code), fenced(readme(), "<!-- " + name + "-output:start -->", "<!-- " + name + "-output:end -->"),
        "README.md region '" + name + "-output' differs from what the code prints");
  }
}

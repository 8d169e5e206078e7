package io.github.collabkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Use it in your project" snippets are what the consumer build uses, so a snippet that
 * would not work fails the build.
 */
class ReadmeSnippetsTest {

  private static final Pattern SNIPPET =
      Pattern.compile("<!-- consumer-pom: [^\\n]*-->\\s*```xml\\n(.*?)```", Pattern.DOTALL);

  /** The snippets marked for the consumer POM, in README order. */
  static List<String> snippets(String readme) {
    List<String> found = new ArrayList<>();
    Matcher m = SNIPPET.matcher(readme);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  /** Lines without their common indentation, so a snippet matches at any nesting depth. */
  static String dedent(String text) {
    List<String> lines = text.strip().lines().map(String::stripTrailing).collect(java.util.stream.Collectors.toList());
    int indent = lines.stream().skip(1).filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder out = new StringBuilder(lines.get(0).strip());
    for (String line : lines.subList(1, lines.size())) {
      out.append('\n').append(line.length() >= indent ? line.substring(indent) : line.strip());
    }
    return out.toString();
  }

  /**
   * The element of the consumer POM that equals the snippet, dedented; when none does, the first
   * element with the snippet's opening tag, to show the difference.
   */
  static String element(String pom, String snippet) {
    String open = snippet.lines().findFirst().orElseThrow().strip();
    String close = "</" + open.substring(1);
    String first = null;
    for (int start = pom.indexOf(open); start >= 0; start = pom.indexOf(open, start + 1)) {
      int end = pom.indexOf(close, start);
      int lineStart = pom.lastIndexOf('\n', start) + 1;
      String element = dedent(pom.substring(lineStart, end + close.length()));
      if (element.equals(snippet)) {
        return element;
      }
      first = first == null ? element : first;
    }
    assertTrue(first != null, () -> "consumer pom has no " + open);
    return first;
  }

  @Test
  void consumerPomUsesTheReadmeSnippetsVerbatim() throws IOException {
    String readme = Files.readString(Build.root().resolve("README.md"));
    String pom = Files.readString(Build.root().resolve(".ci/consumer/pom.xml"));
    List<String> snippets = snippets(readme);
    assertEquals(2, snippets.size(), "README should mark the dependencyManagement and dependencies snippets");
    for (String snippet : snippets) {
      assertEquals(dedent(snippet), element(pom, dedent(snippet)));
    }
  }

  @Test
  void detectsASnippetThatDriftedFromTheConsumer() {
    String pom = "<project>\n  <dependencies>\n    <dependency>\n      <artifactId>a</artifactId>\n"
        + "    </dependency>\n  </dependencies>\n</project>\n";
    String same = "<dependencies>\n  <dependency>\n    <artifactId>a</artifactId>\n  </dependency>\n</dependencies>";
    String drifted = same.replace(">a<", ">b<");
    assertEquals(dedent(same), element(pom, dedent(same)));
    assertTrue(!dedent(drifted).equals(element(pom, dedent(drifted))));
  }
}

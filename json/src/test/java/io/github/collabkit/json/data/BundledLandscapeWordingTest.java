package io.github.collabkit.json.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled dataset carries the seeds' facts, not their sentences: no text in it repeats nine or
 * more consecutive words of a seed document.
 */
class BundledLandscapeWordingTest {
  private static final int RUN = 9;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");

  @Test
  void noTextCopiesNineWordsOfASeed() throws IOException {
    Path seeds = Path.of(System.getProperty("collabkit.shared.dir", "../shared"), "seeds");
    Assumptions.assumeTrue(Files.isDirectory(seeds), "seed documents not found at " + seeds + "; skipping");
    Set<List<String>> seedRuns = new HashSet<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        seedRuns.addAll(runs(words(Files.readString(file, StandardCharsets.UTF_8))));
      }
    }
    assertTrue(seedRuns.size() > 1000, "expected the five seeds, got " + seedRuns.size() + " runs");
    List<String> copies = new ArrayList<>();
    for (String text : texts()) {
      for (List<String> run : runs(words(text))) {
        if (seedRuns.contains(run)) {
          copies.add(String.join(" ", run));
        }
      }
    }
    assertEquals(List.of(), copies);
  }

  @Test
  void detectsACopiedRun() {
    List<String> source = words("one two three four five six seven eight nine ten eleven");
    List<String> copy = words("zero two three four five six seven eight nine ten twelve");
    List<String> reworded = words("zero two three four five six seven eight nought ten twelve");
    assertTrue(new HashSet<>(runs(source)).stream().anyMatch(runs(copy)::contains));
    assertTrue(new HashSet<>(runs(source)).stream().noneMatch(runs(reworded)::contains));
  }

  private static List<String> texts() throws IOException {
    try (InputStream in = BundledLandscape.open()) {
      JsonNode root = JsonMapper.builder().build().readTree(in);
      List<String> out = new ArrayList<>();
      collect(root, out);
      return out;
    }
  }

  private static void collect(JsonNode node, List<String> out) {
    if (node.isString()) {
      out.add(node.stringValue());
    }
    node.forEach(child -> collect(child, out));
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static List<List<String>> runs(List<String> words) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i + RUN <= words.size(); i++) {
      out.add(List.copyOf(words.subList(i, i + RUN)));
    }
    return out;
  }
}

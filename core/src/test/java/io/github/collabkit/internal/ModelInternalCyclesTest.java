package io.github.collabkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No class of {@code model} and class of {@code internal} depend on each other, directly or
 * through others: {@code internal} serves the model and the other packages, and the model's own
 * rules (vocabulary codes, identifier syntax) live in the model. Read from the compiled classes'
 * constant pools, where every class a class uses is named.
 */
class ModelInternalCyclesTest {
  private static final Pattern USE = Pattern.compile("io/github/collabkit/(model|internal)/([A-Za-z0-9_]+)");

  @Test
  void noClassOfModelAndOfInternalDependOnEachOther() throws IOException, URISyntaxException {
    Path classes = Path.of(Checks.class.getResource("Checks.class").toURI()).getParent().getParent();
    Map<String, Set<String>> uses = new TreeMap<>();
    for (String pkg : List.of("model", "internal")) {
      try (Stream<Path> files = Files.list(classes.resolve(pkg))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          String name = pkg + "/" + file.getFileName().toString().replaceAll("(\\$.*)?\\.class$", "");
          Matcher m = USE.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
          Set<String> used = uses.computeIfAbsent(name, k -> new TreeSet<>());
          while (m.find()) {
            used.add(m.group(1) + "/" + m.group(2));
          }
        }
      }
    }
    assertTrue(uses.keySet().stream().anyMatch(n -> n.startsWith("internal/")), "read the internal classes");
    List<String> cycles = new ArrayList<>();
    uses.forEach((from, used) -> {
      for (String to : used) {
        boolean crosses = !from.substring(0, from.indexOf('/')).equals(to.substring(0, to.indexOf('/')));
        if (crosses && from.startsWith("model/") && reaches(uses, to, from)) {
          cycles.add(from + " -> " + to + " -> ... -> " + from);
        }
      }
    });
    assertEquals(List.of(), cycles);
  }

  private static boolean reaches(Map<String, Set<String>> uses, String from, String target) {
    Deque<String> todo = new ArrayDeque<>(List.of(from));
    Set<String> seen = new HashSet<>(todo);
    while (!todo.isEmpty()) {
      String at = todo.pop();
      if (at.equals(target)) {
        return true;
      }
      for (String next : uses.getOrDefault(at, Set.of())) {
        if (seen.add(next)) {
          todo.push(next);
        }
      }
    }
    return false;
  }
}

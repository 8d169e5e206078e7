package io.github.collabkit.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Builds the published modules a second time, from a copy of the sources, and checks that every jar
 * is byte for byte the jar this build made ({@code project.build.outputTimestamp} fixes the entry
 * times). Tests are skipped in the second build: they do not go into the jars.
 */
class ReproducibleBuildIT {

  private static Path rebuild;

  @BeforeAll
  static void rebuild() throws IOException, InterruptedException {
    Path work = Build.workDir().resolve("reproducible-it");
    Build.deleteTree(work);
    rebuild = work.resolve("source");
    Build.copyTree(Build.root(), rebuild, Set.of("target", ".git"));
    Build.maven(rebuild, work.resolve("rebuild.log"), List.of(
        "-B", "--offline",
        "-Dmaven.repo.local=" + Build.property("collabkit.localRepository"),
        "-pl", "core,json", "package", "-DskipTests"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"core, ''", "core, sources", "core, javadoc", "json, ''", "json, sources", "json, javadoc"})
  void rebuildGivesAByteIdenticalJar(String module, String classifier) throws IOException {
    Path first = Build.jar(module, classifier);
    Path second = rebuild.resolve(Build.root().relativize(first));
    assertTrue(Files.exists(first), () -> "missing " + first);
    assertTrue(Files.exists(second), () -> "missing " + second);
    byte[] a = Files.readAllBytes(first);
    byte[] b = Files.readAllBytes(second);
    if (!Arrays.equals(a, b)) {
      fail(first.getFileName() + " differs between two builds; entries that differ: " + differences(first, second));
    }
    assertArrayEquals(a, b);
  }

  /** Names the entries whose bytes or times differ, to point at the plugin that is not reproducible. */
  private static Set<String> differences(Path first, Path second) throws IOException {
    Map<String, String> a = digest(first);
    Map<String, String> b = digest(second);
    Set<String> names = new TreeSet<>(a.keySet());
    names.addAll(b.keySet());
    names.removeIf(n -> a.get(n) != null && a.get(n).equals(b.get(n)));
    return names;
  }

  private static Map<String, String> digest(Path jar) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        try (InputStream in = zip.getInputStream(entry)) {
          entries.put(entry.getName(), entry.getTime() + ":" + Arrays.hashCode(in.readAllBytes()));
        }
      }
    }
    return entries;
  }
}

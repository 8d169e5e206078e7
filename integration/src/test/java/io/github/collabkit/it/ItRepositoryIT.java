package io.github.collabkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What this build deployed to the it-repository is what a release would publish, and nothing more. */
class ItRepositoryIT {

  private static Path group() {
    return Path.of(Build.property("collabkit.itRepository")).resolve("io/github/collabkit");
  }

  private static Set<String> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
  }

  @Test
  void holdsOnlyThePublishedArtifacts() throws IOException {
    assertEquals(Set.of("collabkit-parent", "collabkit-core", "collabkit-json", "collabkit-spark", "collabkit-bom"), list(group()),
        "examples, benchmarks and integration must never be deployed");
  }

  @Test
  void publishesJarSourcesJavadocAndPomForEachJarModule() throws IOException {
    for (String artifact : List.of("collabkit-core", "collabkit-json", "collabkit-spark")) {
      Set<String> files = list(group().resolve(artifact).resolve(Build.version()));
      for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar", ".pom")) {
        assertTrue(files.stream().anyMatch(f -> f.startsWith(artifact) && f.endsWith(suffix)
            && (suffix.equals(".jar") ? !f.endsWith("-sources.jar") && !f.endsWith("-javadoc.jar") : true)),
            () -> artifact + " has no " + suffix + " in " + files);
      }
    }
  }

  @Test
  void jarsSayWhichCollabkitTheyAreAndJavadocSaysItsYear() throws IOException {
    for (String artifact : List.of("collabkit-core", "collabkit-json", "collabkit-spark")) {
      Path dir = group().resolve(artifact).resolve(Build.version());
      Path jar = dir.resolve(artifact + "-" + Build.version() + ".jar");
      try (JarFile file = new JarFile(jar.toFile())) {
        Attributes main = file.getManifest().getMainAttributes();
        assertEquals(Build.version(), main.getValue("Implementation-Version"), jar::toString);
        assertTrue(main.getValue("Implementation-Title") != null, jar::toString);
      }
      Path javadoc = dir.resolve(artifact + "-" + Build.version() + "-javadoc.jar");
      try (JarFile file = new JarFile(javadoc.toFile())) {
        // index.html only redirects; every other page carries the footer
        String index = new String(file.getInputStream(file.getEntry("allclasses-index.html")).readAllBytes(),
            StandardCharsets.UTF_8);
        assertTrue(index.contains("Copyright \u00a9 2026 The collabkit developers"), javadoc::toString);
        assertTrue(!index.contains("{inceptionYear}"), javadoc::toString);
      }
    }
  }

  @Test
  void publishesTheBomAndTheParentAsPomsOnly() throws IOException {
    for (String artifact : List.of("collabkit-bom", "collabkit-parent")) {
      Set<String> files = list(group().resolve(artifact).resolve(Build.version()));
      assertTrue(files.stream().anyMatch(f -> f.endsWith(".pom")), files::toString);
      assertTrue(files.stream().noneMatch(f -> f.endsWith(".jar")), files::toString);
    }
  }
}

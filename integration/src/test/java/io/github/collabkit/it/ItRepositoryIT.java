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

  @Test
  void jarsSourcesAndJavadocCarryTheLicense() throws IOException {
    String license = Files.readString(Build.root().resolve("LICENSE"));
    for (String artifact : List.of("collabkit-core", "collabkit-json", "collabkit-spark")) {
      Path dir = group().resolve(artifact).resolve(Build.version());
      for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar")) {
        Path jar = dir.resolve(artifact + "-" + Build.version() + suffix);
        try (JarFile file = new JarFile(jar.toFile())) {
          java.util.jar.JarEntry entry = file.getJarEntry("META-INF/LICENSE");
          assertTrue(entry != null, () -> jar + " has no META-INF/LICENSE");
          assertEquals(license, new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8),
              jar::toString);
        }
      }
    }
  }

  @Test
  void publishedPomsAreFlattenedWithoutTheBuild() throws IOException {
    for (String artifact : List.of("collabkit-parent", "collabkit-core", "collabkit-json", "collabkit-spark",
        "collabkit-bom")) {
      Path pom = group().resolve(artifact).resolve(Build.version()).resolve(artifact + "-" + Build.version() + ".pom");
      String text = Files.readString(pom);
      for (String leftover : List.of("it-repository", "itRepository", "<build>", "<parent>", "<properties>",
          "<scope>test</scope>", "${")) {
        assertTrue(!text.contains(leftover), () -> pom + " still holds " + leftover + ":\n" + text);
      }
      for (String kept : List.of("<licenses>", "<scm", "<developers>", "<version>" + Build.version() + "</version>",
          "<url>https://github.com/collabkit/collabkit</url>",
          "<connection>scm:git:https://github.com/collabkit/collabkit.git</connection>")) {
        assertTrue(text.contains(kept), () -> pom + " lost " + kept + ":\n" + text);
      }
    }
    String json = Files.readString(group().resolve("collabkit-json").resolve(Build.version())
        .resolve("collabkit-json-" + Build.version() + ".pom"));
    assertTrue(json.contains("<artifactId>collabkit-core</artifactId>") && json.contains("<artifactId>jackson-databind</artifactId>"),
        json);
    String bom = Files.readString(group().resolve("collabkit-bom").resolve(Build.version())
        .resolve("collabkit-bom-" + Build.version() + ".pom"));
    assertTrue(bom.contains("<dependencyManagement>") && bom.contains("<artifactId>collabkit-spark</artifactId>"), bom);
  }

  @Test
  void publishesNoTestJarAndTheSharedTestJarHoldsOnlyTestSupport() throws IOException {
    for (String artifact : List.of("collabkit-core", "collabkit-json", "collabkit-spark")) {
      Set<String> files = list(group().resolve(artifact).resolve(Build.version()));
      assertTrue(files.stream().noneMatch(f -> f.endsWith("-tests.jar")), files::toString);
    }
    // core's test-jar, built for the json tests and the benchmarks in the reactor: the shared package only
    try (JarFile file = new JarFile(Build.jar("core", "tests").toFile())) {
      List<String> classes = file.stream().map(java.util.jar.JarEntry::getName)
          .filter(n -> !n.startsWith("META-INF/") && !n.endsWith("/")).collect(Collectors.toList());
      assertTrue(!classes.isEmpty(), "the core test-jar is empty");
      for (String name : classes) {
        assertTrue(name.startsWith("io/github/collabkit/testing/") && name.endsWith(".class")
            && !name.matches(".*Test(\\$.*)?\\.class"), () -> "the core test-jar holds " + name);
      }
    }
  }

  @Test
  void jsonJavadocLinksCoreAndJackson() throws IOException {
    Path javadoc = group().resolve("collabkit-json").resolve(Build.version())
        .resolve("collabkit-json-" + Build.version() + "-javadoc.jar");
    try (JarFile file = new JarFile(javadoc.toFile())) {
      java.util.jar.JarEntry page = file.getJarEntry("io.github.collabkit.json/io/github/collabkit/json/CollabkitJson.html");
      assertTrue(page != null, javadoc::toString);
      String html = new String(file.getInputStream(page).readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(html.contains("href=\"https://javadoc.io/doc/io.github.collabkit/collabkit-core/" + Build.version()
          + "/io.github.collabkit.core/io/github/collabkit/model/Landscape.html\""), "no link to core's Landscape");
      assertTrue(html.contains("/tools.jackson.databind/tools/jackson/databind/json/JsonMapper.html\""),
          "no link to Jackson's JsonMapper");
    }
  }
}

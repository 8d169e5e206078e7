package io.github.collabkit.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Builds the outside consumer in {@code .ci/consumer} against the artifacts this build deployed to the
 * it-repository, and runs it on the module path and on the class path. If an outside project could not
 * use collabkit, this fails.
 *
 * <p>The consumer gets its own local repository, emptied of collabkit before each run, so its only
 * source for collabkit is the it-repository. Everything else (Jackson, Maven plugins) is read from a
 * view of the outer build's local repository without {@code io/github/collabkit}, as a read-only tail:
 * whatever collabkit snapshot {@code ~/.m2} holds, or another build installs there meanwhile, the
 * consumer cannot see it. What is not there yet (the exec plugin on a fresh machine) comes from Maven
 * Central once and stays in this module's build directory. When the outer build is offline, so is
 * the consumer's (the file: it-repository stays reachable).
 */
class ConsumerIT {

  private static String output;
  private static Path consumerRepository;
  private static Path consumer;

  @BeforeAll
  static void buildConsumer() throws IOException, InterruptedException {
    Path work = Build.workDir().resolve("consumer-it");
    consumer = work.resolve("consumer");
    consumerRepository = work.resolve("repository");
    Build.deleteTree(consumer);
    Build.deleteTree(consumerRepository.resolve("io/github/collabkit"));
    // Build a copy, so nothing is written into the source tree.
    Build.copyTree(Build.root().resolve(".ci/consumer"), consumer, Set.of("target"));
    Path tail = Build.viewWithout(Path.of(Build.property("collabkit.localRepository")),
        work.resolve("tail"), Path.of("io", "github", "collabkit"));
    List<String> args = new ArrayList<>(List.of(
        "-B",
        "-s", consumer.resolve("settings.xml").toString(),
        "-Dmaven.repo.local=" + consumerRepository,
        "-Dmaven.repo.local.tail=" + tail,
        "-Dcollabkit.itRepositoryUrl=" + Path.of(Build.property("collabkit.itRepository")).toUri(),
        "-Dcollabkit.version=" + Build.version()));
    if ("offline=true".equals(System.getProperty("collabkit.offline"))) {
      args.addAll(List.of("-o", "-Daether.offline.protocols=file"));
    }
    args.add("verify");
    output = Build.maven(consumer, work.resolve("consumer-build.log"), args);
  }

  @Test
  void runsAsANamedModuleOnTheModulePath() {
    assertTrue(output.contains("consumer: module org.example.consumer"), output);
    assertTrue(output.contains("collabkit-core: module io.github.collabkit.core"), output);
    assertTrue(output.contains("collabkit-json: module io.github.collabkit.json"), output);
  }

  @Test
  void runsOnTheClassPath() {
    assertTrue(output.contains("consumer: class path"), output);
    assertTrue(output.contains("collabkit-core: class path"), output);
    assertTrue(output.contains("collabkit-json: class path"), output);
  }

  @Test
  void buildsValidatesAndWritesAPartnershipBothWays() throws IOException {
    assertTrue(count(output, "partnership lumc-tud-medical-delta valid: true") == 2, output);
    assertTrue(count(output, "JSON-LD nodes: 4") == 2, output);
    for (String run : List.of("out-module-path", "out-class-path")) {
      Path out = consumer.resolve("target").resolve(run);
      assertTrue(Files.readString(out.resolve("landscape.jsonld")).contains("\"@vocab\""), run);
      assertTrue(Files.readString(out.resolve("partnerships.csv")).startsWith("key,title,"), run);
    }
  }

  @Test
  void resolvesAnOrganizationNameBothWays() {
    assertTrue(count(output, "resolved 'Leids Universitair Medisch Centrum' to: lumc") == 2, output);
  }

  @Test
  void writesAndReadsBackJsonBothWays() {
    assertTrue(count(output, "JSON round trip equal: true") == 2, output);
  }

  @Test
  void readsValidatesAndExportsTheBundledDatasetWhenTheJarHasOne() throws IOException {
    boolean bundled;
    try (ZipFile jar = new ZipFile(Build.jar("json", "").toFile())) {
      bundled = jar.getEntry("io/github/collabkit/json/data/dutch-umc-landscape.json") != null;
    }
    if (bundled) {
      assertTrue(count(output, "bundled dataset: ") == 2, output);
      assertTrue(output.contains("partnerships, errors: 0"), output);
      assertTrue(Files.exists(consumer.resolve("target/out-class-path/bundled/partnerships.csv")));
    } else {
      assertTrue(output.contains("bundled dataset: the bundled dataset"), output);
    }
  }

  @Test
  void readsTheBundledDatasetAndTheSchemasAsResourcesBothWays() {
    assertTrue(count(output, "bundled dataset by the system class loader: found") == 2, output);
    assertTrue(count(output, "landscape schema by the module: same as CollabkitJson.schema") == 2, output);
  }

  @Test
  void seesNoCollabkitInTheTail() {
    Path tail = Build.workDir().resolve("consumer-it/tail");
    assertTrue(Files.isDirectory(tail.resolve("io/github/collabkit")), "the view has its excluded folder empty");
    assertTrue(Files.notExists(tail.resolve("io/github/collabkit/collabkit-core")),
        "collabkit in the outer local repository is hidden from the consumer");
  }

  @Test
  void resolvesCollabkitFromTheItRepository() throws IOException {
    for (String artifact : List.of("collabkit-core", "collabkit-json", "collabkit-bom")) {
      Path dir = consumerRepository.resolve("io/github/collabkit").resolve(artifact).resolve(Build.version());
      Path origins = dir.resolve("_remote.repositories");
      assertTrue(Files.exists(origins), () -> artifact + " was not downloaded into " + dir);
      String text = Files.readString(origins);
      assertTrue(text.contains(">collabkit-it="), () -> artifact + " came from elsewhere: " + text);
    }
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}

package io.github.collabkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.CollabkitException;
import io.github.collabkit.json.CollabkitJson;
import io.github.collabkit.json.ror.RorImporter;
import io.github.collabkit.json.ror.RorProblem;
import io.github.collabkit.model.InvalidValueException;
import io.github.collabkit.model.UnknownCodeException;
import io.github.collabkit.spark.internal.RegistryParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(LocalSpark.class)
class RegistryTest {
  private static Path fixture(String name) throws Exception {
    return Path.of(RegistryTest.class.getResource(name).toURI());
  }

  @Test
  void readsARorDumpFromAPathSparkCanRead(SparkSession spark) throws Exception {
    Registry ror = Registry.read(spark, fixture("leiden-ror.jsonl").toUri().toString(), RegistryFormat.ROR);
    assertEquals("leiden-ror.jsonl", ror.fileName());
    assertEquals(2, ror.organizationCount());
    assertEquals(List.of("05xvt9f17", "027bh9e22"),
        ror.organizations().stream().map(o -> o.key()).toList());
    assertEquals(Files.size(fixture("leiden-ror.jsonl")), ror.fileSize());
  }

  @Test
  void shipsEveryOrganizationUnchanged() throws Exception {
    Registry ror = Registry.of(RegistryFormat.ROR, "leiden-ror.jsonl", Files.readAllBytes(fixture("leiden-ror.jsonl")));
    assertEquals(RorImporter.create().read(fixture("leiden-ror.jsonl")).organizations(),
        RegistryParser.unship(ror.shipped()));
    assertEquals(ror.shippedSize(), ror.shipped().length);
    Registry bundled = Registry.bundled();
    assertEquals(CollabkitJson.bundledLandscape().organizations(), RegistryParser.unship(bundled.shipped()));
  }

  @Test
  void readsACollabkitDocumentFromAPath(SparkSession spark, @TempDir Path dir) throws Exception {
    Path file = dir.resolve("umc.json");
    CollabkitJson.standard().writeLandscape(CollabkitJson.bundledLandscape(), file);
    Registry umc = Registry.read(spark, file.toString(), RegistryFormat.COLLABKIT);
    assertEquals(CollabkitJson.bundledLandscape().organizations().size(), umc.organizationCount());
    assertEquals(Registry.bundled().organizationCount(), umc.organizationCount());
  }

  @Test
  void rejectsAPathThatNamesNoFile(SparkSession spark, @TempDir Path dir) {
    String missing = dir.resolve("absent.jsonl").toString();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Registry.read(spark, missing, RegistryFormat.ROR));
    assertEquals("path", e.field());
    assertTrue(e.getMessage().startsWith("registry '" + missing + "': path: must name a file Spark can read"), e.getMessage());
    assertNotNull(e.getCause());
  }

  @Test
  void rejectsAPathThatNamesSeveralFiles(SparkSession spark, @TempDir Path dir) throws Exception {
    Files.copy(fixture("leiden-ror.jsonl"), dir.resolve("a.jsonl"));
    Files.copy(fixture("leiden-ror.jsonl"), dir.resolve("b.jsonl"));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Registry.read(spark, dir.toString(), RegistryFormat.ROR));
    assertEquals("registry '" + dir + "': path: must name one file, matches 2", e.getMessage());
  }

  @Test
  void reportsTheRecordsTheImporterSkipped() throws Exception {
    byte[] dump = (Files.readString(fixture("leiden-ror.jsonl")).lines().findFirst().orElseThrow()
        + "\n{\"id\": \"https://ror.org/027bh9e22\", \"types\": [\"education\"]}\n")
        .getBytes(StandardCharsets.UTF_8);
    Registry registry = Registry.of(RegistryFormat.ROR, "partly-broken.jsonl", dump);
    assertEquals(1, registry.organizationCount());
    assertEquals(1, registry.problems().size());
    RorProblem skipped = registry.problems().get(0);
    assertEquals("line 2", skipped.where());
    assertEquals(RorProblem.Outcome.RECORD_SKIPPED, skipped.outcome());
  }

  @Test
  void rejectsADumpWithNoUsableRecordNamingTheFirstProblem() {
    byte[] broken = "{\"id\": \"https://ror.org/05xvt9f17\", \"types\": [\"education\"]}\n"
        .getBytes(StandardCharsets.UTF_8);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Registry.of(RegistryFormat.ROR, "broken.jsonl", broken));
    assertTrue(e.getMessage().startsWith("registry 'broken.jsonl': organizations: must hold at least one organization"
        + " the reader could import; first problem: line 1"), e.getMessage());
  }

  @Test
  void rejectsAnInvalidCollabkitDocumentWithTheReadersMessage() {
    byte[] broken = "{\"formatVersion\": \"1.0\", \"name\": 17}".getBytes(StandardCharsets.UTF_8);
    assertThrows(CollabkitException.class, () -> Registry.of(RegistryFormat.COLLABKIT, "broken.json", broken));
  }

  @Test
  void rejectsAnUnknownFormatCodeListingTheKnownOnes() {
    UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> RegistryFormat.fromCode("grid"));
    assertEquals("registry format: unknown code 'grid'; allowed: ror, collabkit", e.getMessage());
    assertEquals(RegistryFormat.COLLABKIT, RegistryFormat.fromCode("collabkit"));
  }
}

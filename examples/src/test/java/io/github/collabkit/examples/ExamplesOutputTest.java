package io.github.collabkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every example and compares what it prints with the expected output checked in under
 * {@code src/test/resources/expected/}. On a difference the actual output is written to
 * {@code target/actual/} so it can be reviewed and, if right, copied over the expected file.
 */
class ExamplesOutputTest {

  @TempDir
  Path dir;

  @Test
  void quickstartPrintsValidPartnershipAndRoundTrips() throws IOException {
    String out = run(Quickstart::run);
    assertTrue(out.startsWith("validation: no problems"), out);
    assertTrue(out.strip().endsWith("read back equals built: true"), out);
    assertMatches("quickstart.txt", out);
  }

  @Test
  void exploreInEnglishPrintsLumcPartnershipsInfrastructuresAndStrategy() throws IOException {
    assertMatches("explore-en.txt", run(out -> Explore.run(out, "en")));
  }

  @Test
  void exploreInDutchPrintsTheSameInDutch() throws IOException {
    assertMatches("explore-nl.txt", run(out -> Explore.run(out, "nl")));
  }

  @Test
  void validatePrintsEveryProblemWithItsPath() throws IOException {
    String out = run(ValidateDocument::run);
    assertTrue(out.contains("/organizations/2/identifiers/0/value"), out);
    assertTrue(out.contains("partnerships[lumc-ul-2021].signatories[1].organization [signatory.not-a-party]"), out);
    assertMatches("validate.txt", out);
  }

  @Test
  void networkPictureWritesDotMermaidAndSvg() throws IOException {
    String out = run(o -> NetworkPicture.run(o, dir));
    assertTrue(Files.size(dir.resolve("network.svg")) > 1000);
    assertTrue(Files.readString(dir.resolve("network.dot")).startsWith("graph collaboration {"));
    assertTrue(Files.readString(dir.resolve("network.mmd")).startsWith("graph LR"));
    assertMatches("network-picture.txt", out);
  }

  @Test
  void tourRunsEveryExampleInOrder() throws IOException {
    String out = run(o -> Tour.run(o, dir));
    assertMatches("tour.txt", out);
    assertTrue(out.length() < 16_000, "the tour should stay short, printed " + out.length() + " characters");
  }

  private String run(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      example.accept(out);
    }
    return bytes.toString(StandardCharsets.UTF_8).replace(dir.toAbsolutePath().normalize().toUri().toString(), "<dir>/");
  }

  private static void assertMatches(String expectedFile, String actual) throws IOException {
    String expected;
    try (InputStream in = ExamplesOutputTest.class.getResourceAsStream("/expected/" + expectedFile)) {
      expected = in == null ? "(missing expected file " + expectedFile + ")"
          : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!expected.equals(actual)) {
      Path target = Path.of("target", "actual", expectedFile);
      Files.createDirectories(target.getParent());
      Files.writeString(target, actual, StandardCharsets.UTF_8);
    }
    assertEquals(expected, actual, "output of " + expectedFile + " differs; actual written to target/actual/");
  }
}

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
 *
 * <p>When a library change is meant to change what the examples print (better name resolution
 * moves a score, a dataset fact is added), regenerate the expected files from the project root:
 * <pre>
 * ./mvnw -B -q -pl examples -am verify -Dtest=ExamplesOutputTest -Dsurefire.failIfNoSpecifiedTests=false
 * git diff --no-index examples/src/test/resources/expected examples/target/actual   # review
 * cp examples/target/actual/*.txt examples/src/test/resources/expected/
 * </pre>
 * The tour prints every example, so {@code tour.txt} changes with any of them. A few assertions
 * besides the file comparison pin answers that must not change (such as "RUG" meaning the
 * University of Groningen); those fail with their own message.
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
  void resolveNamesPrintsAnswerScoreRunnerUpAndRefusals() throws IOException {
    String out = run(ResolveNames::run);
    assertTrue(out.contains("\"RUG\"\n    -> University of Groningen [university-of-groningen]: "), out);
    assertTrue(out.contains("\"Erasmsu MC\"\n    -> Erasmus MC [erasmus-mc]: "), out);
    assertTrue(out.contains("\"UMCG\"\n    -> University Medical Center Groningen [umcg]: "), out);
    assertTrue(out.contains("\"Janssen Pharmaceutical K.K., Tokyo\"\n    -> none ("), out);
    assertTrue(out.contains("most-specific -> LUMC Breast Cancer Centre"), out);
    assertTrue(out.contains("https://ror.org/05xvt9f17                -> Leiden University Medical Center [lumc]"), out);
    assertMatches("resolve-names.txt", out);
  }

  @Test
  void findInfrastructureRanksMatchesWithReasonsAndAccessTerms() throws IOException {
    String out = run(o -> FindInfrastructure.run(o, "en"));
    assertTrue(out.contains("Technology centres of the umc's [usable, score 1]"), out);
    // The seeds name the imaging facilities' users as examples and never exclude companies.
    assertTrue(out.contains("Imaging facilities of the umc's [access not stated, score 1]"), out);
    assertTrue(!out.contains("not usable"), out);
    assertTrue(out.contains("LUMC high-performance computing systems [usable"), out);
    assertMatches("find-infrastructure-en.txt", out);
  }

  @Test
  void findInfrastructureInDutchPrintsTheSameInDutch() throws IOException {
    assertMatches("find-infrastructure-nl.txt", run(o -> FindInfrastructure.run(o, "nl")));
  }

  @Test
  void classifyPartnershipsPrintsLinesPerPartnershipWithReasons() throws IOException {
    String out = run(o -> ClassifyPartnerships.run(o, "en"));
    assertTrue(out.contains("lumc-philips-ai                Public-private partnerships: party Philips: type Company"), out);
    assertMatches("classify-partnerships-en.txt", out);
  }

  @Test
  void classifyPartnershipsInDutchGivesReasonsInDutch() throws IOException {
    String out = run(o -> ClassifyPartnerships.run(o, "nl"));
    assertTrue(out.contains("Publiek-private partnerschappen: partij Koninklijke Philips: type Bedrijf"), out);
    assertMatches("classify-partnerships-nl.txt", out);
  }

  @Test
  void queryNetworkPrintsPartnersChainsHubsAndOverlaps() throws IOException {
    String out = run(QueryNetwork::run);
    assertTrue(out.contains("Shortest chain from Janssen to UMCG (2 steps):"), out);
    assertMatches("query-network.txt", out);
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
    // A screenful per example: the longest, Explore, prints 63 lines.
    for (String step : out.split("\n(?=== )")) {
      long lines = step.lines().count();
      assertTrue(lines <= 66, "a tour step should fit a screen, printed " + lines + " lines:\n" + step);
    }
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
    Path target = Path.of("target", "actual", expectedFile);
    if (!expected.equals(actual)) {
      Files.createDirectories(target.getParent());
      Files.writeString(target, actual, StandardCharsets.UTF_8);
    }
    assertEquals(expected, actual, "output of " + expectedFile + " differs from src/test/resources/expected/"
        + expectedFile + "; actual written to examples/" + target.toString().replace('\\', '/')
        + " (if the change is intended, copy it over: cp examples/target/actual/*.txt"
        + " examples/src/test/resources/expected/, see the ExamplesOutputTest javadoc)");
  }
}

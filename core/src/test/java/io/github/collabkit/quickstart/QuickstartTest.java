package io.github.collabkit.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.model.DateQualifier;
import io.github.collabkit.model.Identifier;
import io.github.collabkit.model.IdentifierScheme;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.LocalizedText;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.PartialDate;
import io.github.collabkit.model.Participation;
import io.github.collabkit.model.Partnership;
import io.github.collabkit.model.PartnershipKind;
import io.github.collabkit.model.PartnershipRef;
import io.github.collabkit.model.PartyRole;
import io.github.collabkit.model.SigningEvent;
import io.github.collabkit.model.SigningMode;
import io.github.collabkit.validate.LandscapeValidator;
import io.github.collabkit.validate.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README quickstart, compiled and run in the build. The code between the {@code quickstart}
 * markers and the output it prints must be identical to the README's; {@link #readmeShowsThisCode()}
 * and {@link #readmeShowsThisOutput()} fail when they drift apart.
 */
class QuickstartTest {
  private static final Path README = Path.of("").toAbsolutePath().getParent().resolve("README.md");
  private static final Path SELF =
      Path.of("src/test/java/io/github/collabkit/quickstart/QuickstartTest.java").toAbsolutePath();

  static void quickstart() {
    // quickstart:start
    Organization lumc = Organization.builder().ref(OrganizationRef.of("lumc"))
        .addName(Name.of("Leids Universitair Medisch Centrum", "nl", NameKind.DISPLAY))
        .addType(OrganizationType.UMC)
        .addIdentifier(Identifier.of(IdentifierScheme.ROR, "https://ror.org/05xvt9f17"))
        .build();
    Organization leiden = Organization.builder().ref(OrganizationRef.of("leiden-university"))
        .addName(Name.of("Universiteit Leiden", "nl", NameKind.DISPLAY))
        .addType(OrganizationType.UNIVERSITY)
        .addIdentifier(Identifier.of(IdentifierScheme.ROR, "027bh9e22"))
        .build();
    Partnership agreement = Partnership.builder().ref(PartnershipRef.of("lumc-ul-2021"))
        .title(LocalizedText.of("nl", "Samenwerkingsovereenkomst onderzoeks-IT LUMC en Universiteit Leiden"))
        .kind(PartnershipKind.COLLABORATION_AGREEMENT)
        .addParty(Participation.of(lumc.ref(), PartyRole.PARTNER))
        .addParty(Participation.of(leiden.ref(), PartyRole.PARTNER))
        .signing(SigningEvent.builder().date(PartialDate.parse("2021-12")) // "vlak voor de Kerst"
            .dateQualifier(DateQualifier.BEFORE).mode(SigningMode.VIDEO_CALL).build())
        .build();
    Landscape landscape = Landscape.builder().name("quickstart")
        .addOrganizations(lumc, leiden).addPartnership(agreement).build();

    ValidationReport report = LandscapeValidator.create().validate(landscape);
    System.out.println(agreement.title().text("en") + " (" + agreement.kind().label("en") + ")");
    for (OrganizationRef ref : agreement.organizations()) {
      Organization party = landscape.organization(ref).orElseThrow();
      System.out.println("  party: " + party.displayName("nl") + ", "
          + party.identifier(IdentifierScheme.ROR).orElseThrow().url());
    }
    System.out.println("  valid: " + report.isValid() + ", warnings: " + report.warnings().size());
    System.out.println(report);
    // quickstart:end
  }

  private static String run() {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      quickstart();
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  /** The lines between two marker lines, with their common indentation removed. */
  static String between(List<String> lines, String start, String end) {
    int from = -1;
    int to = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(start)) {
        from = i + 1;
      } else if (lines.get(i).strip().equals(end)) {
        to = i;
      }
    }
    assertTrue(from > 0 && to >= from, "markers " + start + " / " + end + " not found in order");
    List<String> region = new ArrayList<>(lines.subList(from, to));
    int indent = region.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder sb = new StringBuilder();
    for (String line : region) {
      sb.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return sb.toString();
  }

  private static String fencedAfter(List<String> readme, String marker, String endMarker) {
    String block = between(readme, marker, endMarker);
    List<String> lines = new ArrayList<>(block.lines().toList());
    assertTrue(lines.size() >= 2 && lines.get(0).startsWith("```") && lines.get(lines.size() - 1).equals("```"),
        "README region " + marker + " must be one fenced code block");
    return String.join("\n", lines.subList(1, lines.size() - 1)) + "\n";
  }

  @Test
  void runsAndReportsOnlyMissingSources() {
    String output = run();
    assertTrue(output.startsWith("Samenwerkingsovereenkomst onderzoeks-IT LUMC en Universiteit Leiden (Collaboration agreement)\n"),
        output);
    assertTrue(output.contains("  valid: true, warnings: 3\n"), output);
  }

  @Test
  void readmeShowsThisCode() throws IOException {
    String code = between(Files.readAllLines(SELF), "// quickstart:start", "// quickstart:end");
    String readme = fencedAfter(Files.readAllLines(README), "<!-- quickstart:start -->", "<!-- quickstart:end -->");
    assertEquals(code, readme, "README.md quickstart differs from QuickstartTest; copy the code between the markers");
  }

  @Test
  void readmeShowsThisOutput() throws IOException {
    String readme = fencedAfter(Files.readAllLines(README), "<!-- quickstart-output:start -->",
        "<!-- quickstart-output:end -->");
    assertEquals(run(), readme, "README.md quickstart output differs from what the quickstart prints");
  }
}

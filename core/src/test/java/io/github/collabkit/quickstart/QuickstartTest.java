package io.github.collabkit.quickstart;

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
import io.github.collabkit.testing.ReadmeRegions;
import io.github.collabkit.validate.LandscapeValidator;
import io.github.collabkit.validate.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * The README quickstart, compiled and run in the build. The code between the {@code quickstart}
 * markers and the output it prints must be identical to the README's; {@link #readmeShowsThisCode()}
 * and {@link #readmeShowsThisOutput()} fail when they drift apart.
 */
class QuickstartTest {
  private static final String SELF = "src/test/java/io/github/collabkit/quickstart/QuickstartTest.java";

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
    return ReadmeRegions.printed(QuickstartTest::quickstart);
  }

  @Test
  void runsAndReportsOnlyMissingSources() {
    String output = run();
    assertTrue(output.startsWith("Samenwerkingsovereenkomst onderzoeks-IT LUMC en Universiteit Leiden (Collaboration agreement)\n"),
        output);
    assertTrue(output.contains("  valid: true, warnings: 3\n"), output);
  }

  @Test
  void readmeShowsThisCode() {
    ReadmeRegions.assertReadmeShowsCode(SELF, "quickstart");
  }

  @Test
  void readmeShowsThisOutput() {
    ReadmeRegions.assertReadmeShowsOutput("quickstart", QuickstartTest::quickstart);
  }
}

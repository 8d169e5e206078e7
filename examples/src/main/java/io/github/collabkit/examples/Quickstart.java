package io.github.collabkit.examples;

import io.github.collabkit.json.CollabkitJson;
import io.github.collabkit.model.DateQualifier;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.LocalizedText;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.PartialDate;
import io.github.collabkit.model.Participation;
import io.github.collabkit.model.Partnership;
import io.github.collabkit.model.PartnershipKind;
import io.github.collabkit.model.PartnershipRef;
import io.github.collabkit.model.PartyRole;
import io.github.collabkit.model.SigningEvent;
import io.github.collabkit.model.SigningMode;
import io.github.collabkit.model.SourceRef;
import io.github.collabkit.validate.LandscapeValidator;
import java.io.PrintStream;

/**
 * How do I describe a partnership, check it and store it as JSON? Builds the agreement that LUMC and
 * Leiden University signed by video call shortly before Christmas 2021, validates it against the
 * organizations of the bundled dataset, and writes and reads it back as JSON.
 *
 * <p>Run with {@code ./mvnw -q -pl examples -am exec:java -Dexec.mainClass=io.github.collabkit.examples.Quickstart}.
 */
public final class Quickstart {
  private Quickstart() {}

  /**
   * Runs the example, printing to standard output.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run(Console.out());
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    // quickstart:begin
    Partnership agreement = Partnership.builder()
        .ref(PartnershipRef.of("lumc-ul-2021"))
        .title(LocalizedText.enNl("LUMC and Leiden University research IT agreement",
            "Samenwerkingsovereenkomst onderzoeks-IT LUMC en Universiteit Leiden"))
        .kind(PartnershipKind.COLLABORATION_AGREEMENT)
        .addParty(Participation.of(OrganizationRef.of("lumc"), PartyRole.PARTNER))
        .addParty(Participation.of(OrganizationRef.of("leiden-university"), PartyRole.PARTNER))
        .signing(SigningEvent.builder().date(PartialDate.of(2021, 12))
            .dateQualifier(DateQualifier.BEFORE).mode(SigningMode.VIDEO_CALL).build())
        .addSource(SourceRef.of("seed-000"))
        .build();
    Landscape bundled = CollabkitJson.bundledLandscape();
    Landscape mine = Landscape.builder().name("quickstart").addPartnership(agreement)
        .addAllOrganizations(bundled.organizations()).addAllSources(bundled.sources())
        .addAllConcepts(bundled.concepts()).build();
    out.println("validation: " + LandscapeValidator.create().validate(mine));
    String json = CollabkitJson.standard().write(agreement);
    out.println(json);
    out.println("read back equals built: " + CollabkitJson.standard().read(json, Partnership.class).equals(agreement));
    // quickstart:end
  }
}

package org.example.consumer;

import io.github.collabkit.CollabkitException;
import io.github.collabkit.csv.CsvExport;
import io.github.collabkit.index.OrganizationIndex;
import io.github.collabkit.index.Resolution;
import io.github.collabkit.json.CollabkitJson;
import io.github.collabkit.json.jsonld.JsonLdExport;
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
import io.github.collabkit.model.Period;
import io.github.collabkit.validate.LandscapeValidator;
import io.github.collabkit.validate.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What an outside project does with collabkit: reads the bundled dataset, builds and validates a
 * partnership, resolves a name, and writes JSON, JSON-LD and CSV. Prints one line per step; the integration module
 * checks them.
 */
public final class Main {

  private Main() {}

  /**
   * Runs the consumer.
   *
   * @param args the output directory
   * @throws IOException if an output file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/out");
    Files.createDirectories(out);
    System.out.println("consumer: " + where(Main.class.getModule()));
    System.out.println("collabkit-core: " + where(Landscape.class.getModule()));
    System.out.println("collabkit-json: " + where(JsonLdExport.class.getModule()));

    Organization lumc = Organization.builder()
        .ref(OrganizationRef.of("lumc"))
        .addName(Name.of("Leids Universitair Medisch Centrum", "nl", NameKind.DISPLAY))
        .addName(Name.acronym("LUMC"))
        .addType(OrganizationType.UMC)
        .addIdentifier(Identifier.of(IdentifierScheme.ROR, "05xvt9f17"))
        .build();
    Organization tud = Organization.builder()
        .ref(OrganizationRef.of("tu-delft"))
        .addName(Name.of("Technische Universiteit Delft", "nl", NameKind.DISPLAY))
        .addType(OrganizationType.UNIVERSITY)
        .build();
    Partnership partnership = Partnership.builder()
        .ref(PartnershipRef.of("lumc-tud-medical-delta"))
        .title(LocalizedText.enNl("Medical technology in Leiden and Delft", "Medische technologie in Leiden en Delft"))
        .kind(PartnershipKind.STRATEGIC_PARTNERSHIP)
        .addParty(Participation.of(lumc.ref(), PartyRole.PARTNER))
        .addParty(Participation.of(tud.ref(), PartyRole.PARTNER))
        .period(Period.from(PartialDate.ofYear(2017)))
        .build();
    Landscape landscape = Landscape.builder()
        .name("consumer")
        .addAllOrganizations(List.of(lumc, tud))
        .addPartnership(partnership)
        .build();
    ValidationReport report = LandscapeValidator.create().validate(landscape);
    System.out.println("partnership " + partnership.key() + " valid: " + report.isValid());
    report.orThrow();

    Resolution resolution = OrganizationIndex.of(landscape).resolve("Leids Universitair Medisch Centrum");
    System.out.println("resolved 'Leids Universitair Medisch Centrum' to: "
        + resolution.organization().map(o -> o.key()).orElse("nothing"));

    String json = CollabkitJson.standard().writeLandscape(landscape);
    Files.writeString(out.resolve("landscape.json"), json, StandardCharsets.UTF_8);
    System.out.println("JSON round trip equal: " + CollabkitJson.standard().readLandscape(json).equals(landscape));

    bundled(out);
    resources();

    String jsonLd = JsonLdExport.create().toJsonLdString(landscape);
    Files.writeString(out.resolve("landscape.jsonld"), jsonLd, StandardCharsets.UTF_8);
    System.out.println("JSON-LD nodes: " + JsonLdExport.create().toJsonLd(landscape).get("@graph").size());

    List<Path> csv = CsvExport.of(landscape).writeTo(out);
    System.out.println("CSV files: " + csv.size());
  }

  /** Reads the dataset in the collabkit-json jar, validates it and exports it. */
  private static void bundled(Path out) throws IOException {
    Landscape bundled;
    try {
      bundled = CollabkitJson.bundledLandscape();
    } catch (CollabkitException e) {
      System.out.println("bundled dataset: " + e.getMessage());
      return;
    }
    ValidationReport report = LandscapeValidator.create().validate(bundled);
    System.out.println("bundled dataset: " + bundled.organizations().size() + " organizations, "
        + bundled.partnerships().size() + " partnerships, errors: " + report.errors().size());
    CsvExport.of(bundled).writeTo(out.resolve("bundled"));
    Files.writeString(out.resolve("bundled/landscape.jsonld"), JsonLdExport.create().toJsonLdString(bundled),
        StandardCharsets.UTF_8);
  }

  /** Reads the bundled dataset and a schema as resources, as a user without the front door would. */
  private static void resources() throws IOException {
    System.out.println("bundled dataset by the system class loader: "
        + (ClassLoader.getSystemResource(CollabkitJson.BUNDLED_LANDSCAPE) != null ? "found" : "missing"));
    String name = CollabkitJson.SCHEMA_FOLDER + "landscape.schema.json";
    try (java.io.InputStream in = CollabkitJson.class.getModule().getResourceAsStream(name)) {
      boolean same = in != null
          && new String(in.readAllBytes(), StandardCharsets.UTF_8).equals(CollabkitJson.schema("landscape"));
      System.out.println("landscape schema by the module: " + (same ? "same as CollabkitJson.schema" : "missing"));
    }
  }

  private static String where(Module module) {
    return module.isNamed() ? "module " + module.getName() : "class path";
  }
}

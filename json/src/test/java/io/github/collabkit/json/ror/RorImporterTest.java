package io.github.collabkit.json.ror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.model.Identifier;
import io.github.collabkit.model.IdentifierScheme;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationRelation;
import io.github.collabkit.model.OrganizationStatus;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.PartialDate;
import io.github.collabkit.model.RelationKind;
import io.github.collabkit.model.Sector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class RorImporterTest {
  private static final RorImporter IMPORTER = RorImporter.create();

  static Path records() {
    String dir = System.getProperty("collabkit.shared.dir", "../../shared");
    Path records = Path.of(dir, "data", "ror", "records");
    Assumptions.assumeTrue(Files.isDirectory(records),
        "shared ROR data not found at " + records + " (set collabkit.shared.dir); skipping");
    return records;
  }

  private static Organization one(String folder, String id) {
    RorImport result = IMPORTER.read(records().resolve(folder).resolve(id + ".json"));
    assertEquals(List.of(), result.problems());
    assertEquals(1, result.organizations().size());
    return result.organizations().get(0);
  }

  private static RorImport json(String text) {
    return IMPORTER.readJson(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void importsNamesWithLanguagesAndKinds() {
    Organization lumc = one("seed-orgs", "05xvt9f17");
    assertEquals(OrganizationRef.of("05xvt9f17"), lumc.ref());
    assertEquals(List.of(
        Name.of("Leiden University Medical Center", "en", NameKind.DISPLAY),
        Name.acronym("LUMC"),
        Name.of("Leids Universitair Medisch Centrum", "nl", NameKind.LABEL)), lumc.names());
    assertEquals("Leids Universitair Medisch Centrum", lumc.displayName("nl"));
  }

  @Test
  void importsTypesLocationIdentifiersStatusAndYear() {
    Organization lumc = one("seed-orgs", "05xvt9f17");
    assertEquals(java.util.Set.of(OrganizationType.FUNDER, OrganizationType.HOSPITAL), lumc.types());
    assertEquals("NL", lumc.location().orElseThrow().countryCode());
    assertEquals("Leiden", lumc.location().orElseThrow().city().orElseThrow());
    assertEquals(OrganizationStatus.ACTIVE, lumc.status());
    assertEquals(PartialDate.ofYear(1990), lumc.established().orElseThrow());
    assertTrue(lumc.identifiers().contains(Identifier.of(IdentifierScheme.ROR, "05xvt9f17")));
    assertTrue(lumc.identifiers().contains(Identifier.of(IdentifierScheme.ISNI, "0000000089452978")));
    assertTrue(lumc.identifiers().contains(Identifier.of(IdentifierScheme.WIKIDATA, "Q2406409")));
    assertTrue(lumc.identifiers().contains(Identifier.of(IdentifierScheme.GRID, "grid.10419.3d")));
    assertEquals(3, lumc.identifiers().stream()
        .filter(i -> i.scheme() == IdentifierScheme.FUNDREF).count());
    assertEquals("https://www.lumc.nl", lumc.identifier(IdentifierScheme.WEBSITE).orElseThrow().value());
  }

  @Test
  void importsPredecessorChildAndRelatedRelationships() {
    Organization erasmusMc = one("seed-orgs", "018906e22");
    List<OrganizationRelation> relations = erasmusMc.relations();
    assertTrue(relations.contains(OrganizationRelation.of(RelationKind.PREDECESSOR,
        OrganizationRef.of("00xtwy257"))));
    assertTrue(relations.contains(OrganizationRelation.of(RelationKind.RELATED,
        OrganizationRef.of("057w15z03"))));
    assertEquals(6, relations.stream().filter(r -> r.kind() == RelationKind.CHILD).count());
    assertFalse(erasmusMc.parent().isPresent());
  }

  @Test
  void importsParentOfAUnit() {
    Organization lifelines = one("seed-related", "01ja6ps71");
    assertEquals(OrganizationRef.of("03cv38k47"), lifelines.parent().orElseThrow());
  }

  @Test
  void importsEverySeedRecordUnderItsFileName() throws IOException {
    for (String folder : List.of("seed-orgs", "seed-related")) {
      try (Stream<Path> files = Files.list(records().resolve(folder))) {
        for (Path file : (Iterable<Path>) files::iterator) {
          RorImport result = IMPORTER.read(file);
          String id = file.getFileName().toString().replace(".json", "");
          assertEquals(id, result.organizations().get(0).key(), file.toString());
        }
      }
    }
  }

  @Test
  void importsTheDutchArrayAndTheRegistryDump() {
    RorImport nl = IMPORTER.read(records().resolve("nl-records-v2.json"));
    assertEquals(475, nl.organizations().size());
    assertTrue(nl.organizations().stream()
        .allMatch(o -> o.location().orElseThrow().countryCode().equals("NL")));
    RorImport all = IMPORTER.read(records().resolve("ror-records-v2.jsonl.gz"));
    assertEquals(35_990, all.organizations().size());
    assertTrue(all.problems().size() < 100, () -> "too many problems: " + all.problems().size());
  }

  @Test
  void mapsSectorFromCompanyType() {
    Organization philips = one("seed-orgs", "02p2bgp27");
    assertTrue(philips.is(OrganizationType.COMPANY));
    assertEquals(Sector.PRIVATE_FOR_PROFIT, philips.sector().orElseThrow());
  }

  @Test
  void reportsAndLeavesOutAnIdentifierFailingItsCheck() {
    RorImport result = json("{\"id\":\"https://ror.org/05xvt9f17\",\"types\":[\"healthcare\"],"
        + "\"names\":[{\"value\":\"LUMC\",\"types\":[\"acronym\"],\"lang\":null}],"
        + "\"external_ids\":[{\"type\":\"isni\",\"all\":[\"0000 0000 8945 2979\"]}]}");
    assertEquals(1, result.problems().size());
    assertEquals("external_ids.isni", result.problems().get(0).field());
    assertFalse(result.organizations().get(0).identifier(IdentifierScheme.ISNI).isPresent());
  }

  @Test
  void skipsARecordWithoutNames() {
    RorImport result = json("{\"id\":\"https://ror.org/05xvt9f17\",\"types\":[\"healthcare\"],\"names\":[]}");
    assertEquals(List.of(), result.organizations());
    RorProblem p = result.problems().get(0);
    assertEquals("names", p.field());
    assertEquals(RorProblem.Outcome.RECORD_SKIPPED, p.outcome());
    assertEquals("05xvt9f17", p.rorId());
  }

  @Test
  void skipsARecordWithABrokenId() {
    RorImport result = json("{\"id\":\"https://ror.org/05xvt9f18\",\"types\":[\"healthcare\"],"
        + "\"names\":[{\"value\":\"LUMC\",\"types\":[\"acronym\"]}]}");
    assertEquals(List.of(), result.organizations());
    assertTrue(result.problems().get(0).toString().contains("checksum"), result.problems().toString());
  }

  @Test
  void leavesOutAnUnknownTypeAndSkipsARecordWithNoKnownType() {
    RorImport result = json("[{\"id\":\"https://ror.org/05xvt9f17\",\"types\":[\"castle\",\"healthcare\"],"
        + "\"names\":[{\"value\":\"LUMC\",\"types\":[\"acronym\"]}]},"
        + "{\"id\":\"https://ror.org/027bh9e22\",\"types\":[\"castle\"],"
        + "\"names\":[{\"value\":\"UL\",\"types\":[\"acronym\"]}]}]");
    assertEquals(1, result.organizations().size());
    assertEquals(java.util.Set.of(OrganizationType.HOSPITAL), result.organizations().get(0).types());
    assertEquals(3, result.problems().size(), result.problems().toString());
    assertEquals(RorProblem.Outcome.VALUE_LEFT_OUT, result.problems().get(0).outcome());
    assertTrue(result.problems().get(0).message().contains("castle"));
    assertEquals("record 2 (line 1)", result.problems().get(2).where());
    assertEquals(RorProblem.Outcome.RECORD_SKIPPED, result.problems().get(2).outcome());
  }

  @Test
  void reportsInputThatIsNotJsonWithItsPosition() {
    RorImport result = json("{not json");
    assertEquals(List.of(), result.organizations());
    assertEquals(1, result.problems().size());
    assertTrue(result.problems().get(0).toString().startsWith("record 1 (line 1): not valid JSON (line 1, column 2)"),
        result.problems().toString());
  }

  @Test
  void toOrganizationThrowsForARecordThatCannotBeImported() {
    RorImportException e = assertThrows(RorImportException.class, () -> IMPORTER.toOrganization(
        new tools.jackson.databind.json.JsonMapper().readTree("{\"id\":\"05xvt9f17\"}"), new java.util.ArrayList<>()));
    assertTrue(e.getMessage().contains("names"), e.getMessage());
  }
}

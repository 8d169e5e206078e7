package io.github.collabkit.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.model.Attendee;
import io.github.collabkit.model.AttendeeRole;
import io.github.collabkit.model.CollectionProfile;
import io.github.collabkit.model.DataCategory;
import io.github.collabkit.model.DateQualifier;
import io.github.collabkit.model.Event;
import io.github.collabkit.model.EventRef;
import io.github.collabkit.model.Funding;
import io.github.collabkit.model.Identifier;
import io.github.collabkit.model.IdentifierScheme;
import io.github.collabkit.model.Infrastructure;
import io.github.collabkit.model.InfrastructureKind;
import io.github.collabkit.model.InfrastructureParticipation;
import io.github.collabkit.model.InfrastructureRef;
import io.github.collabkit.model.InfrastructureRole;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.LifeCycleStage;
import io.github.collabkit.model.LocalizedText;
import io.github.collabkit.model.Location;
import io.github.collabkit.model.MaterialType;
import io.github.collabkit.model.Money;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationRelation;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.PartialDate;
import io.github.collabkit.model.Participation;
import io.github.collabkit.model.ParticipationStatus;
import io.github.collabkit.model.Partnership;
import io.github.collabkit.model.PartnershipKind;
import io.github.collabkit.model.PartyRole;
import io.github.collabkit.model.Period;
import io.github.collabkit.model.PersonRef;
import io.github.collabkit.model.Quantity;
import io.github.collabkit.model.QuantityQualifier;
import io.github.collabkit.model.Readiness;
import io.github.collabkit.model.RelationKind;
import io.github.collabkit.model.SigningEvent;
import io.github.collabkit.model.SigningMode;
import io.github.collabkit.model.UseCondition;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CsvExportTest {

  /** A landscape whose texts hold every character RFC 4180 treats specially, and some non-ASCII. */
  static Landscape tricky() {
    Organization lumc = Organization.builder()
        .ref(OrganizationRef.of("lumc"))
        .addName(Name.of("Leids Universitair Medisch Centrum", "nl", NameKind.DISPLAY))
        .addName(Name.of("Leiden University Medical Center", "en", NameKind.DISPLAY))
        .addName(Name.acronym("LUMC"))
        .addType(OrganizationType.UMC)
        .location(Location.of("NL", "Leiden"))
        .addIdentifier(Identifier.of(IdentifierScheme.ROR, "05xvt9f17"))
        .description(LocalizedText.enNl("Care, research, \"education\"", "Zorg, onderzoek\nen onderwijs"))
        .build();
    Organization mumc = Organization.builder()
        .ref(OrganizationRef.of("mumc"))
        .addName(Name.of("Maastricht UMC+", "nl", NameKind.DISPLAY))
        .addType(OrganizationType.UMC)
        .addType(OrganizationType.HOSPITAL)
        .location(Location.of("NL", "Maastricht"))
        .build();
    Organization lab = Organization.builder()
        .ref(OrganizationRef.of("lumc-neurologie"))
        .addName(Name.of("Afdeling Neurologie, LUMC", "nl", NameKind.DISPLAY))
        .addType(OrganizationType.DEPARTMENT)
        .parent(OrganizationRef.of("lumc"))
        .build();
    Partnership partnership = Partnership.builder()
        .ref(io.github.collabkit.model.PartnershipRef.of("lumc-mumc-brein"))
        .title(LocalizedText.enNl("Brain, \"mind\" & body", "Brein – geest, lichaam"))
        .kind(PartnershipKind.JOINT_LAB)
        .addParty(Participation.of(OrganizationRef.of("lumc"), PartyRole.LEAD))
        .addParty(Participation.of(OrganizationRef.of("mumc"), PartyRole.PARTNER))
        .period(Period.between(PartialDate.ofYear(2021), PartialDate.of(2025, 12)))
        .signing(SigningEvent.on(PartialDate.of(2021, 3, 4)))
        .addTheme("neuroscience")
        .addInfrastructure(InfrastructureRef.of("brain-bank"))
        .description(LocalizedText.of("en", "Line one\r\nline two, with a comma"))
        .build();
    Infrastructure bank = Infrastructure.builder()
        .ref(InfrastructureRef.of("brain-bank"))
        .addName(Name.of("Hersenbank Zuid-Holland, ‘Ærø’ edition", "nl", NameKind.DISPLAY))
        .addKind(InfrastructureKind.BIOBANK)
        .addOrganization(InfrastructureParticipation.of(OrganizationRef.of("lumc"), InfrastructureRole.HOST))
        .addOrganization(InfrastructureParticipation.of(OrganizationRef.of("mumc"), InfrastructureRole.PARTICIPANT))
        .addCapability("brain-donation")
        .addReadiness(Readiness.of(LifeCycleStage.PRODUCTION))
        .addReadiness(Readiness.builder().capability("brain-donation").trl(7).stage(LifeCycleStage.BETA)
            .asOf(PartialDate.ofYear(2024)).build())
        .collection(CollectionProfile.builder()
            .participants(Quantity.of(QuantityQualifier.MORE_THAN, 4_000.5, "participants"))
            .minimumAge(18)
            .addDataCategories(DataCategory.BIOLOGICAL_SAMPLES, DataCategory.MEDICAL_RECORDS)
            .addMaterialTypes(MaterialType.TISSUE_FROZEN, MaterialType.TISSUE_FFPE)
            .addUseCondition(UseCondition.ETHICS_APPROVAL_REQUIRED)
            .build())
        .build();
    Event symposium = Event.builder()
        .ref(EventRef.of("brain-symposium"))
        .title(LocalizedText.enNl("Symposium; \"brain\" & body", "Symposium – brein"))
        .date(PartialDate.of(2021, 3))
        .dateQualifier(DateQualifier.BEFORE)
        .place(LocalizedText.enNl("Aula, =main hall", "Aula"))
        .location(Location.of("NL", "Leiden"))
        .host(OrganizationRef.of("lumc"))
        .mode(SigningMode.HYBRID)
        .addAttendee(Attendee.builder().person(PersonRef.of("kim-smit")).addRole(AttendeeRole.HOST)
            .addRole(AttendeeRole.SPEAKER).build())
        .addAttendee(Attendee.of(PersonRef.of("ton-rabelink"), AttendeeRole.WITNESS))
        .build();
    return Landscape.builder()
        .name("csv fixture")
        .addAllOrganizations(List.of(lumc, mumc, lab))
        .addPartnership(partnership)
        .addInfrastructure(bank)
        .addEvent(symposium)
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "plain text stays as it is | LUMC | LUMC",
      "non-ASCII stays unquoted | Zürich – ‘Ærø’ | Zürich – ‘Ærø’",
      "a comma quotes the field | Leiden, Delft | \"Leiden, Delft\"",
      "a quote is doubled inside quotes | say \"hi\" | \"say \"\"hi\"\"\"",
      "an empty field stays empty | '' | ''",
      "spaces alone do not quote | a b | a b",
  })
  void escapesFieldsAsRfc4180Requires(String name, String field, String expected) {
    assertEquals(expected, CsvWriter.escape(field, ',', false));
  }

  @Test
  void quotesFieldsWithLineBreaks() {
    assertEquals("\"a\nb\"", CsvWriter.escape("a\nb", ',', true));
    assertEquals("\"a\r\nb\"", CsvWriter.escape("a\r\nb", ',', true));
    assertEquals("\"a\rb\"", CsvWriter.escape("a\rb", ',', true));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "equals sign | =HYPERLINK(1) | '=HYPERLINK(1)",
      "plus | +31 71 526 9111 | '+31 71 526 9111",
      "minus | -2+3 | '-2+3",
      "at sign | @SUM(A1) | '@SUM(A1)",
      "inside is fine | a=b | a=b",
  })
  void neutralisesFormulaCellsByDefault(String name, String field, String expected) {
    assertEquals(expected, CsvWriter.escape(field, ',', true));
    assertEquals(field, CsvWriter.escape(field, ',', false), "off: as it is");
  }

  @Test
  void neutralisesAFormulaThatNeedsQuotes() {
    assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvWriter.escape("=HYPERLINK(\"http://x\")", ',', true));
  }

  @Test
  void neutralisesTabAndCarriageReturnStarts() {
    assertEquals("'\tx", CsvWriter.escape("\tx", ',', true));
    assertEquals("\"'\rx\"", CsvWriter.escape("\rx", ',', true));
  }

  static Landscape hostile() {
    Organization o = Organization.builder()
        .ref(OrganizationRef.of("evil"))
        .addName(Name.of("=cmd|' /C calc'!A0", "en", NameKind.DISPLAY))
        .addName(Name.of("Böse Klinik", "de", NameKind.LABEL))
        .addName(Name.builder().value("A; B").kind(NameKind.ALIAS).build())
        .addName(Name.builder().value("back\\slash").kind(NameKind.ALIAS).build())
        .addType(OrganizationType.HOSPITAL)
        .build();
    return Landscape.builder().name("hostile").addOrganization(o).build();
  }

  @Test
  void writesFormulaCellsNeutralisedAndTurnsThatOffOnRequest() {
    String safe = CsvExport.of(hostile()).toCsv(CsvTable.ORGANIZATIONS);
    assertTrue(safe.contains(",'=cmd|' /C calc'!A0,"), safe);
    String raw = CsvExport.of(hostile()).withFormulaEscaping(false).toCsv(CsvTable.ORGANIZATIONS);
    assertTrue(raw.contains(",=cmd|' /C calc'!A0,"), raw);
  }

  @Test
  void keepsEveryNameOfEveryKindAndLanguage() {
    List<String> row = CsvExport.of(hostile()).rows(CsvTable.ORGANIZATIONS).get(0);
    assertEquals("display:en:=cmd|' /C calc'!A0; label:de:Böse Klinik; alias::A\\; B; alias::back\\\\slash",
        cell(CsvTable.ORGANIZATIONS, row, "names"));
  }

  @Test
  void keepsMultiValueCellsUnambiguous() {
    Organization one = Organization.builder().ref(OrganizationRef.of("one"))
        .addName(Name.of("One", "en", NameKind.DISPLAY)).addName(Name.acronym("A; B")).addType(OrganizationType.UMC)
        .build();
    Organization two = Organization.builder().ref(OrganizationRef.of("two"))
        .addName(Name.of("Two", "en", NameKind.DISPLAY)).addName(Name.acronym("A")).addName(Name.acronym("B"))
        .addType(OrganizationType.UMC).build();
    List<List<String>> rows = CsvExport.of(Landscape.builder().name("x").addOrganization(one).addOrganization(two)
        .build()).rows(CsvTable.ORGANIZATIONS);
    assertEquals("A\\; B", cell(CsvTable.ORGANIZATIONS, rows.get(0), "acronyms"));
    assertEquals("A; B", cell(CsvTable.ORGANIZATIONS, rows.get(1), "acronyms"));
  }

  @Test
  void writesTheSigningDateWithItsQualifier() {
    Partnership p = tricky().partnerships().get(0);
    Partnership before = Partnership.builder().from(p)
        .signing(SigningEvent.builder().from(p.signing().get()).date(PartialDate.of(2021, 12))
            .dateQualifier(io.github.collabkit.model.DateQualifier.BEFORE).build())
        .build();
    List<String> row = CsvExport.of(Landscape.builder().from(tricky()).partnerships(List.of(before)).build())
        .rows(CsvTable.PARTNERSHIPS).get(0);
    assertEquals("before 2021-12", cell(CsvTable.PARTNERSHIPS, row, "signed"));
  }

  @Test
  void writesSemicolonSeparatedFilesWithAByteOrderMarkForExcel(@TempDir Path dir) throws IOException {
    CsvExport excel = CsvExport.of(tricky()).withDelimiter(';').withByteOrderMark(true);
    excel.writeTo(dir);
    byte[] bytes = Files.readAllBytes(dir.resolve("partnerships.csv"));
    assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertTrue(text.startsWith(String.join(";", CsvTable.PARTNERSHIPS.columns()) + "\r\n"), text);
    assertTrue(text.contains("\"lumc (lead); mumc (partner)\""), "a cell holding the delimiter is quoted: " + text);
    io.github.collabkit.model.InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(
        io.github.collabkit.model.InvalidValueException.class, () -> excel.withDelimiter('|'));
    assertEquals("csv: delimiter: must be ',', ';' or a tab, got '|'", e.getMessage());
    assertEquals("delimiter", e.field());
  }

  @Test
  void leavesNoPartialFileWhenATextCannotBeEncoded(@TempDir Path dir) throws IOException {
    CsvExport.of(tricky()).writeTo(dir);
    String before = Files.readString(dir.resolve("organizations.csv"));
    Organization lone = Organization.builder().ref(OrganizationRef.of("lone"))
        .addName(Name.of("broken \ud800 name", "en", NameKind.DISPLAY)).addType(OrganizationType.UMC).build();
    Landscape bad = Landscape.builder().from(tricky()).addOrganization(lone).build();
    org.junit.jupiter.api.Assertions.assertThrows(java.nio.charset.CharacterCodingException.class,
        () -> CsvExport.of(bad).writeTo(dir));
    assertEquals(before, Files.readString(dir.resolve("organizations.csv")), "the old file is untouched");
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      assertEquals(CsvTable.values().length, files.count(), "no temporary file is left");
    }
  }


  @ParameterizedTest
  @EnumSource(CsvTable.class)
  void writesHeaderRowFirstAndEndsEveryRecordWithCrlf(CsvTable table) {
    String csv = CsvExport.of(tricky()).toCsv(table);
    assertTrue(csv.startsWith(String.join(",", table.columns()) + "\r\n"), csv);
    assertTrue(csv.endsWith("\r\n"), csv);
  }

  @ParameterizedTest
  @EnumSource(CsvTable.class)
  void roundTripsThroughAnIndependentRfc4180Parser(CsvTable table) {
    CsvExport export = CsvExport.of(tricky());
    List<List<String>> expected = new ArrayList<>();
    expected.add(table.columns());
    expected.addAll(export.rows(table));
    assertEquals(expected, Rfc4180.parse(export.toCsv(table)));
  }

  @ParameterizedTest
  @EnumSource(CsvTable.class)
  void givesEveryRowOneCellPerColumn(CsvTable table) {
    for (List<String> row : CsvExport.of(tricky()).rows(table)) {
      assertEquals(table.columns().size(), row.size(), row.toString());
    }
  }

  @Test
  void writesOneRowPerEntityInLandscapeOrder() {
    CsvExport export = CsvExport.of(tricky());
    assertEquals(List.of("lumc", "mumc", "lumc-neurologie"),
        export.rows(CsvTable.ORGANIZATIONS).stream().map(r -> r.get(0)).collect(java.util.stream.Collectors.toList()));
    assertEquals(1, export.rows(CsvTable.PARTNERSHIPS).size());
    assertEquals(1, export.rows(CsvTable.INFRASTRUCTURES).size());
  }

  @Test
  void writesEmptyCellsForAbsentValuesAndEnglishFallbackForName() {
    List<String> mumc = CsvExport.of(tricky()).rows(CsvTable.ORGANIZATIONS).get(1);
    assertEquals("Maastricht UMC+", cell(CsvTable.ORGANIZATIONS, mumc, "name"));
    assertEquals("Maastricht UMC+", cell(CsvTable.ORGANIZATIONS, mumc, "name_nl"));
    assertEquals("umc; hospital", cell(CsvTable.ORGANIZATIONS, mumc, "types"));
    assertEquals("", cell(CsvTable.ORGANIZATIONS, mumc, "ror"));
    assertEquals("", cell(CsvTable.ORGANIZATIONS, mumc, "parent"));
    List<String> lab = CsvExport.of(tricky()).rows(CsvTable.ORGANIZATIONS).get(2);
    assertEquals("lumc", cell(CsvTable.ORGANIZATIONS, lab, "parent"));
  }

  @Test
  void writesPartiesWithTheirRolesAndPartialDatesAtTheirPrecision() {
    List<String> row = CsvExport.of(tricky()).rows(CsvTable.PARTNERSHIPS).get(0);
    assertEquals("lumc (lead); mumc (partner)", cell(CsvTable.PARTNERSHIPS, row, "parties"));
    assertEquals("2021", cell(CsvTable.PARTNERSHIPS, row, "start"));
    assertEquals("2025-12", cell(CsvTable.PARTNERSHIPS, row, "end"));
    assertEquals("2021-03-04", cell(CsvTable.PARTNERSHIPS, row, "signed"));
  }

  @Test
  void writesTheSigningOfPartnershipsSignedAtAnEventAndTheEventWithThem() {
    Partnership p = tricky().partnerships().get(0);
    Partnership first = p.withSigning(java.util.Optional.empty()).withSignedAt(EventRef.of("brain-symposium"));
    Partnership second = first.withRef(io.github.collabkit.model.PartnershipRef.of("lumc-mumc-second"));
    Landscape shared = Landscape.builder().from(tricky()).partnerships(List.of(first, second)).build();
    CsvExport export = CsvExport.of(shared);
    assertEquals("before 2021-03", cell(CsvTable.PARTNERSHIPS, export.rows(CsvTable.PARTNERSHIPS).get(1), "signed"));
    List<String> event = export.rows(CsvTable.EVENTS).get(0);
    assertEquals("lumc-mumc-brein; lumc-mumc-second", cell(CsvTable.EVENTS, event, "partnerships"));
    assertEquals("kim-smit (host, speaker); ton-rabelink (witness)", cell(CsvTable.EVENTS, event, "attendees"));
    assertEquals("NL", cell(CsvTable.EVENTS, event, "country"));
    assertEquals("Leiden", cell(CsvTable.EVENTS, event, "city"));
    assertEquals("lumc", cell(CsvTable.EVENTS, event, "host"));
    assertEquals("hybrid", cell(CsvTable.EVENTS, event, "mode"));
  }

  @Test
  void writesReadinessAndTheMiabisBasicsOfABiobank() {
    List<String> bank = CsvExport.of(tricky()).rows(CsvTable.INFRASTRUCTURES).get(0);
    assertEquals("* (production); brain-donation (7, beta, 2024)", cell(CsvTable.INFRASTRUCTURES, bank, "readiness"));
    assertEquals("more-than 4000.5 participants", cell(CsvTable.INFRASTRUCTURES, bank, "participants"));
    assertEquals("18-", cell(CsvTable.INFRASTRUCTURES, bank, "ages"));
    assertEquals("biological-samples; medical-records", cell(CsvTable.INFRASTRUCTURES, bank, "data_categories"));
    assertEquals("tissue-frozen; tissue-ffpe", cell(CsvTable.INFRASTRUCTURES, bank, "material_types"));
    assertEquals("ethics-approval-required", cell(CsvTable.INFRASTRUCTURES, bank, "use_conditions"));
  }

  @Test
  void writesTheStatusAndPeriodOfPartiesParticipantsAndRelations() {
    Partnership p = tricky().partnerships().get(0);
    Partnership dated = p.withParties(p.parties().get(0),
        p.parties().get(1).withStatus(ParticipationStatus.FORMER)
            .withPeriod(Period.between(PartialDate.ofYear(2019), PartialDate.ofYear(2021))),
        Participation.builder().organization(OrganizationRef.of("university-of-oldenburg"))
            .status(ParticipationStatus.PROSPECTIVE).build(),
        Participation.of(OrganizationRef.of("chdr"), PartyRole.PARTNER).withPeriod(Period.from(PartialDate.ofYear(2021))));
    Organization member = Organization.builder().ref(OrganizationRef.of("lumc"))
        .addName(Name.of("LUMC", "en", NameKind.DISPLAY)).addType(OrganizationType.UMC)
        .addRelation(OrganizationRelation.of(RelationKind.MEMBER_OF, OrganizationRef.of("regmed-xb")))
        .addRelation(OrganizationRelation.builder().kind(RelationKind.MEMBER_OF).organization(OrganizationRef.of("eatris"))
            .status(ParticipationStatus.PROSPECTIVE).build())
        .build();
    CsvExport export = CsvExport.of(Landscape.builder().name("dated").addOrganization(member).addPartnership(dated).build());
    assertEquals("lumc (lead); mumc (partner, former, 2019/2021); university-of-oldenburg (partner, prospective); chdr (partner, 2021/)",
        cell(CsvTable.PARTNERSHIPS, export.rows(CsvTable.PARTNERSHIPS).get(0), "parties"));
    assertEquals("regmed-xb (member-of); eatris (member-of, prospective)",
        cell(CsvTable.ORGANIZATIONS, export.rows(CsvTable.ORGANIZATIONS).get(0), "relations"));
  }

  @Test
  void writesEachFundingWithWhatItGives() {
    Partnership p = tricky().partnerships().get(0).withFundings(
        Funding.builder().funder(OrganizationRef.of("zonmw")).programme(LocalizedText.of("en", "Open Competition"))
            .code("09120012010061").amount(Money.of(new BigDecimal("750000"), "EUR"))
            .period(Period.between(PartialDate.ofYear(2021), PartialDate.ofYear(2025))).build(),
        Funding.builder().funder(OrganizationRef.of("lumc")).build(),
        Funding.builder().funder(OrganizationRef.of("inserm")).code("a;b")
            .amount(Money.builder().amount(new BigDecimal("1E+6")).currency("USD").qualifier(QuantityQualifier.ABOUT).build())
            .period(Period.from(PartialDate.of(2025, 7))).build());
    List<String> row = CsvExport.of(Landscape.builder().name("funded").addPartnership(p).build()).rows(CsvTable.PARTNERSHIPS).get(0);
    assertEquals("zonmw: Open Competition (09120012010061), EUR 750000, 2021/2025; lumc:; inserm: (a\\;b), about USD 1000000, 2025-07/",
        cell(CsvTable.PARTNERSHIPS, row, "fundings"));
  }

  @Test
  void writesFiguresWithTheirQualifierUnlessExact() {
    Quantity nine = Quantity.of(QuantityQualifier.EXACT, 9, "researchers");
    Quantity share = Quantity.builder().value(2.5).unit("percent").qualifier(QuantityQualifier.MORE_THAN).build();
    Organization network = Organization.builder().ref(OrganizationRef.of("inserm-abroad-network"))
        .addName(Name.of("Inserm Abroad Network", "en", NameKind.DISPLAY)).addType(OrganizationType.CONSORTIUM)
        .addFigures(nine, share).build();
    Partnership p = tricky().partnerships().get(0).withFigures(Quantity.of(QuantityQualifier.MORE_THAN, 440_000, "participants"));
    CsvExport export = CsvExport.of(Landscape.builder().name("figures").addOrganization(network).addPartnership(p).build());
    assertEquals("9 researchers; more-than 2.5 percent",
        cell(CsvTable.ORGANIZATIONS, export.rows(CsvTable.ORGANIZATIONS).get(0), "figures"));
    assertEquals("more-than 440000 participants",
        cell(CsvTable.PARTNERSHIPS, export.rows(CsvTable.PARTNERSHIPS).get(0), "figures"));
  }

  @ParameterizedTest
  @EnumSource(CsvTable.class)
  void matchesTheCheckedInFile(CsvTable table) throws IOException {
    String expected;
    try (InputStream in = CsvExportTest.class.getResourceAsStream(table.fileName())) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String actual = CsvExport.of(tricky()).toCsv(table);
    assertEquals(expected, actual, () -> "actual " + table.fileName() + ":\n" + actual);
  }

  @Test
  void writesEachTableAsUtf8IntoItsOwnFile(@TempDir Path dir) throws IOException {
    List<Path> files = CsvExport.of(tricky()).writeTo(dir.resolve("out"));
    assertEquals(List.of("organizations.csv", "partnerships.csv", "infrastructures.csv", "events.csv"),
        files.stream().map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toList()));
    byte[] bytes = Files.readAllBytes(dir.resolve("out/infrastructures.csv"));
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.contains("‘Ærø’"), text);
    // Æ is two bytes in UTF-8 (C3 86); a Latin-1 writer would have written one.
    assertEquals(text.getBytes(StandardCharsets.UTF_8).length, bytes.length);
    assertTrue(containsSequence(bytes, new byte[] {(byte) 0xC3, (byte) 0x86}));
  }

  private static boolean containsSequence(byte[] bytes, byte[] sequence) {
    outer:
    for (int i = 0; i + sequence.length <= bytes.length; i++) {
      for (int j = 0; j < sequence.length; j++) {
        if (bytes[i + j] != sequence[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static String cell(CsvTable table, List<String> row, String column) {
    return row.get(table.columns().indexOf(column));
  }
}

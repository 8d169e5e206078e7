package io.github.collabkit.json.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import io.github.collabkit.model.ActionLine;
import io.github.collabkit.model.ActionLineRef;
import io.github.collabkit.model.Attendee;
import io.github.collabkit.model.AttendeeRole;
import io.github.collabkit.model.Concept;
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
import io.github.collabkit.model.Instrument;
import io.github.collabkit.model.InstrumentKind;
import io.github.collabkit.model.InvalidValueException;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.LocalizedText;
import io.github.collabkit.model.Location;
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
import io.github.collabkit.model.PartnershipRef;
import io.github.collabkit.model.PartyRole;
import io.github.collabkit.model.Period;
import io.github.collabkit.model.Person;
import io.github.collabkit.model.PersonRef;
import io.github.collabkit.model.QuantityQualifier;
import io.github.collabkit.model.RelationKind;
import io.github.collabkit.model.Role;
import io.github.collabkit.model.Strategy;
import io.github.collabkit.model.StrategyRef;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonLdExportTest {

  private static final String S = "https://schema.org/";

  static Landscape landscape() {
    Organization lumc = Organization.builder()
        .ref(OrganizationRef.of("lumc"))
        .addName(Name.of("Leids Universitair Medisch Centrum", "nl", NameKind.DISPLAY))
        .addName(Name.of("Leiden University Medical Center", "en", NameKind.LABEL))
        .addName(Name.acronym("LUMC"))
        .addType(OrganizationType.UMC)
        .location(Location.of("NL", "Leiden"))
        .addIdentifier(Identifier.of(IdentifierScheme.ROR, "05xvt9f17"))
        .addIdentifier(Identifier.of(IdentifierScheme.WEBSITE, "https://www.lumc.nl"))
        .description(LocalizedText.enNl("A university medical centre in Leiden.",
            "Een universitair medisch centrum in Leiden."))
        .build();
    Organization ul = Organization.builder()
        .ref(OrganizationRef.of("ul"))
        .addName(Name.of("Universiteit Leiden", "nl", NameKind.DISPLAY))
        .addType(OrganizationType.UNIVERSITY)
        .build();
    Organization neuro = Organization.builder()
        .ref(OrganizationRef.of("lumc-neurologie"))
        .addName(Name.of("Neurologie", "nl", NameKind.DISPLAY))
        .addType(OrganizationType.DEPARTMENT)
        .parent(OrganizationRef.of("lumc"))
        .build();
    Organization zonmw = Organization.builder()
        .ref(OrganizationRef.of("zonmw"))
        .addName(Name.builder().value("ZonMw").build())
        .addType(OrganizationType.FUNDER)
        .build();
    Partnership lab = Partnership.builder()
        .ref(PartnershipRef.of("lumc-ul-joint-lab"))
        .title(LocalizedText.enNl("Leiden joint lab", "Leids gezamenlijk lab"))
        .kind(PartnershipKind.JOINT_LAB)
        .addParty(Participation.of(OrganizationRef.of("lumc"), PartyRole.LEAD))
        .addParty(Participation.of(OrganizationRef.of("ul"), PartyRole.PARTNER))
        .addParty(Participation.of(OrganizationRef.of("zonmw"), PartyRole.FUNDER))
        .period(Period.between(PartialDate.ofYear(2021), PartialDate.of(2025, 12)))
        .addTheme("infectious-diseases")
        .signedAt(EventRef.of("leiden-signing"))
        .addFunding(Funding.builder().funder(OrganizationRef.of("zonmw"))
            .programme(LocalizedText.of("en", "Open Competition"))
            .code("09120012010061")
            .amount(Money.of(new BigDecimal("750000.00"), "EUR"))
            .period(Period.between(PartialDate.ofYear(2022), PartialDate.ofYear(2025)))
            .build())
        .addInstrument(Instrument.builder().kind(InstrumentKind.STIMULATION_FUND)
            .title(LocalizedText.enNl("Lab fund", "Labfonds"))
            .amount(Money.builder().amount(new BigDecimal("25000")).currency("EUR")
                .qualifier(QuantityQualifier.MORE_THAN).build()).build())
        .build();
    Partnership mou = Partnership.builder()
        .ref(PartnershipRef.of("lumc-ul-mou"))
        .title(LocalizedText.of("en", "Memorandum on shared education"))
        .kind(PartnershipKind.MEMORANDUM_OF_UNDERSTANDING)
        .addParty(Participation.of(OrganizationRef.of("lumc"), PartyRole.PARTNER))
        .addParty(Participation.of(OrganizationRef.of("ul"), PartyRole.PARTNER))
        .build();
    Infrastructure biobank = Infrastructure.builder()
        .ref(InfrastructureRef.of("lumc-biobank"))
        .addName(Name.of("LUMC Biobank", "en", NameKind.DISPLAY))
        .addKind(InfrastructureKind.BIOBANK)
        .addOrganization(InfrastructureParticipation.of(OrganizationRef.of("lumc"), InfrastructureRole.HOST))
        .build();
    Person director = Person.builder()
        .ref(PersonRef.of("a-director"))
        .name("A. Director")
        .addRole(Role.builder().title(LocalizedText.enNl("Director", "Directeur"))
            .organization(OrganizationRef.of("lumc-neurologie"))
            .period(Period.between(PartialDate.ofYear(2020), PartialDate.ofYear(2024))).build())
        .build();
    Strategy strategy = Strategy.builder()
        .ref(StrategyRef.of("leiden-2030"))
        .title(LocalizedText.enNl("Leiden strategy", "Leidse strategie"))
        .addOwner(OrganizationRef.of("lumc"))
        .period(Period.from(PartialDate.ofYear(2025)))
        .addActionLine(ActionLine.builder().ref(ActionLineRef.of("shared-infrastructure"))
            .label(LocalizedText.enNl("Shared infrastructure", "Gedeelde infrastructuur")).build())
        .build();
    Event signing = Event.builder()
        .ref(EventRef.of("leiden-signing"))
        .title(LocalizedText.enNl("Signing of the joint lab", "Ondertekening van het gezamenlijke lab"))
        .date(PartialDate.of(2021, 3, 2))
        .place(LocalizedText.of("en", "Academy building"))
        .location(Location.of("NL", "Leiden"))
        .host(OrganizationRef.of("ul"))
        .addAttendee(Attendee.of(PersonRef.of("a-director"), AttendeeRole.SIGNATORY))
        .build();
    return Landscape.builder()
        .name("JSON-LD fixture")
        .description(LocalizedText.of("en", "A small landscape around Leiden."))
        .license("CC-BY-4.0")
        .url("https://example.org/leiden")
        .addCreators("Example Data Office")
        .addConcept(Concept.of("theme", "infectious-diseases",
            LocalizedText.enNl("Infectious diseases", "Infectieziekten")))
        .addAllOrganizations(List.of(lumc, ul, neuro, zonmw))
        .addPerson(director)
        .addAllPartnerships(List.of(lab, mou))
        .addInfrastructure(biobank)
        .addStrategy(strategy)
        .addEvent(signing)
        .build();
  }

  /** Expands the export with Titanium, an independent JSON-LD 1.1 processor. */
  private static JsonArray expand(String jsonLd) throws JsonLdError {
    return JsonLd.expand(JsonDocument.of(new StringReader(jsonLd))).get();
  }

  private static JsonObject node(JsonArray expanded, String id) {
    return expanded.stream()
        .map(JsonValue::asJsonObject)
        .filter(n -> n.getString("@id").equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no node " + id + " in " + expanded));
  }

  /** The node with an identifier in the default export of a landscape, expanded by Titanium. */
  private static JsonObject exported(Landscape landscape, String id) throws JsonLdError {
    return node(expand(JsonLdExport.create().toJsonLdString(landscape)), id);
  }

  private static Set<String> types(JsonObject node) {
    return node.getJsonArray("@type").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString).collect(Collectors.toSet());
  }

  private static List<String> ids(JsonObject node, String property) {
    return node.getJsonArray(S + property).stream()
        .map(v -> v.asJsonObject().getString("@id")).collect(Collectors.toList());
  }

  private static String value(JsonObject node, String property) {
    return node.getJsonArray(S + property).getJsonObject(0).getString("@value");
  }

  @Test
  void expandsWithAnIndependentProcessorIntoOneNodePerEntity() throws JsonLdError {
    JsonArray expanded = expand(JsonLdExport.create().toJsonLdString(landscape()));
    // 1 dataset + 4 organizations + 1 person + 2 partnerships + 1 event + 1 infrastructure + 1 strategy
    assertEquals(11, expanded.size(), expanded.toString());
  }

  @Test
  void describesTheDatasetWithLicenseUrlCreatorsAndItsParts() throws JsonLdError {
    JsonArray expanded = expand(JsonLdExport.create().toJsonLdString(landscape()));
    JsonObject dataset = node(expanded, "urn:collabkit:dataset");
    assertEquals(List.of("https://spdx.org/licenses/CC-BY-4.0"), ids(dataset, "license"));
    assertEquals(List.of("https://example.org/leiden"), ids(dataset, "url"));
    JsonObject creator = dataset.getJsonArray(S + "creator").getJsonObject(0);
    assertEquals(Set.of(S + "Organization"), types(creator));
    assertEquals("Example Data Office", value(creator, "name"));
    Set<String> parts = Set.copyOf(ids(dataset, "hasPart"));
    Set<String> others = expanded.stream().map(n -> n.asJsonObject().getString("@id"))
        .filter(id -> !id.equals("urn:collabkit:dataset")).collect(Collectors.toSet());
    assertEquals(others, parts);
  }

  @Test
  void writesALicenseAddressAsItIsAndAnSpdxExpressionAsText() {
    Landscape byAddress = landscape().withLicense("https://example.org/terms");
    assertEquals("https://example.org/terms",
        JsonLdExport.create().toJsonLd(byAddress).get("@graph").get(0).get("license").get("@id").asString());
    Landscape byExpression = landscape().withLicense("CC-BY-4.0 OR CC0-1.0");
    assertEquals("CC-BY-4.0 OR CC0-1.0",
        JsonLdExport.create().toJsonLd(byExpression).get("@graph").get(0).get("license").asString());
  }

  @Test
  void writesThemesAsLabelsInEachLanguageAndUndefinedOnesAsCodes() throws JsonLdError {
    JsonObject lab = exported(landscape(), "urn:collabkit:partnership/lumc-ul-joint-lab");
    Set<String> keywords = lab.getJsonArray(S + "keywords").stream()
        .map(v -> v.asJsonObject().getString("@value") + "@" + v.asJsonObject().getString("@language"))
        .collect(Collectors.toSet());
    assertEquals(Set.of("Infectious diseases@en", "Infectieziekten@nl"), keywords);

    Landscape undefined = landscape().withConcepts(List.of());
    JsonObject bare = exported(undefined, "urn:collabkit:partnership/lumc-ul-joint-lab");
    assertEquals("infectious-diseases", value(bare, "keywords"));
  }

  @Test
  void exportsPeopleWithTheirDatedRolesAsAffiliations() throws JsonLdError {
    JsonObject person = exported(landscape(), "urn:collabkit:person/a-director");
    assertEquals(Set.of(S + "Person"), types(person));
    assertEquals("A. Director", value(person, "name"));
    JsonObject role = person.getJsonArray(S + "affiliation").getJsonObject(0);
    assertEquals(Set.of(S + "OrganizationRole"), types(role));
    assertEquals(List.of("urn:collabkit:organization/lumc-neurologie"), ids(role, "affiliation"));
    assertEquals("2020", value(role, "startDate"));
    assertEquals("2024", value(role, "endDate"));
    Set<String> titles = role.getJsonArray(S + "roleName").stream()
        .map(v -> v.asJsonObject().getString("@value")).collect(Collectors.toSet());
    assertEquals(Set.of("Director", "Directeur"), titles);
  }

  @Test
  void exportsStrategiesWithOwnersOpenPeriodAndActionLines() throws JsonLdError {
    JsonObject strategy = exported(landscape(), "urn:collabkit:strategy/leiden-2030");
    assertEquals(Set.of(S + "CreativeWork"), types(strategy));
    assertEquals("strategy", value(strategy, "genre"));
    assertEquals(List.of("urn:collabkit:organization/lumc"), ids(strategy, "author"));
    assertEquals("2025/..", value(strategy, "temporalCoverage"));
    assertEquals(List.of("urn:collabkit:action-line/shared-infrastructure"), ids(strategy, "hasPart"));
  }

  @Test
  void exportsFundingsAndFundedInstrumentsAsMonetaryGrantsWithExactAmounts() throws JsonLdError {
    JsonObject lab = exported(landscape(), "urn:collabkit:partnership/lumc-ul-joint-lab");
    JsonArray grants = lab.getJsonArray(S + "funding");
    assertEquals(2, grants.size(), grants.toString());
    JsonObject grant = grants.getJsonObject(0);
    assertEquals(Set.of(S + "MonetaryGrant"), types(grant));
    assertEquals(List.of("urn:collabkit:organization/zonmw"), ids(grant, "funder"));
    assertEquals("09120012010061", value(grant, "identifier"));
    assertEquals("Open Competition", value(grant, "name"));
    JsonObject amount = grant.getJsonArray(S + "amount").getJsonObject(0);
    assertEquals(Set.of(S + "MonetaryAmount"), types(amount));
    assertEquals("750000.00", value(amount, "value"));
    assertEquals("EUR", value(amount, "currency"));
    assertEquals("2022", value(amount, "validFrom"));
    assertEquals("2025", value(amount, "validThrough"));
    JsonObject fund = grants.getJsonObject(1);
    JsonObject bound = fund.getJsonArray(S + "amount").getJsonObject(0);
    assertEquals("25000", value(bound, "minValue"));
    assertFalse(bound.containsKey(S + "value"), bound.toString());
    assertEquals("More than", value(bound, "description"));
    assertTrue(fund.getJsonArray(S + "name").stream()
        .anyMatch(v -> v.asJsonObject().getString("@value").equals("Labfonds")), fund.toString());
  }

  @Test
  void exportsASigningEventWithPlaceHostAttendeesAndTheAgreementsSignedThere() throws JsonLdError {
    JsonObject event = exported(landscape(), "urn:collabkit:event/leiden-signing");
    assertEquals(Set.of(S + "Event"), types(event));
    assertEquals("2021-03-02", value(event, "startDate"));
    JsonObject place = event.getJsonArray(S + "location").getJsonObject(0);
    assertEquals(Set.of(S + "Place"), types(place));
    assertEquals("Academy building", value(place, "name"));
    assertEquals("Leiden", value(place.getJsonArray(S + "address").getJsonObject(0), "addressLocality"));
    assertEquals(List.of("urn:collabkit:organization/ul"), ids(event, "organizer"));
    JsonObject attendee = event.getJsonArray(S + "attendee").getJsonObject(0);
    assertEquals("signatory", value(attendee, "roleName"));
    assertEquals(List.of("urn:collabkit:person/a-director"), ids(attendee, "attendee"));
    assertEquals(List.of("urn:collabkit:partnership/lumc-ul-joint-lab"), ids(event, "about"));
  }

  @Test
  void givesEveryNodeAnAbsoluteIri() throws JsonLdError {
    for (JsonValue node : expand(JsonLdExport.create().toJsonLdString(landscape()))) {
      String id = node.asJsonObject().getString("@id");
      assertTrue(URI.create(id).isAbsolute(), id);
    }
  }

  @Test
  void exportsOrganizationsWithSpecificTypeParentAndMemberOf() throws JsonLdError {
    JsonArray expanded = expand(JsonLdExport.create().toJsonLdString(landscape()));
    JsonObject lumc = node(expanded, "urn:collabkit:organization/lumc");
    assertEquals(Set.of(S + "Organization", S + "MedicalOrganization"), types(lumc));
    assertEquals(List.of("urn:collabkit:partnership/lumc-ul-joint-lab", "urn:collabkit:partnership/lumc-ul-mou"),
        ids(lumc, "memberOf"));
    JsonObject neuro = node(expanded, "urn:collabkit:organization/lumc-neurologie");
    assertEquals(Set.of(S + "Organization"), types(neuro));
    assertEquals(List.of("urn:collabkit:organization/lumc"), ids(neuro, "parentOrganization"));
    assertFalse(neuro.containsKey(S + "memberOf"), "a unit in no partnership is member of nothing");
  }

  @Test
  void keepsTheLanguageOfEveryNameAndText() throws JsonLdError {
    JsonObject lumc = exported(landscape(), "urn:collabkit:organization/lumc");
    Set<String> names = lumc.getJsonArray(S + "name").stream()
        .map(JsonValue::asJsonObject)
        .map(v -> v.getString("@language") + ":" + v.getString("@value"))
        .collect(Collectors.toSet());
    assertEquals(Set.of("nl:Leids Universitair Medisch Centrum", "en:Leiden University Medical Center"), names);
    assertEquals("LUMC", value(lumc, "alternateName"));
    assertFalse(lumc.getJsonArray(S + "alternateName").getJsonObject(0).containsKey("@language"),
        "an acronym without language gets none");
    assertEquals(2, lumc.getJsonArray(S + "description").size());
  }

  @Test
  void exportsIdentifiersAsPropertyValuesAndResolvableOnesAsSameAs() throws JsonLdError {
    JsonObject lumc = exported(landscape(), "urn:collabkit:organization/lumc");
    Set<String> identifiers = lumc.getJsonArray(S + "identifier").stream()
        .map(JsonValue::asJsonObject)
        .peek(v -> assertEquals(Set.of(S + "PropertyValue"), types(v)))
        .map(v -> value(v, "propertyID") + "=" + value(v, "value"))
        .collect(Collectors.toSet());
    assertEquals(Set.of("collabkit=lumc", "ror=05xvt9f17"), identifiers);
    assertEquals(List.of("https://ror.org/05xvt9f17"), ids(lumc, "sameAs"));
    assertEquals(List.of("https://www.lumc.nl"), ids(lumc, "url"));
  }

  @Test
  void exportsResearchPartnershipsAsResearchProjectsWithRolesAndPeriods() throws JsonLdError {
    JsonArray expanded = expand(JsonLdExport.create().toJsonLdString(landscape()));
    JsonObject lab = node(expanded, "urn:collabkit:partnership/lumc-ul-joint-lab");
    assertEquals(Set.of(S + "ResearchProject"), types(lab));
    assertEquals("2021", value(lab, "foundingDate"));
    assertEquals("2025-12", value(lab, "dissolutionDate"));
    List<String> roles = lab.getJsonArray(S + "member").stream()
        .map(JsonValue::asJsonObject)
        .peek(role -> assertEquals(Set.of(S + "OrganizationRole"), types(role)))
        .peek(role -> assertEquals("2021", value(role, "startDate")))
        .map(role -> value(role, "roleName") + "@" + ids(role, "member").get(0))
        .collect(Collectors.toList());
    assertEquals(List.of("lead@urn:collabkit:organization/lumc", "partner@urn:collabkit:organization/ul",
        "funder@urn:collabkit:organization/zonmw"), roles);
    assertEquals(List.of("urn:collabkit:organization/zonmw"), ids(lab, "funder"));
  }

  @Test
  void leavesProspectiveLinksOutAndDatesEachLinkByItsOwnPeriod() throws JsonLdError {
    Landscape l = landscape();
    Partnership lab = l.partnerships().get(0);
    Partnership dated = lab.withParties(lab.parties().get(0),
        lab.parties().get(1).withPeriod(Period.from(PartialDate.ofYear(2023))),
        Participation.builder().organization(OrganizationRef.of("zonmw")).role(PartyRole.FUNDER)
            .status(ParticipationStatus.PROSPECTIVE).build());
    Organization lumc = l.organizations().get(0).withRelations(
        OrganizationRelation.of(RelationKind.MEMBER_OF, OrganizationRef.of("ul")),
        OrganizationRelation.builder().kind(RelationKind.MEMBER_OF).organization(OrganizationRef.of("zonmw"))
            .period(Period.between(PartialDate.ofYear(2010), PartialDate.ofYear(2020))).status(ParticipationStatus.FORMER).build(),
        OrganizationRelation.builder().kind(RelationKind.MEMBER_OF).organization(OrganizationRef.of("lumc-neurologie"))
            .status(ParticipationStatus.PROSPECTIVE).build());
    Infrastructure biobank = l.infrastructures().get(0);
    Infrastructure withForeseen = biobank.withOrganizations(biobank.organizations().get(0),
        InfrastructureParticipation.builder().organization(OrganizationRef.of("ul")).role(InfrastructureRole.PARTICIPANT)
            .status(ParticipationStatus.PROSPECTIVE).build());
    Landscape changed = l.withPartnerships(dated, l.partnerships().get(1)).withInfrastructures(withForeseen)
        .withOrganizations(lumc, l.organizations().get(1), l.organizations().get(2), l.organizations().get(3));
    JsonArray expanded = expand(JsonLdExport.create().toJsonLdString(changed));

    JsonObject labNode = node(expanded, "urn:collabkit:partnership/lumc-ul-joint-lab");
    List<String> roles = labNode.getJsonArray(S + "member").stream().map(JsonValue::asJsonObject)
        .map(role -> value(role, "roleName") + "@" + value(role, "startDate"))
        .collect(Collectors.toList());
    assertEquals(List.of("lead@2021", "partner@2023"), roles);
    assertFalse(labNode.containsKey(S + "funder"), "a prospective funder is no funder yet");

    JsonObject lumcNode = node(expanded, "urn:collabkit:organization/lumc");
    JsonArray memberOf = lumcNode.getJsonArray(S + "memberOf");
    assertEquals(4, memberOf.size(), memberOf::toString);
    assertEquals("urn:collabkit:organization/ul", memberOf.getJsonObject(2).getString("@id"));
    JsonObject formerRole = memberOf.getJsonObject(3);
    assertEquals(Set.of(S + "OrganizationRole"), types(formerRole));
    assertEquals("2010", value(formerRole, "startDate"));
    assertEquals("2020", value(formerRole, "endDate"));
    assertEquals(List.of("urn:collabkit:organization/zonmw"), ids(formerRole, "memberOf"));

    JsonObject biobankNode = node(expanded, "urn:collabkit:infrastructure/lumc-biobank");
    assertEquals(1, biobankNode.getJsonArray(S + "provider").size());
  }

  @Test
  void exportsAgreementsAsPlainProjects() throws JsonLdError {
    JsonObject mou = exported(landscape(), "urn:collabkit:partnership/lumc-ul-mou");
    assertEquals(Set.of(S + "Project"), types(mou));
    assertFalse(mou.containsKey(S + "foundingDate"), "no period, no dates");
  }

  @Test
  void exportsInfrastructuresAsServicesWithProviderRoles() throws JsonLdError {
    JsonObject biobank = exported(landscape(), "urn:collabkit:infrastructure/lumc-biobank");
    assertEquals(Set.of(S + "Service"), types(biobank));
    JsonObject role = biobank.getJsonArray(S + "provider").getJsonObject(0);
    assertEquals("host", value(role, "roleName"));
    assertEquals(List.of("urn:collabkit:organization/lumc"), ids(role, "provider"));
  }

  @Test
  void formsNodeIdentifiersFromTheGivenBaseIri() throws JsonLdError {
    JsonLdExport export = JsonLdExport.create().withBaseIri("https://example.org/collabkit/");
    assertEquals("https://example.org/collabkit/organization/lumc", export.id(OrganizationRef.of("lumc")));
    node(expand(export.toJsonLdString(landscape())), "https://example.org/collabkit/partnership/lumc-ul-mou");
  }

  @ParameterizedTest
  @ValueSource(strings = {"collabkit/", "", "http://exa mple.org/"})
  void rejectsABaseIriThatIsNotAbsolute(String base) {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> JsonLdExport.create().withBaseIri(base));
    assertEquals("baseIri", e.field());
    assertTrue(e.getMessage().contains("absolute IRI"), e.getMessage());
  }

  @Test
  void writesTheSameDocumentToAStreamAsToAString() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonLdExport.create().write(landscape(), out);
    assertEquals(JsonLdExport.create().toJsonLdString(landscape()), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void matchesTheCheckedInDocument() throws IOException {
    String expected;
    try (InputStream in = JsonLdExportTest.class.getResourceAsStream("landscape.jsonld")) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String actual = JsonLdExport.create().toJsonLdString(landscape());
    assertEquals(expected.strip(), actual.strip(), () -> "actual JSON-LD:\n" + actual);
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)//", "JavaScript:alert(1)", "data:text/html,x", "file:///etc/",
      "https://user:pw@example.org/", "https:///nohost", "https://example.org/?q=1", "mailto:x@example.org"})
  void refusesABaseIriThatIsNotASafeAbsoluteIri(String base) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> JsonLdExport.create().withBaseIri(base));
    assertEquals("baseIri", e.field());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource({
      "https://example.org, https://example.org/organization/lumc",
      "https://example.org/kb, https://example.org/kb/organization/lumc",
      "https://example.org/kb/, https://example.org/kb/organization/lumc",
      "https://example.org/kb#, https://example.org/kb#organization/lumc",
      "urn:example, urn:example:organization/lumc",
      "urn:collabkit:, urn:collabkit:organization/lumc",
      "HTTPS://EXAMPLE.ORG, HTTPS://EXAMPLE.ORG/organization/lumc"})
  void joinsTheBaseIriAndTheKeyWithOneSeparator(String base, String expected) {
    assertEquals(expected, JsonLdExport.create().withBaseIri(base).id(OrganizationRef.of("lumc")));
  }

  @Test
  void writesTextSafeToEmbedInAnHtmlScriptElement() throws JsonLdError {
    String hostile = "</script><script>alert(1)</script><!-- & \u2028 \u2029";
    Landscape l = Landscape.builder().name(hostile).description(LocalizedText.of("en", hostile)).build();
    String jsonLd = JsonLdExport.create().toJsonLdString(l);
    for (String raw : List.of("<", ">", "&", "\u2028", "\u2029")) {
      assertFalse(jsonLd.contains(raw), () -> "raw " + raw + " in " + jsonLd);
    }
    assertTrue(jsonLd.toLowerCase(java.util.Locale.ROOT).contains("\\u003c/script\\u003e"), jsonLd);
    // the JSON means the same: an independent processor reads the name back
    JsonObject dataset = node(expand(jsonLd), "urn:collabkit:dataset");
    assertEquals(hostile, ((JsonObject) dataset.getJsonArray("https://schema.org/name").get(0)).getString("@value"));
  }
}

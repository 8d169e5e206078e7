package io.github.collabkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Organization;
import io.github.collabkit.validate.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every way a document can be wrong gives one {@link CollabkitJsonException} whose pointer, line,
 * column and rule say where and why; the lenient and collecting modes keep going.
 */
class ReadErrorTest {
  static final CollabkitJson JSON = CollabkitJson.standard();
  static final String LUMC = "\"key\":\"lumc\",\"names\":[{\"value\":\"LUMC\"}],\"types\":[\"umc\"]";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      accepts a valid organization      | {KEY}                                              | -                    | -
      unknown property                  | {KEY},"colour":"red"}                              | json.unknown-property | /colour
      unknown property in a name        | {"key":"lumc","names":[{"value":"LUMC","lang":"nl"}],"types":["umc"]} | json.unknown-property | /names/0/lang
      number where a key belongs        | {"key":7,"names":[{"value":"LUMC"}],"types":["umc"]} | json.wrong-type     | /key
      object where a list belongs       | {"key":"lumc","names":{},"types":["umc"]}          | json.wrong-type      | /names
      null property                     | {KEY},"sector":null}                               | json.null            | /sector
      null in an array                  | {"key":"lumc","names":[null],"types":["umc"]}      | json.null            | /names/0
      missing key                       | {"names":[{"value":"LUMC"}],"types":["umc"]}       | json.missing-property | ''
      missing value of a name           | {"key":"lumc","names":[{"kind":"acronym"}],"types":["umc"]} | json.missing-property | /names/0
      unknown vocabulary code           | {"key":"lumc","names":[{"value":"LUMC"}],"types":["hospitaal"]} | json.unknown-code | /types/0
      enum name instead of code         | {KEY},"sector":"PUBLIC"}                           | json.unknown-code    | /sector
      no names: model invariant         | {"key":"lumc","names":[],"types":["umc"]}          | json.invalid-value   | /names
      malformed key: model invariant    | {"key":"LUMC Leiden","names":[{"value":"LUMC"}],"types":["umc"]} | json.invalid-value | /key
      impossible date                   | {KEY},"established":"2025-02-30"}                  | json.invalid-value   | /established
      blank text in a language          | {KEY},"description":{"nl":" "}}                    | json.invalid-value   | /description/nl
      empty text                        | {KEY},"description":{}}                            | json.invalid-value   | /description
      bad language tag                  | {KEY},"description":{"Dutch":"x"}}                 | json.invalid-value   | /description/Dutch
      duplicate entry in a set          | {"key":"lumc","names":[{"value":"LUMC"}],"types":["umc","umc"]} | json.duplicate-entry | /types/1
      duplicate property                | {KEY},"key":"lumc2"}                               | json.duplicate-property | /key
      malformed JSON                    | {KEY}                                              | json.syntax          | /types
      content after the value           | {KEY}} {}                                          | json.syntax          | ''
      NaN                               | {KEY},"location":NaN}                              | json.syntax          | /location
      """)
  void reportsWhereAndWhy(String name, String json, String rule, String pointer) {
    String doc = json.replace("{KEY}", "{" + LUMC).replace("{" + LUMC + "}", "{" + LUMC + "}");
    if (name.equals("accepts a valid organization")) {
      assertEquals("lumc", JSON.read(doc + "}", Organization.class).key());
      return;
    }
    if (name.equals("malformed JSON")) {
      doc = "{" + LUMC + ",";
    }
    String input = doc;
    CollabkitJsonException e = assertThrows(CollabkitJsonException.class, () -> JSON.read(input, Organization.class));
    assertEquals(rule, e.rule().code(), e.getMessage());
    assertEquals(pointer, e.pointer(), e.getMessage());
    assertEquals(1, e.line(), e.getMessage());
    assertTrue(e.column() > 0, e.getMessage());
    assertTrue(e.getMessage().startsWith((pointer.isEmpty() ? "/" : pointer) + " (line 1, column "), e.getMessage());
  }

  @Test
  void missingKeyIsNamedByItsJsonPropertyNotTheModelAttribute() {
    CollabkitJsonException e = assertThrows(CollabkitJsonException.class,
        () -> JSON.read("{\"names\":[{\"value\":\"LUMC\"}],\"types\":[\"umc\"]}", Organization.class));
    assertEquals("organization: missing required property 'key'", e.detail());
  }

  @Test
  void namesLineAndColumnInAPrettyDocument() {
    String doc = "{\n  \"formatVersion\": \"1.0\",\n  \"name\": \"x\",\n  \"partnerships\": [\n    {\n"
        + "      \"key\": \"p\",\n      \"title\": {\"en\": \"P\"},\n      \"kind\": \"jointlab\"\n    }\n  ]\n}\n";
    CollabkitJsonException e = assertThrows(CollabkitJsonException.class, () -> JSON.readLandscape(doc));
    assertEquals(JsonRule.UNKNOWN_CODE, e.rule());
    assertEquals("/partnerships/0/kind", e.pointer());
    assertEquals(8, e.line());
    assertEquals(15, e.column());
    assertTrue(e.detail().contains("unknown code 'jointlab'") && e.detail().contains("joint-lab"), e.detail());
  }

  @Test
  void pointsAtTheFieldOfAnInvariantOfAnEntityInADataset() {
    String doc = "{\"formatVersion\":\"1.0\",\"name\":\"x\",\"partnerships\":[{\"key\":\"p\",\"title\":{\"en\":\"P\"},"
        + "\"kind\":\"joint-lab\",\"parties\":[{\"organization\":\"lumc\"}]}]}";
    CollabkitJsonException e = assertThrows(CollabkitJsonException.class, () -> JSON.readLandscape(doc));
    assertEquals(JsonRule.INVALID_VALUE, e.rule());
    assertEquals("/partnerships/0/parties", e.pointer());
    assertTrue(e.detail().contains("needs at least 2 distinct organizations, got 1"), e.detail());
    assertTrue(e.getCause() instanceof io.github.collabkit.model.InvalidValueException);
  }

  @Test
  void acceptsEveryMinorVersionOfTheCurrentMajor() {
    assertEquals("x", JSON.readLandscape("{\"formatVersion\":\"1.7\",\"name\":\"x\"}").name());
  }

  @Test
  void rejectsANewerMajorFormatVersion() {
    CollabkitJsonException e = assertThrows(CollabkitJsonException.class,
        () -> JSON.readLandscape("{\"formatVersion\":\"2.0\",\"name\":\"x\",\"things\":[]}"));
    assertEquals(JsonRule.FORMAT_VERSION, e.rule());
    assertEquals("/formatVersion", e.pointer());
    assertTrue(e.detail().contains("2.0 is newer than this collabkit reads (1.x)"), e.detail());
  }

  @Test
  void readsADocumentWhoseFormatVersionIsNotTheFirstProperty() {
    // as writers that sort keys produce it
    String sorted = "{\"description\":{\"en\":\"d\"},\"formatVersion\":\"1.0\",\"name\":\"x\",\"organizations\":[{" + LUMC + "}]}";
    assertEquals("x", JSON.readLandscape(sorted).name());
    LandscapeReadResult r = JSON.readLandscapeCollecting(new java.io.ByteArrayInputStream(sorted.getBytes()));
    assertEquals(java.util.List.of(), r.problems());
    assertEquals(1, r.landscape().organizations().size());
    CollabkitJsonException e = assertThrows(CollabkitJsonException.class,
        () -> JSON.readLandscape("{\"name\":\"x\",\"formatVersion\":\"2.0\"}"));
    assertEquals(JsonRule.FORMAT_VERSION, e.rule());
    assertEquals("/formatVersion", e.pointer());
  }

  @Test
  void rejectsADocumentWithoutAFormatVersion() {
    CollabkitJsonException e = assertThrows(CollabkitJsonException.class,
        () -> JSON.readLandscape("{\"name\":\"x\",\"organizations\":[{" + LUMC + "}]}"));
    assertEquals(JsonRule.FORMAT_VERSION, e.rule());
    assertTrue(e.detail().contains("needs \"formatVersion\""), e.detail());
    LandscapeReadResult r = JSON.readLandscapeCollecting(
        new java.io.ByteArrayInputStream("{\"name\":\"x\",\"organizations\":[{\"key\":\"lumc\"}]}".getBytes()));
    assertEquals(java.util.List.of("/organizations/0/names json.invalid-value", " json.format-version"),
        r.problems().stream().map(p -> p.pointer() + " " + p.rule().code()).collect(java.util.stream.Collectors.toList()),
        r.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a url that is no address | \"url\":\"1.0\" | /url",
      "a licence that is neither | \"license\":\"see below\" | /license",
      "a creator named twice | \"creators\":[\"a\",\"a\"] | /creators"})
  void collectingModeDropsADatasetValueTheModelRejectsAndKeepsTheRest(String kase, String value,
      String pointer) {
    String doc = "{\"formatVersion\":\"1.1\",\"name\":\"kept\"," + value + ",\"organizations\":[{"
        + LUMC + "}]}";
    LandscapeReadResult r = JSON.readLandscapeCollecting(new java.io.ByteArrayInputStream(doc.getBytes()));
    assertEquals(java.util.List.of(pointer + " json.invalid-value"),
        r.problems().stream().map(p -> p.pointer() + " " + p.rule().code()).collect(java.util.stream.Collectors.toList()),
        kase + ": " + r);
    assertEquals("kept", r.landscape().name(), kase);
    assertEquals(1, r.landscape().organizations().size(), kase);
    assertTrue(r.landscape().url().isEmpty() && r.landscape().license().isEmpty(), kase);
    assertThrows(CollabkitJsonException.class, () -> JSON.readLandscape(doc), "strict reading still fails");
  }

  @Test
  void collectingModeDropsOnlyTheBadCodeNotTheOrganization() {
    String doc = "{\"formatVersion\":\"1.0\",\"name\":\"x\",\"organizations\":["
        + "{\"key\":\"umcg\",\"names\":[{\"value\":\"UMCG\"}],\"types\":[\"umc\",\"ziekenhuis\",\"umc\"]}],"
        + "\"infrastructures\":[{\"key\":\"infect-nl\",\"names\":[{\"value\":\"INFECT-NL\"}],\"kinds\":[\"cohort\"],"
        + "\"organizations\":[{\"organization\":\"umcg\",\"role\":\"host\"}]}]}";
    LandscapeReadResult r = JSON.readLandscapeCollecting(new java.io.ByteArrayInputStream(doc.getBytes()));
    assertEquals(java.util.List.of("/organizations/0/types/1 json.unknown-code",
        "/organizations/0/types/2 json.duplicate-entry"),
        r.problems().stream().map(p -> p.pointer() + " " + p.rule().code()).collect(java.util.stream.Collectors.toList()),
        r.toString());
    assertEquals(1, r.landscape().organizations().size());
    assertEquals(java.util.List.of(io.github.collabkit.model.OrganizationType.UMC),
        java.util.List.copyOf(r.landscape().organizations().get(0).types()));
    assertTrue(r.validation().violations().stream().noneMatch(v -> v.code().equals("reference.dangling")),
        r.validation().toString());
    assertThrows(CollabkitJsonException.class, () -> JSON.readLandscape(doc), "strict reading still fails");
  }

  @Test
  void rejectsAMalformedFormatVersion() {
    CollabkitJsonException e = assertThrows(CollabkitJsonException.class,
        () -> JSON.readLandscape("{\"formatVersion\":\"one\",\"name\":\"x\"}"));
    assertEquals(JsonRule.FORMAT_VERSION, e.rule());
  }

  @Test
  void lenientModeSkipsUnknownAndNullPropertiesAsWarnings() {
    CollabkitJson lenient = CollabkitJson.builder()
        .disable(CollabkitFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(CollabkitFeature.FAIL_ON_NULL_PROPERTIES)
        .build();
    String doc = "{\"formatVersion\":\"1.0\",\"name\":\"x\",\"colour\":{\"deep\":[1,2]},"
        + "\"organizations\":[{" + LUMC + ",\"sector\":null,\"founded\":1575}]}";
    assertThrows(CollabkitJsonException.class, () -> JSON.readLandscape(doc), "strict by default");
    Landscape l = lenient.readLandscape(doc);
    assertEquals("lumc", l.organizations().get(0).key());
    assertTrue(l.organizations().get(0).sector().isEmpty());

    LandscapeReadResult r = lenient.readLandscapeCollecting(new java.io.ByteArrayInputStream(doc.getBytes()));
    assertEquals(3, r.problems().size(), r.toString());
    assertTrue(r.problems().stream().allMatch(p -> p.severity() == Severity.WARNING), r.toString());
    assertEquals("/colour", r.problems().get(0).pointer());
    assertEquals(JsonRule.UNKNOWN_PROPERTY, r.problems().get(0).rule());
    assertEquals("/organizations/0/sector", r.problems().get(1).pointer());
    assertEquals(JsonRule.NULL_VALUE, r.problems().get(1).rule());
    assertEquals("/organizations/0/founded", r.problems().get(2).pointer());
    assertTrue(r.errors().isEmpty());
  }

  @Test
  void collectingModeReportsEveryProblemAndKeepsWhatCouldBeRead() {
    String doc = Fixtures.resource("invalid/many-problems.json");
    LandscapeReadResult r = JSON.readLandscapeCollecting(new java.io.ByteArrayInputStream(doc.getBytes()));
    assertEquals(java.util.List.of(
        "/organizations/1/types/0 json.unknown-code",
        "/organizations/1/colour json.unknown-property",
        "/organizations/2/names json.invalid-value",
        "/partnerships/0/parties json.invalid-value"),
        r.problems().stream().map(p -> p.pointer() + " " + p.rule().code()).collect(java.util.stream.Collectors.toList()),
        r.toString());
    assertEquals(java.util.List.of("lumc", "leiden-university"),
        r.landscape().organizations().stream().map(o -> o.key()).collect(java.util.stream.Collectors.toList()));
    assertTrue(r.landscape().partnerships().isEmpty());
    assertEquals(1, r.landscape().infrastructures().size());
    // the validator's report on what was read: the infrastructure names an organization that is missing
    assertTrue(r.validation().violations().stream().anyMatch(v -> v.code().equals("reference.dangling")),
        r.validation().toString());
    assertTrue(!r.isValid());
  }

  @Test
  void collectingModeStopsAtBrokenJsonAndKeepsWhatCameBefore() {
    String doc = "{\"formatVersion\":\"1.0\",\"name\":\"x\",\"organizations\":[{" + LUMC + "},{\"key\":";
    LandscapeReadResult r = JSON.readLandscapeCollecting(new java.io.ByteArrayInputStream(doc.getBytes()));
    assertEquals(1, r.landscape().organizations().size());
    assertEquals(1, r.errors().size(), r.toString());
    assertEquals(JsonRule.SYNTAX, r.errors().get(0).rule());
  }

  @Test
  void collectingModeReportsBrokenJsonOnceWithoutEchoes() {
    String doc = "{\"formatVersion\":\"1.0\",\"name\":\"x\",\"organizations\":[{" + LUMC + "} x : 1, {\"key\": 2}]}";
    LandscapeReadResult r = JSON.readLandscapeCollecting(new java.io.ByteArrayInputStream(doc.getBytes()));
    assertEquals(1, r.problems().size(), r.toString());
    assertEquals(JsonRule.SYNTAX, r.problems().get(0).rule());
    assertEquals(1, r.landscape().organizations().size());
  }

  @Test
  void collectingModeReadsAValidDocumentWithoutProblems() {
    LandscapeReadResult r = JSON.readLandscapeCollecting(
        new java.io.ByteArrayInputStream(Fixtures.resource("expected/landscape.json").getBytes()));
    assertEquals(java.util.List.of(), r.problems());
    assertEquals(Fixtures.landscape(), r.landscape());
  }
}

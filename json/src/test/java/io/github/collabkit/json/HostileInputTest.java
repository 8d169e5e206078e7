package io.github.collabkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.model.Landscape;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** Hostile documents fail fast with collabkit's exception, never a hang or an OutOfMemoryError. */
class HostileInputTest {
  static final CollabkitJson JSON = CollabkitJson.standard();
  static final CollabkitJson LENIENT = CollabkitJson.builder().disable(CollabkitFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  static String dataset(String extra) {
    return "{\"formatVersion\":\"1.0\",\"name\":\"x\"" + extra + "}";
  }

  static CollabkitJsonException rejects(CollabkitJson json, String doc, JsonRule rule) {
    CollabkitJsonException e = assertThrows(CollabkitJsonException.class, () -> json.readLandscape(doc));
    assertEquals(rule, e.rule(), e.getMessage());
    return e;
  }

  @Test
  void rejectsDeepNestingBeyondTheLimit() {
    String deep = "[".repeat(33) + "]".repeat(33);
    CollabkitJsonException e = rejects(LENIENT, dataset(",\"colour\":" + deep), JsonRule.LIMIT);
    assertTrue(e.detail().contains("nesting depth"), e.detail());
    assertTrue(e.line() > 0, "a limit error has a location: " + e.getMessage());
    rejects(JSON, dataset(",\"organizations\":" + deep), JsonRule.WRONG_TYPE);
  }

  @Test
  void acceptsNestingWithinTheLimit() {
    assertEquals("x", LENIENT.readLandscape(dataset(",\"colour\":" + "[".repeat(30) + "]".repeat(30))).name());
  }

  @Test
  void setsLimitsOnItsOwnMapperOnly() {
    String deep = "[".repeat(100) + "]".repeat(100);
    assertThrows(tools.jackson.core.exc.StreamConstraintsException.class, () -> JSON.mapper().readTree(deep));
    assertTrue(new JsonMapper().readTree(deep).isArray(), "Jackson's global defaults are untouched");
  }

  @Test
  void rejectsAVeryLongString() {
    CollabkitJsonException e = rejects(JSON, dataset(",\"description\":{\"en\":\"" + "x".repeat(100_001) + "\"}"), JsonRule.LIMIT);
    assertTrue(e.detail().contains("String value length"), e.detail());
    assertEquals("x", JSON.readLandscape(dataset(",\"description\":{\"en\":\"" + "x".repeat(100_000) + "\"}")).name());
  }

  @Test
  void rejectsAVeryLongNumber() {
    String figure = ",\"infrastructures\":[{\"key\":\"i\",\"names\":[{\"value\":\"I\"}],\"kinds\":[\"cohort\"],"
        + "\"figures\":[{\"value\":%s,\"unit\":\"participants\"}]}]";
    rejects(JSON, dataset(String.format(figure, "1".repeat(33))), JsonRule.LIMIT);
    assertEquals(1, JSON.readLandscape(dataset(String.format(figure, "1" + "0".repeat(31)))).infrastructures().size());
    rejects(JSON, dataset(String.format(figure, "1e400")), JsonRule.INVALID_VALUE);
  }

  @Test
  void rejectsAVeryLongPropertyName() {
    rejects(LENIENT, dataset(",\"" + "n".repeat(257) + "\":1"), JsonRule.LIMIT);
  }

  @Test
  void rejectsADocumentLongerThanItsLimit() {
    CollabkitJson small = CollabkitJson.builder()
        .readConstraints(CollabkitJson.DEFAULT_READ_CONSTRAINTS.rebuild().maxDocumentLength(1000).build()).build();
    String doc = dataset(",\"description\":{\"en\":\"" + "x".repeat(2000) + "\"}");
    CollabkitJsonException e = assertThrows(CollabkitJsonException.class, () -> small.readLandscape(doc));
    assertEquals(JsonRule.LIMIT, e.rule(), e.getMessage());
    assertEquals(64L * 1024 * 1024, CollabkitJson.DEFAULT_READ_CONSTRAINTS.getMaxDocumentLength());
    assertEquals("x", JSON.readLandscape(doc).name());
  }

  @Test
  void rejectsDuplicateKeys() {
    CollabkitJsonException e = rejects(JSON, dataset(",\"name\":\"y\""), JsonRule.DUPLICATE_PROPERTY);
    assertEquals("/name", e.pointer());
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "+Infinity"})
  void rejectsNonNumericNumbers(String number) {
    rejects(JSON, dataset(",\"infrastructures\":[{\"key\":\"i\",\"names\":[{\"value\":\"I\"}],\"kinds\":[\"cohort\"],"
        + "\"figures\":[{\"value\":" + number + ",\"unit\":\"participants\"}]}]"), JsonRule.SYNTAX);
  }

  @Test
  void rejectsInvalidUtf8() {
    byte[] head = "{\"formatVersion\":\"1.0\",\"name\":\"".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head);
    out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
    out.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
    CollabkitJsonException e = assertThrows(CollabkitJsonException.class,
        () -> JSON.readLandscape(new ByteArrayInputStream(out.toByteArray())));
    assertEquals(JsonRule.SYNTAX, e.rule(), e.getMessage());
    assertTrue(e.detail().contains("UTF-8"), e.detail());
  }

  @Test
  void acceptsAUtf8ByteOrderMark() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.writeBytes(dataset("").getBytes(StandardCharsets.UTF_8));
    Landscape l = JSON.readLandscape(new ByteArrayInputStream(out.toByteArray()));
    assertEquals("x", l.name());
  }

  @Test
  void usesNoPolymorphicDefaultTyping() {
    Object value = JSON.mapper().readValue("[\"java.net.URL\",\"http://example.org\"]", Object.class);
    assertInstanceOf(List.class, value, "a class name in the input is never instantiated");
  }

  @Test
  void failsFastOnTruncatedInput() {
    rejects(JSON, "{\"formatVersion\":\"1.0\",\"name\":\"x\",\"organizations\":[{\"key\":", JsonRule.SYNTAX);
    rejects(JSON, "", JsonRule.WRONG_TYPE);
  }


  static byte[] withBytes(String before, int[] bytes, String after) {
    byte[] a = before.getBytes(StandardCharsets.UTF_8);
    byte[] c = after.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[a.length + bytes.length + c.length];
    System.arraycopy(a, 0, all, 0, a.length);
    for (int i = 0; i < bytes.length; i++) {
      all[a.length + i] = (byte) bytes[i];
    }
    System.arraycopy(c, 0, all, a.length + bytes.length, c.length);
    return all;
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
      "overlong slash C0 AF, C0 AF, overlong",
      "overlong NUL C0 80, C0 80, overlong",
      "overlong three bytes E0 80 BC, E0 80 BC, overlong",
      "above U+10FFFF F4 90 80 80, F4 90 80 80, above U+10FFFF",
      "lead byte F5, F5 80 80 80, above U+10FFFF",
      "encoded surrogate ED A0 80, ED A0 80, surrogate",
      "lone continuation byte, 80, continuation byte",
      "cut short sequence, E2 82, cut short"})
  void rejectsMalformedUtf8WithRuleAndPosition(String name, String hex, String says) {
    String[] parts = hex.split(" ");
    int[] bytes = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = Integer.parseInt(parts[i], 16);
    }
    byte[] doc = withBytes("{\"formatVersion\":\"1.0\",\n\"name\":\"x", bytes, "y\"}");
    CollabkitJsonException e = assertThrows(CollabkitJsonException.class,
        () -> JSON.readLandscape(new ByteArrayInputStream(doc)), name);
    assertEquals(JsonRule.SYNTAX, e.rule(), e.getMessage());
    assertEquals(2, e.line(), e.getMessage());
    assertEquals(10, e.column(), e.getMessage());
    assertTrue(e.detail().contains(says), e.detail());
    LandscapeReadResult r = JSON.readLandscapeCollecting(new ByteArrayInputStream(doc));
    assertEquals(JsonRule.SYNTAX, r.errors().get(0).rule(), r.toString());
  }

  @Test
  void acceptsWellFormedMultiByteTextAndAByteOrderMark() {
    String name = "Radboudumc \u00e9\u20ac\ud83e\uddec";
    byte[] doc = withBytes("", new int[] {0xEF, 0xBB, 0xBF}, dataset("").replace("\"x\"", "\"" + name + "\""));
    assertEquals(name, JSON.readLandscape(new ByteArrayInputStream(doc)).name());
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32BE", "UTF-32LE"})
  void rejectsUtf16AndUtf32Input(String charset) {
    byte[] doc = dataset("").getBytes(java.nio.charset.Charset.forName(charset));
    CollabkitJsonException e = assertThrows(CollabkitJsonException.class,
        () -> JSON.readLandscape(new ByteArrayInputStream(doc)), charset);
    assertEquals(JsonRule.SYNTAX, e.rule(), e.getMessage());
    assertTrue(e.detail().contains("UTF-8"), e.detail());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\ud800", "\\udfff", "a\\ud83e", "\\udc00\\ud800"})
  void rejectsAnEscapedLoneSurrogate(String escaped) {
    CollabkitJsonException e = rejects(JSON, dataset(",\"description\":{\"en\":\"" + escaped + "\"}"),
        JsonRule.INVALID_VALUE);
    assertEquals("/description/en", e.pointer());
    assertTrue(e.detail().contains("lone surrogate"), e.detail());
    assertEquals("x", JSON.readLandscape(dataset(",\"description\":{\"en\":\"\\ud83e\\udde0\"}")).name(),
        "a pair is fine");
  }

  @Test
  void rejectsAQuantityWithMoreDigitsThanItKeeps() {
    String figure = ",\"infrastructures\":[{\"key\":\"i\",\"names\":[{\"value\":\"I\"}],\"kinds\":[\"cohort\"],"
        + "\"figures\":[{\"value\":%s,\"unit\":\"participants\"}]}]";
    CollabkitJsonException e = rejects(JSON, dataset(String.format(figure, "12345678901234567890123456789012")),
        JsonRule.INVALID_VALUE);
    assertTrue(e.detail().contains("more digits than a quantity keeps"), e.detail());
    rejects(JSON, dataset(String.format(figure, "9007199254740993")), JsonRule.INVALID_VALUE);
    for (String ok : List.of("9007199254740992", "0.1", "1.5e3", "120000", "2.50")) {
      assertEquals(1, JSON.readLandscape(dataset(String.format(figure, ok))).infrastructures().size(), ok);
    }
  }

  @Test
  void lenientModeKeepsABoundedNumberOfWarnings() {
    CollabkitJson capped = CollabkitJson.builder().disable(CollabkitFeature.FAIL_ON_UNKNOWN_PROPERTIES).maxProblems(10).build();
    StringBuilder doc = new StringBuilder("{\"formatVersion\":\"1.0\",\"name\":\"x\"");
    for (int i = 0; i < 500; i++) {
      doc.append(",\"p").append(i).append("\":").append(i);
    }
    doc.append('}');
    LandscapeReadResult r = capped.readLandscapeCollecting(new ByteArrayInputStream(doc.toString().getBytes(StandardCharsets.UTF_8)));
    assertEquals(11, r.problems().size());
    assertTrue(r.problems().get(10).message().startsWith("490 more problems not listed (0 errors, 490 warnings)"),
        r.problems().get(10).message());
    assertEquals(io.github.collabkit.validate.Severity.WARNING, r.problems().get(10).severity());
    assertEquals("x", capped.readLandscape(doc.toString()).name());
  }

  @Test
  void writesOnOneLineWhenIndentedWouldPassItsOwnReadLimit() {
    Landscape landscape = Fixtures.landscape();
    int pretty = JSON.writeLandscape(landscape).getBytes(StandardCharsets.UTF_8).length;
    int compact = CollabkitJson.builder().prettyPrint(false).build().writeLandscape(landscape)
        .getBytes(StandardCharsets.UTF_8).length;
    assertTrue(compact < pretty, compact + " < " + pretty);
    CollabkitJson limited = CollabkitJson.builder()
        .readConstraints(CollabkitJson.DEFAULT_READ_CONSTRAINTS.rebuild().maxDocumentLength((pretty + compact) / 2).build())
        .build();
    String written = limited.writeLandscape(landscape);
    assertEquals(compact, written.getBytes(StandardCharsets.UTF_8).length, "written on one line");
    assertEquals(landscape, limited.readLandscape(written), "and read back by the same instance");
    CollabkitJson roomy = CollabkitJson.builder()
        .readConstraints(CollabkitJson.DEFAULT_READ_CONSTRAINTS.rebuild().maxDocumentLength(pretty).build()).build();
    assertEquals(pretty, roomy.writeLandscape(landscape).getBytes(StandardCharsets.UTF_8).length, "indented when it fits");
  }

  @Test
  void refusesToWriteWhatItCouldNotReadBackAndWritesNothing() {
    CollabkitJson tiny = CollabkitJson.builder()
        .readConstraints(CollabkitJson.DEFAULT_READ_CONSTRAINTS.rebuild().maxDocumentLength(100).build()).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CollabkitJsonException e = assertThrows(CollabkitJsonException.class, () -> tiny.writeLandscape(Fixtures.landscape(), out));
    assertEquals(JsonRule.LIMIT, e.rule());
    assertEquals(0, out.size(), "nothing written");
  }

  @Test
  void writesALargeDocumentOnOneLineWhenIndentedWouldPassTheLimitMidway() {
    io.github.collabkit.model.Landscape.Builder b = Landscape.builder().name("many");
    for (int i = 0; i < 2000; i++) {
      b.addOrganization(Fixtures.lumc().withRef(io.github.collabkit.model.OrganizationRef.of("org-" + i)));
    }
    Landscape landscape = b.build();
    int pretty = JSON.writeLandscape(landscape).getBytes(StandardCharsets.UTF_8).length;
    int compact = CollabkitJson.builder().prettyPrint(false).build().writeLandscape(landscape)
        .getBytes(StandardCharsets.UTF_8).length;
    assertTrue(compact > (1 << 20) / 4, "large enough to overflow while writing, not only at close: " + compact);
    CollabkitJson limited = CollabkitJson.builder()
        .readConstraints(CollabkitJson.DEFAULT_READ_CONSTRAINTS.rebuild().maxDocumentLength((pretty + compact) / 2).build())
        .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    limited.writeLandscape(landscape, out);
    assertEquals(compact, out.size(), "written on one line");
    assertEquals(landscape, limited.readLandscape(new ByteArrayInputStream(out.toByteArray())));
  }
}

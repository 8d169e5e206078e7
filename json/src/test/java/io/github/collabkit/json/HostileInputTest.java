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
    assertEquals(1, JSON.readLandscape(dataset(String.format(figure, "1".repeat(32)))).infrastructures().size());
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

}

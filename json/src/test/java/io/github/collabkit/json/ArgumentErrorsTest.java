package io.github.collabkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.csv.CsvReader;
import io.github.collabkit.json.jsonld.JsonLdExport;
import io.github.collabkit.json.ror.RorImporter;
import io.github.collabkit.model.InvalidValueException;
import io.github.collabkit.model.LocalizedText;
import io.github.collabkit.model.NullValueException;
import io.github.collabkit.model.UnknownCodeException;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Bad arguments fail as the package javadoc of {@code io.github.collabkit} says: a null argument
 * with {@link NullValueException} naming the parameter, a broken rule with {@link
 * InvalidValueException} naming the field; never a bare NullPointerException or
 * IllegalArgumentException.
 */
class ArgumentErrorsTest {

  @Test
  void nullArgumentsNameTheParameter() {
    assertEquals("null is not allowed: in", assertThrows(NullValueException.class, () -> new CsvReader(null)).getMessage());
    assertEquals("null is not allowed: landscape",
        assertThrows(NullValueException.class, () -> JsonLdExport.create().toJsonLd(null)).getMessage());
    assertEquals("null is not allowed: progress",
        assertThrows(NullValueException.class, () -> RorImporter.create().withProgress(null)).getMessage());
    LandscapeLineWriter writer = CollabkitJson.standard().lineWriter(new ByteArrayOutputStream(), "x", LocalizedText.empty());
    assertEquals("null is not allowed: entity", assertThrows(NullValueException.class, () -> writer.write(null)).getMessage());
  }

  @Test
  void argumentsThatBreakARuleNameTheFieldAndTheRule() {
    InvalidValueException size = assertThrows(InvalidValueException.class, () -> RorImporter.create().withMaxRecordBytes(0));
    assertEquals("ror importer: maxRecordBytes: must be positive, got 0", size.getMessage());
    LandscapeLineWriter writer = CollabkitJson.standard().lineWriter(new ByteArrayOutputStream(), "x", LocalizedText.empty());
    InvalidValueException entity = assertThrows(InvalidValueException.class, () -> writer.write("lumc"));
    assertEquals("entity", entity.field());
    assertEquals("must be a source, concept, organization, person, partnership, infrastructure, strategy or event, "
        + "got java.lang.String", entity.rule());
  }

  @Test
  void unknownSchemaNamesAndNonModelTypesAndTooFewProblemsAreRefusedByRule() {
    UnknownCodeException schema = assertThrows(UnknownCodeException.class, () -> CollabkitJson.schema("organisation"));
    assertEquals("organisation", schema.code());
    assertTrue(schema.allowed().contains("organization"), schema.getMessage());
    InvalidValueException type = assertThrows(InvalidValueException.class,
        () -> CollabkitJson.standard().read("{}", String.class));
    assertEquals("type", type.field());
    assertEquals("must be a collabkit model type, got java.lang.String", type.rule());
    InvalidValueException problems = assertThrows(InvalidValueException.class,
        () -> CollabkitJson.builder().maxProblems(0));
    assertEquals("collabkit json: maxProblems: must be at least 1, got 0", problems.getMessage());
  }
}

package io.github.collabkit.json;

import io.github.collabkit.model.Term;
import io.github.collabkit.model.Vocabulary;

/**
 * The rules a JSON document of collabkit data can break, each with a stable code that appears in
 * {@link JsonProblem#rule()} and {@link CollabkitJsonException#rule()}.
 */
public enum JsonRule implements Vocabulary {
  /** The text is not well-formed JSON: a syntax error, invalid UTF-8, {@code NaN} or trailing content. Code {@code json.syntax}. */
  SYNTAX("json.syntax", "Malformed JSON", "Ongeldige JSON",
      "The text is not well-formed JSON, is not valid UTF-8, or has content after the document."),

  /** A read limit was exceeded: nesting depth, string, number, name or document length. Code {@code json.limit}. */
  LIMIT("json.limit", "Read limit exceeded", "Leeslimiet overschreden",
      "The document exceeds a read limit such as nesting depth or string length."),

  /** An object names the same property twice. Code {@code json.duplicate-property}. */
  DUPLICATE_PROPERTY("json.duplicate-property", "Duplicate property", "Dubbele eigenschap",
      "An object names the same property twice."),

  /** An object has a property its type does not define. Code {@code json.unknown-property}. */
  UNKNOWN_PROPERTY("json.unknown-property", "Unknown property", "Onbekende eigenschap",
      "An object has a property its type does not define."),

  /** A value has the wrong JSON type, such as a number where a string belongs. Code {@code json.wrong-type}. */
  WRONG_TYPE("json.wrong-type", "Wrong type", "Verkeerd type",
      "A value has the wrong JSON type, such as a number where a string belongs."),

  /** A property is {@code null}; absent values are left out instead. Code {@code json.null}. */
  NULL_VALUE("json.null", "Null value", "Lege waarde (null)",
      "A property or array element is null; absent values are left out instead."),

  /** A required property is missing. Code {@code json.missing-property}. */
  MISSING_PROPERTY("json.missing-property", "Missing property", "Ontbrekende eigenschap",
      "A required property is missing."),

  /** A vocabulary value is not one of the vocabulary's codes. Code {@code json.unknown-code}. */
  UNKNOWN_CODE("json.unknown-code", "Unknown code", "Onbekende code",
      "A vocabulary value is not one of the vocabulary's codes."),

  /** A set lists the same entry twice. Code {@code json.duplicate-entry}. */
  DUPLICATE_ENTRY("json.duplicate-entry", "Duplicate entry", "Dubbele waarde",
      "A set, such as the themes of a partnership, lists the same entry twice."),

  /** A value breaks an invariant of the collabkit model, such as an end before a start. Code {@code json.invalid-value}. */
  INVALID_VALUE("json.invalid-value", "Invalid value", "Ongeldige waarde",
      "A value breaks an invariant of the collabkit model, such as a period that ends before it starts."),

  /** The document's format version is missing, malformed or newer than this reader. Code {@code json.format-version}. */
  FORMAT_VERSION("json.format-version", "Unsupported format version", "Niet-ondersteunde formaatversie",
      "The format version is missing, malformed, or of a newer major version than this reader supports."),

  /** Reading or writing the underlying stream failed. Code {@code json.io}. */
  IO("json.io", "Input or output failure", "Lees- of schrijffout",
      "Reading or writing the underlying stream failed.");

  private final Term term;

  JsonRule(String code, String labelEn, String labelNl, String definition) {
    this.term = new Term(code, labelEn, labelNl, definition);
  }

  @Override
  public Term term() {
    return term;
  }

  /**
   * Returns the rule with a code.
   *
   * @param code the code, such as {@code json.unknown-property}
   * @return the rule
   * @throws io.github.collabkit.model.UnknownCodeException when no rule has that code
   */
  public static JsonRule fromCode(String code) {
    return Vocabulary.fromCode(JsonRule.class, code);
  }
}

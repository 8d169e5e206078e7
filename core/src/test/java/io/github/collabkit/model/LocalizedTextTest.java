package io.github.collabkit.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalizedTextTest {
  private static final LocalizedText ALL = LocalizedText.builder()
      .put("nl", "Samenwerking").put("en", "Collaboration").put("fr", "Collaboration (fr)").build();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "exact language wins,             'nl,en,fr', nl, nl",
    "English when the language is missing,    'nl,en,fr', de, en",
    "Dutch when English is missing,   'nl,fr',    de, nl",
    "first in tag order when neither, 'fr,de',    it, de",
    "exact even when it is not en/nl, 'fr,de',    fr, fr",
    "no preference falls back too,    'nl,fr',    '', nl",
  })
  void textFallsBackToLanguageThenEnglishThenDutchThenFirst(String name, String languages,
      String wanted, String expected) {
    LocalizedText.Builder b = LocalizedText.builder();
    for (String language : languages.split(",")) {
      b.put(language, "text in " + language);
    }
    LocalizedText text = b.build();
    assertEquals("text in " + expected, text.text(wanted.isEmpty() ? null : wanted));
  }

  @Test
  void emptyTextGivesEmptyString() {
    assertAll(
        () -> assertEquals("", LocalizedText.empty().text("nl")),
        () -> assertTrue(LocalizedText.empty().isEmpty()),
        () -> assertSame(LocalizedText.empty(), LocalizedText.builder().build()),
        () -> assertEquals(Optional.empty(), LocalizedText.empty().get("en")));
  }

  @Test
  void getReturnsOnlyTheExactLanguage() {
    assertAll(
        () -> assertEquals(Optional.of("Samenwerking"), ALL.get("nl")),
        () -> assertEquals(Optional.empty(), ALL.get("de")),
        () -> assertEquals(Optional.empty(), ALL.get(null)));
  }

  @Test
  void keepsLanguagesInSortedOrderWhateverTheInputOrder() {
    Map<String, String> input = new LinkedHashMap<>();
    input.put("nl", "b");
    input.put("en", "a");
    LocalizedText text = LocalizedText.of(input);
    assertEquals(List.of("en", "fr", "nl"), List.copyOf(ALL.languages()));
    assertEquals("{en=a, nl=b}", text.toString());
    assertEquals(LocalizedText.enNl("a", "b"), text);
    assertEquals(LocalizedText.enNl("a", "b").hashCode(), text.hashCode());
  }

  @Test
  void laterTextForALanguageReplacesEarlier() {
    assertEquals(LocalizedText.of("en", "second"),
        LocalizedText.builder().put("en", "first").put("en", "second").build());
  }

  @Test
  void asMapIsUnmodifiable() {
    assertThrows(UnsupportedOperationException.class, () -> ALL.asMap().put("de", "x"));
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"nl", "en", "fr", "en-GB", "zh-Hant", "nl-NL", "fry"})
  void acceptsLanguageTags(String tag) {
    assertEquals(Optional.of("x"), LocalizedText.of(tag, "x").get(tag));
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"", "NL", "EN", "e", "english", "en_GB", "en-", "nl NL", " nl", "1a"})
  void rejectsMalformedLanguageTags(String tag) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> LocalizedText.of(tag, "x"));
    assertAll(
        () -> assertEquals("localized text", e.type()),
        () -> assertEquals("language", e.field()),
        () -> assertEquals("must be a BCP 47 language tag such as 'nl' or 'en-GB', got '" + tag + "'", e.rule()),
        () -> assertEquals("localized text: language: " + e.rule(), e.getMessage()));
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"", " ", "\t\n"})
  void rejectsBlankTexts(String blank) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> LocalizedText.of("nl", blank));
    assertAll(
        () -> assertEquals("localized text", e.type()),
        () -> assertEquals("nl", e.field()),
        () -> assertEquals("must not be blank", e.rule()));
  }

  @Test
  void rejectsNullsWithCollabkitExceptions() {
    assertEquals("localized text: en: is required, got null",
        assertThrows(InvalidValueException.class, () -> LocalizedText.enNl(null, "x")).getMessage());
    assertEquals("localized text: language: is required, got null",
        assertThrows(InvalidValueException.class, () -> LocalizedText.of(null, "x")).getMessage());
    assertEquals("null is not allowed: texts",
        assertThrows(NullValueException.class, () -> LocalizedText.of((Map<String, String>) null)).getMessage());
  }

  @Test
  void equalityIsByContent() {
    assertEquals(LocalizedText.enNl("a", "b"), LocalizedText.builder().put("nl", "b").put("en", "a").build());
    assertFalse(LocalizedText.enNl("a", "b").equals(LocalizedText.of("en", "a")));
  }
}

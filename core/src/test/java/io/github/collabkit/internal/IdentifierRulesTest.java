package io.github.collabkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.model.IdentifierScheme;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierRulesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "bare ROR id, 05xvt9f17, ror",
      "ROR URL, https://ror.org/05xvt9f17, ror",
      "Wikidata id, Q2406409, wikidata",
      "Wikidata lower case, q2406409, wikidata",
      "Wikidata URL, https://www.wikidata.org/wiki/Q2406409, wikidata",
      "ISNI with spaces, 0000 0000 8945 2978, isni",
      "ISNI with check X, 000000040459992X, isni",
      "ISNI URL, https://isni.org/isni/0000000089452978, isni",
      "GRID id, grid.10419.3d, grid",
      "eight digits, 27366422, kvk fundref",
      "funder id, 501100001826, kvk fundref",
      "website, https://www.lumc.nl, website",
      "bare host, lumc.nl, website",
      "a name, Leiden University Medical Center, ''",
      "blank, ' ', ''"})
  void guessesTheSchemeFromTheShape(String form, String text, String expected) {
    String got = Arrays.stream(IdentifierRules.candidates(text)).map(IdentifierScheme::code)
        .collect(Collectors.joining(" "));
    assertEquals(expected, got, form);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "as stored, https://www.lumc.nl/, lumc.nl",
      "http, http://lumc.nl, lumc.nl",
      "capitals, HTTPS://WWW.LUMC.NL, lumc.nl",
      "path kept, https://www.lumc.nl/onderzoek/, lumc.nl/onderzoek",
      "mixed case, Http://Www.Lumc.NL, lumc.nl",
      "capitals beyond ASCII, https://www.UNIVERSITÄT-KÖLN.de, universität-köln.de",
      "a host beginning with h or w, https://hku.hk/, hku.hk",
      "a host beginning with w, wur.nl, wur.nl"})
  void websitesCompareWithoutSchemeWwwOrTrailingSlash(String form, String value, String key) {
    assertEquals(key, IdentifierRules.matchKey(IdentifierScheme.WEBSITE, value), form);
    assertTrue(IdentifierRules.sameMatchKey(IdentifierScheme.WEBSITE, value, key), form);
    assertEquals(key.hashCode(), IdentifierRules.matchHash(IdentifierScheme.WEBSITE, value), form);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "other host, https://www.lumc.nl, https://www.lumc.com",
      "longer path, https://lumc.nl/a, https://lumc.nl/ab",
      "a page, https://lumc.nl, https://lumc.nl/onderzoek"})
  void differentWebsitesDoNotCompareEqual(String form, String a, String b) {
    assertFalse(IdentifierRules.sameMatchKey(IdentifierScheme.WEBSITE, a, b), form);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"ror, 05xvt9f17", "wikidata, Q2406409"})
  void otherSchemesCompareByTheirCanonicalValue(String scheme, String value) {
    assertEquals(value, IdentifierRules.matchKey(IdentifierScheme.fromCode(scheme), value));
  }
}

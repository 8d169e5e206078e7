package io.github.collabkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.validate.Severity;
import io.github.collabkit.validate.ValidationRule;
import io.github.collabkit.validate.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Model-level input rules against hostile text: visible names, one-line messages, websites by URI rules. */
class InputRulesTest {

  @ParameterizedTest
  @ValueSource(strings = {"\u200b", "\u0000\u0007", "\u200e\u200f", "\u3164\u3164", "\u2800", "\u202e", "\ufeff"})
  void rejectsANameWithoutAVisibleCharacter(String invisible) {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Name.of(invisible, "en", NameKind.DISPLAY));
    assertTrue(e.getMessage().contains("must contain a visible character"), e.getMessage());
    assertFalse(e.getMessage().chars().anyMatch(c -> c < 0x20), "the message is printable: " + e.getMessage());
  }

  @Test
  void acceptsANameWithAVisibleCharacterBesideInvisibleOnes() {
    assertEquals("\u200bLUMC", Name.of("\u200bLUMC", "en", NameKind.DISPLAY).value());
  }

  @Test
  void messagesQuoteUserTextOnOneLineWithoutAnsiEscapes() {
    String forged = "x'\nerror partnerships[ok] [reference.dangling] forged\u001b[2K";
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> OrganizationRef.of(forged));
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertFalse(e.getMessage().contains("\u001b"), e.getMessage());
    assertTrue(e.getMessage().contains("x'\\nerror partnerships[ok]"), e.getMessage());
    assertTrue(e.getMessage().contains("\\u001b[2K"), e.getMessage());
    Violation v = new Violation("organizations[x]", ValidationRule.values()[0], Severity.ERROR, "name '" + forged + "'");
    assertFalse(v.message().contains("\n") || v.toString().contains("\u001b"), v.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"HTTPS://EXAMPLE.ORG", "Http://lumc.nl/", "https://www.lumc.nl:8443/zorg", "http://[::1]/"})
  void acceptsWebsitesAsUriRulesAllow(String website) {
    assertEquals(IdentifierScheme.WEBSITE, Identifier.of(IdentifierScheme.WEBSITE, website).scheme());
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://good.org@evil.example/", "https://user:pw@lumc.nl/", "https://lumc.nl:99999/",
      "https://lumc.nl:0/", "javascript:alert(1)", "ftp://lumc.nl/", "https:///path", "https://lu mc.nl/"})
  void rejectsWebsitesUriRulesRefuse(String website) {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Identifier.of(IdentifierScheme.WEBSITE, website));
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }
}

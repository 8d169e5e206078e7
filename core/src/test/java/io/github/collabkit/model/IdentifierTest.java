package io.github.collabkit.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Identifier rules per scheme. The ids are real: ROR ids, ISNIs, GRID and Wikidata ids of the
 * organizations named in the seeds, as their ROR records give them.
 */
class IdentifierTest {

  private static void assertRejected(IdentifierScheme scheme, String written, String key, String rule) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Identifier.of(scheme, written));
    assertAll(
        () -> assertEquals("identifier", e.type()),
        () -> assertEquals(key, e.key()),
        () -> assertEquals("value", e.field()),
        () -> assertEquals(rule, e.rule()),
        () -> assertEquals("identifier '" + key + "': value: " + rule, e.getMessage()),
        () -> assertEquals(Optional.of(rule), scheme.problem(key)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "LUMC,                  05xvt9f17",
    "Leiden University,     027bh9e22",
    "CHDR,                  044hshx49",
    "Inserm,                02vjkv261",
    "UMCG,                  03cv38k47",
    "University of Groningen, 012p63287",
    "University of Twente,  006hf6230",
    "Alrijne Ziekenhuis,    017rd0q69",
    "Radboudumc,            05wg1m734",
    "Amsterdam UMC,         05grdyy37",
    "UMC Utrecht,           0575yy874",
    "Erasmus MC,            018906e22",
    "Maastricht UMC+,       02d9ce178",
    "Philips,               02p2bgp27",
  })
  void acceptsRealRorIdsOfSeedOrganizations(String organization, String id) {
    Identifier ror = Identifier.of(IdentifierScheme.ROR, "https://ror.org/" + id);
    assertAll(
        () -> assertEquals(id, ror.value()),
        () -> assertEquals("https://ror.org/" + id, ror.url()),
        () -> assertEquals(ror, Identifier.of(IdentifierScheme.ROR, id)),
        () -> assertEquals(Optional.empty(), IdentifierScheme.ROR.problem(id)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "URL,                https://ror.org/05xvt9f17",
    "URL over http,      http://ror.org/05xvt9f17",
    "without scheme,     ror.org/05xvt9f17",
    "trailing slash,     https://ror.org/05xvt9f17/",
    "upper case,         05XVT9F17",
    "surrounding space,  '  05xvt9f17 '",
  })
  void normalizesRorIdsAsPeopleWriteThem(String name, String written) {
    assertEquals("05xvt9f17", Identifier.of(IdentifierScheme.ROR, written).value());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "LUMC checksum off by one,        05xvt9f18, 17, 18",
    "LUMC checksum digits swapped,    05xvt9f71, 17, 71",
    "LUMC body char changed,          05xvt9g17, 14, 17",
    "LUMC body chars transposed,      05vxt9f17, 64, 17",
    "Leiden University checksum,      027bh9e23, 22, 23",
    "Erasmus MC body char changed,    018906f22, 19, 22",
  })
  void rejectsRorIdsWhoseChecksumFails(String name, String id, String expected, String got) {
    assertRejected(IdentifierScheme.ROR, id, id,
        "ROR id '" + id + "' fails its checksum: expected " + expected + ", got " + got);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "letter i is not Crockford,  05xvt9i17",
    "letter l is not Crockford,  05xlt9f17",
    "letter o is not Crockford,  05xot9f17",
    "letter u is not Crockford,  05xut9f17",
    "no leading zero,            15xvt9f17",
    "too short,                  05xvt9f1",
    "too long,                   05xvt9f170",
    "letters in checksum,        05xvt9fab",
    "GRID id in the ROR scheme,  grid.10419.3d",
  })
  void rejectsMalformedRorIds(String name, String id) {
    assertRejected(IdentifierScheme.ROR, id, id,
        "must be a ROR id: '0', six Crockford base32 characters and two digits, got '" + id + "'");
  }

  @Test
  void computesRorChecksumsAsIso7064Mod97() {
    // 05xvt9f17: the checksum of "5xvt9f" is 17
    assertAll(
        () -> assertEquals(17, IdentifierSyntax.rorChecksum("5xvt9f")),
        () -> assertEquals(22, IdentifierSyntax.rorChecksum("27bh9e")));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "LUMC,              0000 0000 8945 2978, 0000000089452978",
    "Leiden University, 0000 0001 2312 1970, 0000000123121970",
    "Erasmus MC (X),    0000 0004 0459 992X, 000000040459992X",
    "lower-case x,      0000 0004 0459 992x, 000000040459992X",
    "hyphens,           0000-0004-0646-7664, 0000000406467664",
    "URL,               https://isni.org/isni/0000000089452978, 0000000089452978",
    "ISNI prefix,       ISNI 0000 0000 8945 2978, 0000000089452978",
  })
  void acceptsIsnisWithTheirCheckCharacter(String name, String written, String canonical) {
    Identifier isni = Identifier.of(IdentifierScheme.ISNI, written);
    assertEquals(canonical, isni.value());
    assertEquals("https://isni.org/isni/" + canonical, isni.url());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "LUMC last digit changed,  0000000089452979, 8",
    "Erasmus MC X replaced,    0000000404599920, X",
    "digit changed in middle,  0000000089552978, 9",
  })
  void rejectsIsnisWhoseCheckCharacterFails(String name, String isni, String expected) {
    assertRejected(IdentifierScheme.ISNI, isni, isni,
        "ISNI '" + isni + "' fails its check character: expected " + expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "fifteen digits,  000000008945297",
    "seventeen,       00000000894529781",
    "X inside,        00000000894X2978",
    "letter,          000000008945297A",
  })
  void rejectsMalformedIsnis(String name, String isni) {
    assertRejected(IdentifierScheme.ISNI, isni, isni,
        "must be 16 characters, 15 digits and a digit or X, got '" + isni + "'");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "LUMC,          Q2406409,                                Q2406409",
    "lower case,    q2406409,                                Q2406409",
    "URL,           https://www.wikidata.org/wiki/Q156598,   Q156598",
  })
  void acceptsWikidataItemIds(String name, String written, String canonical) {
    Identifier id = Identifier.of(IdentifierScheme.WIKIDATA, written);
    assertEquals(canonical, id.value());
    assertEquals("https://www.wikidata.org/wiki/" + canonical, id.url());
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource({"Q0123", "P31", "Q", "2406409", "Q24-06", "L123"})
  void rejectsWhatIsNoWikidataItemId(String id) {
    assertRejected(IdentifierScheme.WIKIDATA, id, id,
        "must be a Wikidata item id such as 'Q1636164', got '" + id + "'");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "LUMC,          grid.10419.3d,  grid.10419.3d",
    "Radboudumc,    grid.10417.33,  grid.10417.33",
    "upper case,    GRID.5132.5,    grid.5132.5",
    "URL,           https://www.grid.ac/institutes/grid.7429.8, grid.7429.8",
  })
  void acceptsGridIds(String name, String written, String canonical) {
    assertEquals(canonical, Identifier.of(IdentifierScheme.GRID, written).value());
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource({"grid.10419", "grid.10419.3g", "10419.3d", "grid..3d", "grid.12345678.1"})
  void rejectsMalformedGridIds(String id) {
    assertRejected(IdentifierScheme.GRID, id, id,
        "must be a GRID id such as 'grid.10419.3d', got '" + id + "'");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "eight digits,  12345678,    12345678",
    "with space,    1234 5678,   12345678",
    "with dots,     12.34.56.78, 12345678",
  })
  void acceptsKvkNumbersOfEightDigits(String name, String written, String canonical) {
    Identifier kvk = Identifier.of(IdentifierScheme.KVK, written);
    assertEquals(canonical, kvk.value());
    assertEquals(canonical, kvk.url(), "KvK has no resolver; url() is the value");
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource({"1234567", "123456789", "1234567a", "NL12345678"})
  void rejectsKvkNumbersThatAreNotEightDigits(String kvk) {
    assertRejected(IdentifierScheme.KVK, kvk, kvk, "must be a KvK number of eight digits, got '" + kvk + "'");
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource({"https://www.lumc.nl", "http://www.leiden.edu/", "https://www.inserm.fr/en/home/",
      "https://www.umcg.nl/-/nieuws?x=1"})
  void acceptsAbsoluteHttpWebsites(String url) {
    assertEquals(url, Identifier.of(IdentifierScheme.WEBSITE, url).value());
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource({"www.lumc.nl", "ftp://ftp.lumc.nl", "https://", "https://www.lumc .nl", "mailto:info@lumc.nl", "/nieuws"})
  void rejectsWhatIsNoAbsoluteHttpWebsite(String url) {
    assertRejected(IdentifierScheme.WEBSITE, url, url, "must be an absolute http or https URL, got '" + url + "'");
  }

  @Test
  void acceptsAndRejectsCrossrefFunderIds() {
    assertEquals("501100005039", Identifier.of(IdentifierScheme.FUNDREF, "501100005039").value());
    assertRejected(IdentifierScheme.FUNDREF, "1234", "1234",
        "must be a Crossref Funder id of 5 to 15 digits, got '1234'");
  }

  @Test
  void rejectsBlankValuesInEveryScheme() {
    for (IdentifierScheme scheme : IdentifierScheme.values()) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> Identifier.of(scheme, "  "),
          scheme.code());
      assertEquals("must not be blank", e.rule(), scheme.code());
    }
  }

  @Test
  void builderRequiresTheCanonicalForm() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Identifier.builder().scheme(IdentifierScheme.ROR).value("https://ror.org/05xvt9f17").build());
    assertAll(
        () -> assertEquals("identifier", e.type()),
        () -> assertEquals("https://ror.org/05xvt9f17", e.key()),
        () -> assertEquals("value", e.field()),
        () -> assertEquals("must be in canonical ror form '05xvt9f17'; use Identifier.of to normalize", e.rule()));
    assertEquals("05xvt9f17",
        Identifier.builder().scheme(IdentifierScheme.ROR).value("05xvt9f17").build().value());
  }

  @Test
  void withValueChecksAgain() {
    Identifier ror = Identifier.of(IdentifierScheme.ROR, "05xvt9f17");
    assertEquals("027bh9e22", ror.withValue("027bh9e22").value());
    assertThrows(InvalidValueException.class, () -> ror.withValue("027bh9e23"));
  }

  @Test
  void rejectsNullSchemeOrValueWithNullValueException() {
    assertEquals("null is not allowed: scheme",
        assertThrows(NullValueException.class, () -> Identifier.of(null, "05xvt9f17")).getMessage());
    assertEquals("null is not allowed: value",
        assertThrows(NullValueException.class, () -> Identifier.of(IdentifierScheme.ROR, null)).getMessage());
  }
}

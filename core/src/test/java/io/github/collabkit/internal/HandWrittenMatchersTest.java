package io.github.collabkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.model.InvalidValueException;
import io.github.collabkit.model.PartialDate;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scans that replaced regular expressions on the read path accept exactly what
 * the expressions accept: each is compared with its expression on many seeded random strings
 * drawn from the characters that matter, and on hand-picked edge cases.
 */
class HandWrittenMatchersTest {
  private static final long SEED = 20260101L;
  private static final int SAMPLES = 200_000;

  @Test
  void isCodeAgreesWithTheCodePattern() {
    agree("code", Checks.CODE, Checks::isCode, "az09-_.A é");
  }

  @Test
  void isLanguageAgreesWithTheLanguagePattern() {
    agree("language", Checks.LANGUAGE, Checks::isLanguage, "anzGZ09--_ é");
  }

  @Test
  void codeScanAcceptsKeysAndRejectsBrokenOnes() {
    assertTrue(Checks.isCode("lumc-ul-2021"));
    assertTrue(Checks.isCode("a.b_c-d"));
    assertFalse(Checks.isCode(""));
    assertFalse(Checks.isCode("-lumc"));
    assertFalse(Checks.isCode("lumc-"));
    assertFalse(Checks.isCode("lumc--ul"));
    assertFalse(Checks.isCode("LUMC"));
  }

  @Test
  void languageScanAcceptsTagsAndRejectsBrokenOnes() {
    assertTrue(Checks.isLanguage("nl"));
    assertTrue(Checks.isLanguage("en-GB"));
    assertTrue(Checks.isLanguage("nds-NL-abcdefgh"));
    assertFalse(Checks.isLanguage("n"));
    assertFalse(Checks.isLanguage("engl"));
    assertFalse(Checks.isLanguage("en-"));
    assertFalse(Checks.isLanguage("en-abcdefghi"));
    assertFalse(Checks.isLanguage("EN"));
  }

  /** The regex {@link PartialDate#parse} used before it scanned by hand. */
  private static final Pattern ISO = Pattern.compile("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?");

  @Test
  void partialDateParsesWhatTheIsoPatternAccepted() {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < SAMPLES; i++) {
      String text = random.nextInt(4) == 0 ? randomString(random, "0123456789-x", 11) : dateLike(random);
      String expected = reference(text);
      String actual;
      try {
        actual = PartialDate.parse(text).toString();
      } catch (InvalidValueException e) {
        actual = "invalid";
      }
      assertEquals(expected, actual, "seed " + SEED + ", sample " + i + ": '" + text + "'");
    }
  }

  private static String reference(String text) {
    Matcher m = ISO.matcher(text);
    if (!m.matches()) {
      return "invalid";
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(3) != null) {
        return PartialDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))).toString();
      }
      return m.group(2) != null ? PartialDate.of(year, Integer.parseInt(m.group(2))).toString()
          : PartialDate.ofYear(year).toString();
    } catch (InvalidValueException e) {
      return "invalid";
    }
  }

  private static String dateLike(SplittableRandom random) {
    StringBuilder sb = new StringBuilder();
    sb.append(random.nextInt(900, 10_000 + 100));
    if (random.nextBoolean()) {
      sb.append('-').append(String.format("%02d", random.nextInt(0, 14)));
      if (random.nextBoolean()) {
        sb.append('-').append(String.format("%02d", random.nextInt(0, 33)));
      }
    }
    return sb.toString();
  }

  @Test
  void partialDatePrintsAtItsPrecision() {
    assertEquals("2018", PartialDate.ofYear(2018).toString());
    assertEquals("2025-07", PartialDate.of(2025, 7).toString());
    assertEquals("2025-07-02", PartialDate.of(2025, 7, 2).toString());
    assertEquals("1000-12-31", PartialDate.of(1000, 12, 31).toString());
  }

  private static void agree(String what, Pattern pattern, Predicate<String> scan, String alphabet) {
    SplittableRandom random = new SplittableRandom(SEED);
    int matched = 0;
    for (int i = 0; i < SAMPLES; i++) {
      String text = randomString(random, alphabet, 12);
      boolean expected = pattern.matcher(text).matches();
      matched += expected ? 1 : 0;
      assertEquals(expected, scan.test(text), what + ", seed " + SEED + ", sample " + i + ": '" + text + "'");
    }
    assertTrue(matched > SAMPLES / 500, what + ": too few samples matched to compare (" + matched + ")");
  }

  private static String randomString(SplittableRandom random, String alphabet, int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}

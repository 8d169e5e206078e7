package io.github.collabkit.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.model.PartialDate.Precision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartialDateTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "year,            2018,       YEAR,  2018-01-01, 2018-12-31",
    "month,           2025-07,    MONTH, 2025-07-01, 2025-07-31",
    "day,             2025-07-02, DAY,   2025-07-02, 2025-07-02",
    "leap February,   2024-02,    MONTH, 2024-02-01, 2024-02-29",
    "common February, 2023-02,    MONTH, 2023-02-01, 2023-02-28",
    "leap day,        2024-02-29, DAY,   2024-02-29, 2024-02-29",
    "first year,      1000,       YEAR,  1000-01-01, 1000-12-31",
    "last year,       9999,       YEAR,  9999-01-01, 9999-12-31",
  })
  void parsesAndPrintsAtItsPrecision(String name, String text, Precision precision,
      LocalDate earliest, LocalDate latest) {
    PartialDate date = PartialDate.parse(text);
    assertAll(
        () -> assertEquals(text, date.toString()),
        () -> assertEquals(precision, date.precision()),
        () -> assertEquals(earliest, date.earliest()),
        () -> assertEquals(latest, date.latest()),
        () -> assertEquals(date, PartialDate.parse(date.toString())));
  }

  @ParameterizedTest(name = "{0}: ''{1}''")
  @CsvSource(delimiter = '|', value = {
    "two-digit year       | 18          | value | must be an ISO date as YYYY, YYYY-MM or YYYY-MM-DD, got '18'",
    "Dutch month          | juli 2025   | value | must be an ISO date as YYYY, YYYY-MM or YYYY-MM-DD, got 'juli 2025'",
    "one-digit month      | 2025-7      | value | must be an ISO date as YYYY, YYYY-MM or YYYY-MM-DD, got '2025-7'",
    "slashes              | 2025/07/02  | value | must be an ISO date as YYYY, YYYY-MM or YYYY-MM-DD, got '2025/07/02'",
    "surrounding space    | ' 2018'     | value | must be an ISO date as YYYY, YYYY-MM or YYYY-MM-DD, got ' 2018'",
    "date-time            | 2025-07-02T10:00 | value | must be an ISO date as YYYY, YYYY-MM or YYYY-MM-DD, got '2025-07-02T10:00'",
    "empty                | ''          | value | must be an ISO date as YYYY, YYYY-MM or YYYY-MM-DD, got ''",
    "month 13             | 2025-13     | month | must be from 1 to 12, got 13",
    "month 0              | 2025-00     | month | must be from 1 to 12, got 0",
    "30 February          | 2024-02-30  | day   | must exist in 2024-02, got 30",
    "29 February 2023     | 2023-02-29  | day   | must exist in 2023-02, got 29",
    "day 0                | 2025-07-00  | day   | must exist in 2025-07, got 0",
    "year 0999            | 0999        | year  | must be from 1000 to 9999, got 999",
  })
  void rejectsTextThatIsNoPartialDate(String name, String text, String field, String rule) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> PartialDate.parse(text));
    assertAll(
        () -> assertEquals("partial date", e.type()),
        () -> assertEquals(null, e.key()),
        () -> assertEquals(field, e.field()),
        () -> assertEquals(rule, e.rule()),
        () -> assertEquals("partial date: " + field + ": " + rule, e.getMessage()));
  }

  @Test
  void rejectsNullText() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> PartialDate.parse(null));
    assertEquals("partial date: value: is required, got null", e.getMessage());
  }

  @Test
  void rejectsNullLocalDateWithNullValueException() {
    NullValueException e = assertThrows(NullValueException.class, () -> PartialDate.of((LocalDate) null));
    assertEquals("null is not allowed: date", e.getMessage());
  }

  @Test
  void factoriesAgreeWithParse() {
    assertAll(
        () -> assertEquals(PartialDate.parse("2018"), PartialDate.ofYear(2018)),
        () -> assertEquals(PartialDate.parse("2025-07"), PartialDate.of(2025, 7)),
        () -> assertEquals(PartialDate.parse("2025-07-02"), PartialDate.of(2025, 7, 2)),
        () -> assertEquals(PartialDate.parse("2021-12-20"), PartialDate.of(LocalDate.of(2021, 12, 20))));
  }

  @Test
  void rejectsOutOfRangePartsInFactories() {
    assertAll(
        () -> assertEquals("year", assertThrows(InvalidValueException.class, () -> PartialDate.ofYear(10_000)).field()),
        () -> assertEquals("month", assertThrows(InvalidValueException.class, () -> PartialDate.of(2025, 0)).field()),
        () -> assertEquals("month", assertThrows(InvalidValueException.class, () -> PartialDate.of(2025, 13, 1)).field()),
        () -> assertEquals("day", assertThrows(InvalidValueException.class, () -> PartialDate.of(2025, 4, 31)).field()));
  }

  @Test
  void exposesItsParts() {
    PartialDate year = PartialDate.ofYear(2018);
    PartialDate day = PartialDate.of(2025, 7, 2);
    assertAll(
        () -> assertEquals(2018, year.year()),
        () -> assertEquals(OptionalInt.empty(), year.month()),
        () -> assertEquals(OptionalInt.empty(), year.day()),
        () -> assertEquals(OptionalInt.of(7), day.month()),
        () -> assertEquals(OptionalInt.of(2), day.day()));
  }

  @Test
  void ordersByEarliestDayThenCoarserFirst() {
    List<PartialDate> dates = new ArrayList<>(List.of(
        PartialDate.parse("2025-07-02"), PartialDate.parse("2025"), PartialDate.parse("2018"),
        PartialDate.parse("2025-07"), PartialDate.parse("2025-01-01"), PartialDate.parse("2025-01"),
        PartialDate.parse("2021-12")));
    dates.sort(null);
    assertEquals("[2018, 2021-12, 2025, 2025-01, 2025-01-01, 2025-07, 2025-07-02]", dates.toString());
  }

  @Test
  void equalDatesHaveEqualHashesAndDifferentPrecisionsDiffer() {
    assertAll(
        () -> assertEquals(PartialDate.parse("2025-07").hashCode(), PartialDate.of(2025, 7).hashCode()),
        () -> assertFalse(PartialDate.parse("2025").equals(PartialDate.parse("2025-01"))),
        () -> assertFalse(PartialDate.parse("2025-01").equals(PartialDate.parse("2025-01-01"))),
        () -> assertEquals(0, PartialDate.parse("2025-07").compareTo(PartialDate.of(2025, 7))));
  }

  @ParameterizedTest(name = "{0} certainly before {1}: {2}")
  @CsvSource({
    "2018,       2021-12,    true",
    "2021-12,    2021,       false",
    "2021,       2021-12-24, false",
    "2021-11,    2021-12,    true",
    "2021-12-23, 2021-12-24, true",
    "2021-12-24, 2021-12-24, false",
    "2021-12,    2021-12-31, false",
    "2021-12,    2022,       true",
    "2022,       2021-12,    false",
  })
  void isCertainlyBeforeOnlyWhenNoReadingOverlaps(String a, String b, boolean expected) {
    assertEquals(expected, PartialDate.parse(a).isCertainlyBefore(PartialDate.parse(b)));
  }

  @Test
  void isCertainlyBeforeRejectsNull() {
    assertThrows(NullValueException.class, () -> PartialDate.ofYear(2018).isCertainlyBefore(null));
  }

  @Test
  void patternConstantAcceptsWhatParseAccepts() {
    for (String ok : List.of("2018", "2025-07", "2025-07-02")) {
      assertTrue(ok.matches(PartialDate.PATTERN), ok);
    }
    for (String bad : List.of("18", "2025-13", "2025-07-32", "2025-7")) {
      assertFalse(bad.matches(PartialDate.PATTERN), bad);
    }
  }
}

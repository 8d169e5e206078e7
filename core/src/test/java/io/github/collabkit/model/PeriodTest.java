package io.github.collabkit.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

  private static Period period(String start, String end) {
    Period.Builder b = Period.builder();
    if (!start.isEmpty()) {
      b.start(PartialDate.parse(start));
    }
    if (!end.isEmpty()) {
      b.end(PartialDate.parse(end));
    }
    return b.build();
  }

  @ParameterizedTest(name = "{0}: {1} .. {2}")
  @CsvSource({
    "strategy years,                 2025,       2030",
    "same year,                      2025,       2025",
    "same day,                       2025-07-02, 2025-07-02",
    "day inside the end year,        2021-12-20, 2021",
    "year ending in a month of it,   2021,       2021-01",
    "month ending on a day of it,    2021-12,    2021-12-01",
    "open end,                       2025,       ''",
    "open start,                     '',         2030",
    "open both ends,                 '',         ''",
  })
  void acceptsEndNotCertainlyBeforeStart(String name, String start, String end) {
    Period p = period(start, end);
    assertEquals(start.isEmpty() ? Optional.empty() : Optional.of(PartialDate.parse(start)), p.start());
    assertEquals(end.isEmpty() ? Optional.empty() : Optional.of(PartialDate.parse(end)), p.end());
  }

  @ParameterizedTest(name = "{0}: {1} .. {2}")
  @CsvSource({
    "years,                            2030,       2025",
    "month before year of start,       2022,       2021-12",
    "year before month of start,       2022-01,    2021",
    "day before month of start,        2021-12,    2021-11-30",
    "day before day,                   2021-12-24, 2021-12-23",
    "year before day,                  2022-01-01, 2021",
  })
  void rejectsEndBeforeStart(String name, String start, String end) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> period(start, end));
    assertAll(
        () -> assertEquals("period", e.type()),
        () -> assertEquals(null, e.key()),
        () -> assertEquals("end", e.field()),
        () -> assertEquals("must not be before the start " + start + ", got " + end, e.rule()),
        () -> assertEquals("period: end: must not be before the start " + start + ", got " + end,
            e.getMessage()));
  }

  @Test
  void factoriesBuildTheSamePeriods() {
    assertEquals(period("2025", "2030"), Period.between(PartialDate.ofYear(2025), PartialDate.ofYear(2030)));
    assertEquals(period("2025-07", ""), Period.from(PartialDate.of(2025, 7)));
    assertThrows(InvalidValueException.class,
        () -> Period.between(PartialDate.ofYear(2030), PartialDate.ofYear(2025)));
  }

  @Test
  void withEndChecksAgain() {
    Period strategy = period("2025", "2030");
    assertEquals(PartialDate.ofYear(2031), strategy.withEnd(PartialDate.ofYear(2031)).end().orElseThrow());
    assertThrows(InvalidValueException.class, () -> strategy.withEnd(PartialDate.ofYear(2024)));
  }

  @ParameterizedTest(name = "{0} .. {1} may include {2}: {3}")
  @CsvSource({
    "2025,       2030,       2025-01-01, true",
    "2025,       2030,       2030-12-31, true",
    "2025,       2030,       2024-12-31, false",
    "2025,       2030,       2031-01-01, false",
    "2021-12,    '',         2021-12-01, true",
    "2021-12,    '',         2021-11-30, false",
    "2021-12,    '',         2999-01-01, true",
    "'',         2018,       1900-01-01, true",
    "'',         2018,       2019-01-01, false",
    "'',         '',         2021-12-24, true",
    "2025-07-02, 2025-07-02, 2025-07-02, true",
    "2025-07-02, 2025-07-02, 2025-07-03, false",
  })
  void mayIncludeADayUnlessCertainlyOutside(String start, String end, LocalDate day, boolean expected) {
    assertEquals(expected, period(start, end).mayInclude(day));
  }

  @ParameterizedTest(name = "{0}..{1} overlaps {2}..{3}: {4}")
  @CsvSource({
    "2018,    2020,    2021,    2023,    false",
    "2021,    2023,    2018,    2020,    false",
    "2018,    2021,    2021-12, 2023,    true",
    "2018,    2021-11, 2021-12, 2023,    false",
    "2018,    '',      2021,    2023,    true",
    "'',      2018,    2021,    '',      false",
    "'',      '',      2021,    2023,    true",
    "2025,    2030,    2030,    2035,    true",
    "2025,    2029,    2030,    2035,    false",
  })
  void mayOverlapUnlessOneCertainlyEndsFirst(String s1, String e1, String s2, String e2, boolean expected) {
    Period a = period(s1, e1);
    Period b = period(s2, e2);
    assertEquals(expected, a.mayOverlap(b));
    assertEquals(expected, b.mayOverlap(a), "symmetric");
  }

  @Test
  void rejectsNullArgumentsWithNullValueException() {
    Period p = period("2025", "2030");
    assertEquals("null is not allowed: day",
        assertThrows(NullValueException.class, () -> p.mayInclude(null)).getMessage());
    assertEquals("null is not allowed: other",
        assertThrows(NullValueException.class, () -> p.mayOverlap(null)).getMessage());
  }
}

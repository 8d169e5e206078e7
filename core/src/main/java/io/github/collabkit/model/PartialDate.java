package io.github.collabkit.model;

import io.github.collabkit.internal.Checks;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.OptionalInt;

/**
 * A calendar date known to the precision its source gives: a year ({@code 2018}), a year and
 * month ({@code 2025-07}) or a day ({@code 2025-07-02}).
 *
 * <p>Sources often say "in 2018" or "early July 2025"; storing those as a full date would invent
 * precision. A partial date keeps what was said, prints as ISO 8601 at that precision, and knows
 * the {@linkplain #earliest() earliest} and {@linkplain #latest() latest} day it can mean, which is
 * what comparisons of periods use. Natural order is by earliest day, then coarser before finer.
 */
public final class PartialDate implements Comparable<PartialDate> {

  /** The precision of a partial date. */
  public enum Precision {
    /** Only the year is known. */
    YEAR,
    /** The year and month are known. */
    MONTH,
    /** The exact day is known. */
    DAY
  }

  /** The ISO forms accepted by {@link #parse(String)}. */
  public static final String PATTERN = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";

  private static final Comparator<PartialDate> ORDER =
      Comparator.comparing(PartialDate::earliest).thenComparing(PartialDate::precision);

  private final int year;
  private final int month;
  private final int day;

  private PartialDate(int year, int month, int day) {
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /**
   * Returns a date known to the year.
   *
   * @param year a year from 1000 to 9999
   * @return the partial date
   * @throws InvalidValueException when the year is out of range
   */
  public static PartialDate ofYear(int year) {
    return create(year, 0, 0, Precision.YEAR);
  }

  /**
   * Returns a date known to the month.
   *
   * @param year a year from 1000 to 9999
   * @param month a month from 1 to 12
   * @return the partial date
   * @throws InvalidValueException when a part is out of range
   */
  public static PartialDate of(int year, int month) {
    return create(year, month, 0, Precision.MONTH);
  }

  /**
   * Returns a date known to the day.
   *
   * @param year a year from 1000 to 9999
   * @param month a month from 1 to 12
   * @param day a day that exists in that month
   * @return the partial date
   * @throws InvalidValueException when the date does not exist
   */
  public static PartialDate of(int year, int month, int day) {
    return create(year, month, day, Precision.DAY);
  }

  /**
   * Returns a date known to the day.
   *
   * @param date the date
   * @return the partial date
   * @throws NullValueException when the date is null
   */
  public static PartialDate of(LocalDate date) {
    Checks.argument("date", date);
    return create(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), Precision.DAY);
  }

  /**
   * Parses ISO 8601 text at year, month or day precision: {@code 2018}, {@code 2025-07} or {@code
   * 2025-07-02}.
   *
   * @param text the text
   * @return the partial date
   * @throws InvalidValueException when the text is not one of those forms or names no real date
   */
  public static PartialDate parse(String text) {
    if (text == null) {
      throw new InvalidValueException("partial date", null, "value", "is required, got null");
    }
    // the form of ISO, scanned by hand: every date of every value read passes here
    int n = text.length();
    if (!(n == 4 || n == 7 && text.charAt(4) == '-' || n == 10 && text.charAt(4) == '-' && text.charAt(7) == '-')
        || !digits(text, 0, 4) || n >= 7 && !digits(text, 5, 7) || n == 10 && !digits(text, 8, 10)) {
      throw new InvalidValueException("partial date", null, "value",
          "must be an ISO date as YYYY, YYYY-MM or YYYY-MM-DD, got '" + text + "'");
    }
    int year = number(text, 0, 4);
    int month = n >= 7 ? number(text, 5, 7) : 0;
    int day = n == 10 ? number(text, 8, 10) : 0;
    Precision precision = n == 10 ? Precision.DAY : n == 7 ? Precision.MONTH : Precision.YEAR;
    return create(year, month, day, precision);
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  /** Checks every part the precision has; 0 stands for an absent month or day only after that. */
  private static PartialDate create(int year, int month, int day, Precision precision) {
    if (year < 1000 || year > 9999) {
      throw new InvalidValueException("partial date", null, "year",
          "must be from 1000 to 9999, got " + year);
    }
    if (precision != Precision.YEAR && (month < 1 || month > 12)) {
      throw new InvalidValueException("partial date", null, "month",
          "must be from 1 to 12, got " + month);
    }
    if (precision == Precision.DAY) {
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw new InvalidValueException("partial date", null, "day",
            "must exist in " + year + "-" + pad(month) + ", got " + day);
      }
    }
    return new PartialDate(year, month, day);
  }

  /**
   * Returns the year.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Returns the month when known.
   *
   * @return the month from 1 to 12, or empty at year precision
   */
  public OptionalInt month() {
    return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
  }

  /**
   * Returns the day of the month when known.
   *
   * @return the day, or empty at year or month precision
   */
  public OptionalInt day() {
    return day == 0 ? OptionalInt.empty() : OptionalInt.of(day);
  }

  /**
   * Returns how precisely this date is known.
   *
   * @return the precision
   */
  public Precision precision() {
    return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /**
   * Returns the first day this date can mean.
   *
   * @return January 1st for a year, the first of the month for a month, or the day itself
   */
  public LocalDate earliest() {
    return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  /**
   * Returns the last day this date can mean.
   *
   * @return December 31st for a year, the last of the month for a month, or the day itself
   */
  public LocalDate latest() {
    if (month == 0) {
      return LocalDate.of(year, 12, 31);
    }
    return day == 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
  }

  /**
   * Tells whether this date certainly lies before another: its latest day is before the other's
   * earliest day.
   *
   * @param other the other date
   * @return {@code true} when no reading of the two dates puts this one on or after the other
   * @throws NullValueException when the other date is null
   */
  public boolean isCertainlyBefore(PartialDate other) {
    Checks.argument("other", other);
    return latest().isBefore(other.earliest());
  }

  @Override
  public int compareTo(PartialDate other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartialDate other
        && year == other.year && month == other.month && day == other.day;
  }

  @Override
  public int hashCode() {
    return (year * 13 + month) * 32 + day;
  }

  /**
   * Returns the ISO 8601 form at this date's precision, as {@link #parse(String)} reads it.
   *
   * @return {@code 2018}, {@code 2025-07} or {@code 2025-07-02}
   */
  @Override
  public String toString() {
    // year is 1000 to 9999, month and day two digits: written straight into the characters
    char[] c = new char[day != 0 ? 10 : month != 0 ? 7 : 4];
    c[0] = (char) ('0' + year / 1000);
    c[1] = (char) ('0' + year / 100 % 10);
    c[2] = (char) ('0' + year / 10 % 10);
    c[3] = (char) ('0' + year % 10);
    if (month != 0) {
      c[4] = '-';
      c[5] = (char) ('0' + month / 10);
      c[6] = (char) ('0' + month % 10);
    }
    if (day != 0) {
      c[7] = '-';
      c[8] = (char) ('0' + day / 10);
      c[9] = (char) ('0' + day % 10);
    }
    return new String(c);
  }

  private static String pad(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }
}

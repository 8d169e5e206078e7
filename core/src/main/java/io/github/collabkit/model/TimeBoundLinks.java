package io.github.collabkit.model;

import java.util.Optional;

/** The invariant every {@link TimeBoundLink} keeps, checked once for the three of them. */
final class TimeBoundLinks {
  private TimeBoundLinks() {}

  /**
   * Checks what makes a time-bound link unusable: a prospective link with an end.
   *
   * @param type the value type for the message, such as {@code participation}
   * @param link the link
   * @throws InvalidValueException when a prospective link has an end date
   */
  static void check(String type, TimeBoundLink link) {
    Optional<PartialDate> end = link.period().flatMap(Period::end);
    if (link.status() == ParticipationStatus.PROSPECTIVE && end.isPresent()) {
      throw new InvalidValueException(type, link.organization().key(), "period",
          "a prospective link has not begun, so it cannot have an end; got end " + end.get());
    }
  }
}

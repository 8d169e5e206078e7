package io.github.collabkit.model;

import io.github.collabkit.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A span of time whose ends may be open or known only to the year or month, such as 2025-2030.
 */
@Value.Immutable
@CollabkitStyle
public abstract class Period implements WithPeriod {

  /** Subclassed only by the implementation Immutables generates in this package. */
  Period() {}

  /**
   * Returns the first day of the period, at the precision known.
   *
   * @return the start, or empty when open or unknown
   */
  public abstract Optional<PartialDate> start();

  /**
   * Returns the last day of the period, at the precision known.
   *
   * @return the end, or empty when open or unknown
   */
  public abstract Optional<PartialDate> end();

  /**
   * Returns a period between two dates.
   *
   * @param start the start
   * @param end the end
   * @return the period
   * @throws InvalidValueException when the end is certainly before the start
   */
  public static Period between(PartialDate start, PartialDate end) {
    return builder().start(start).end(end).build();
  }

  /**
   * Returns a period with a start and no known end.
   *
   * @param start the start
   * @return the period
   */
  public static Period from(PartialDate start) {
    return builder().start(start).build();
  }

  /**
   * Tells whether this period may include a day: neither its start is certainly after it nor its
   * end certainly before it.
   *
   * @param day the day
   * @return {@code true} unless the period certainly excludes the day
   * @throws NullValueException when the day is null
   */
  public boolean mayInclude(LocalDate day) {
    Checks.argument("day", day);
    return start().map(s -> !s.earliest().isAfter(day)).orElse(true)
        && end().map(e -> !e.latest().isBefore(day)).orElse(true);
  }

  /**
   * Tells whether this period may overlap another.
   *
   * @param other the other period
   * @return {@code false} only when one certainly ends before the other starts
   * @throws NullValueException when the other period is null
   */
  public boolean mayOverlap(Period other) {
    Checks.argument("other", other);
    boolean thisEndsFirst = end().isPresent() && other.start().isPresent()
        && end().get().isCertainlyBefore(other.start().get());
    boolean otherEndsFirst = other.end().isPresent() && start().isPresent()
        && other.end().get().isCertainlyBefore(start().get());
    return !thisEndsFirst && !otherEndsFirst;
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Period}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutablePeriod.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (start().isPresent() && end().isPresent() && end().get().isCertainlyBefore(start().get())) {
      throw new InvalidValueException("period", null, "end",
          "must not be before the start " + start().get() + ", got " + end().get());
    }
  }
}

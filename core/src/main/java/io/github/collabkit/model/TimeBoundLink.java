package io.github.collabkit.model;

import io.github.collabkit.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A link of an organization that holds for a time: its part in a partnership ({@link
 * Participation}) or an infrastructure ({@link InfrastructureParticipation}), or its relation to
 * another organization ({@link OrganizationRelation}). Like CERIF's link entities, each carries
 * its own status and period: when the organization joined and left, or that it is only foreseen.
 *
 * <pre>{@code
 * Participation oldenburg = Participation.builder()
 *     .organization(OrganizationRef.of("university-of-oldenburg"))
 *     .status(ParticipationStatus.PROSPECTIVE)
 *     .build();
 * oldenburg.mayHoldOn(LocalDate.of(2025, 1, 1)); // false: foreseen, not joined
 * }</pre>
 */
public interface TimeBoundLink {

  /**
   * Returns the organization the link is to or of. Required.
   *
   * @return the organization
   */
  OrganizationRef organization();

  /**
   * Returns where the link stands: current, former or only foreseen. Binds {@link
   * ParticipationStatus}; defaults to {@link ParticipationStatus#CURRENT}, the meaning of every
   * format 1.0 document.
   *
   * @return the status
   */
  @Value.Default
  default ParticipationStatus status() {
    return ParticipationStatus.CURRENT;
  }

  /**
   * Returns when the link holds: its start when the organization joined, its end when it left,
   * at the precision the source gives. A prospective link has no end.
   *
   * @return the period, if the source dates the link
   */
  Optional<Period> period();

  /**
   * Tells whether the link may hold on a day: it is not prospective and its period, if any, does
   * not certainly exclude the day. A former link without an end may have held on any day, so it
   * passes; use {@link #status()} for "holds now".
   *
   * @param day the day
   * @return {@code false} when the link is prospective or its period certainly excludes the day
   * @throws NullValueException when the day is null
   */
  default boolean mayHoldOn(LocalDate day) {
    Checks.argument("day", day);
    return status().isJoined() && period().map(p -> p.mayInclude(day)).orElse(true);
  }

  /**
   * Tells whether the link has been made: it holds or held, rather than being foreseen.
   *
   * @return {@code true} unless the status is {@link ParticipationStatus#PROSPECTIVE}
   */
  default boolean isJoined() {
    return status().isJoined();
  }
}

package io.github.collabkit.model;

import io.github.collabkit.internal.Checks;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A person at an {@link Event} with the parts they played, such as LUMC's dean who signed there.
 *
 * <pre>{@code
 * Attendee reinders = Attendee.builder().person(PersonRef.of("marlies-reinders"))
 *     .addRole(AttendeeRole.SIGNATORY).organization(OrganizationRef.of("lumc")).build();
 * }</pre>
 */
@Value.Immutable
@CollabkitStyle
public abstract class Attendee implements WithAttendee {

  /** Subclassed only by the implementation Immutables generates in this package. */
  Attendee() {}

  /**
   * Returns the person who attended. Required.
   *
   * @return the person
   */
  public abstract PersonRef person();

  /**
   * Returns the parts the person played. At least one; binds {@link AttendeeRole}.
   *
   * @return the roles
   */
  public abstract Set<AttendeeRole> roles();

  /**
   * Returns the organization the person attended for, when the source says.
   *
   * @return the organization, if stated
   */
  public abstract Optional<OrganizationRef> organization();

  /**
   * Tells whether the person played a part.
   *
   * @param role the role
   * @return {@code true} if {@link #roles()} holds it
   */
  public boolean has(AttendeeRole role) {
    return roles().contains(role);
  }

  /**
   * Returns an attendee with one role.
   *
   * @param person who attended
   * @param role the part they played
   * @return the attendee
   */
  public static Attendee of(PersonRef person, AttendeeRole role) {
    return builder().person(person).addRole(role).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Attendee}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableAttendee.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.atLeast("attendee", person().key(), "roles", roles(), 1);
  }
}

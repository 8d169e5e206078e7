package io.github.collabkit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something a partnership or strategy intends but has not done yet, such as a joint master's programme or
 * extending the collaboration to German universities.
 */
@Value.Immutable
@CollabkitStyle
public abstract class Ambition implements WithAmbition {

  /** Subclassed only by the implementation Immutables generates in this package. */
  Ambition() {}

  /**
   * Returns what is intended, in collabkit's own words. Required, not empty.
   *
   * @return the description
   */
  public abstract LocalizedText description();

  /**
   * Returns the organizations the ambition would involve beyond the parties, such as prospective
   * partners. Zero or more.
   *
   * @return the organizations
   */
  public abstract List<OrganizationRef> organizations();

  /**
   * Returns the year or date by which the ambition is meant to be reached, when stated.
   *
   * @return the horizon, if stated
   */
  public abstract Optional<PartialDate> horizon();

  /**
   * Returns how far the ambition has come, when the source says, such as intended ("voorgenomen")
   * or under consideration. Binds {@link AmbitionStatus}.
   *
   * @return the status, if stated
   */
  public abstract Optional<AmbitionStatus> status();

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Ambition}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableAmbition.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (description().isEmpty()) {
      throw new InvalidValueException("ambition", null, "description",
          "must be given in at least one language");
    }
  }
}

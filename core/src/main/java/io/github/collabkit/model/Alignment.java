package io.github.collabkit.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something a strategy aligns with, such as the course of a ministry.
 */
@Value.Immutable
@CollabkitStyle
public abstract class Alignment implements WithAlignment {

  /** Subclassed only by the implementation Immutables generates in this package. */
  Alignment() {}

  /**
   * Returns the organization whose course or policy is meant, if it is one.
   *
   * @return the organization
   */
  public abstract Optional<OrganizationRef> organization();

  /**
   * Returns what the strategy aligns with. Required, not empty.
   *
   * @return the description
   */
  public abstract LocalizedText description();

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Alignment}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableAlignment.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (description().isEmpty()) {
      throw new InvalidValueException("alignment", null, "description", "must be given in at least one language");
    }
  }
}

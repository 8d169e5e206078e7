package io.github.collabkit.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A position a person holds at an organization or unit for a time, such as dean of LUMC or
 * member of its Executive Board.
 */
@Value.Immutable
@CollabkitStyle
public abstract class Role implements WithRole {

  /** Subclassed only by the implementation Immutables generates in this package. */
  Role() {}

  /**
   * Returns the title of the position, in English and Dutch where known. Required, not empty.
   *
   * @return the title
   */
  public abstract LocalizedText title();

  /**
   * Returns the organization or unit where the position is held. Required.
   *
   * @return the organization
   */
  public abstract OrganizationRef organization();

  /**
   * Returns when the position was held, when the source says.
   *
   * @return the period, if known
   */
  public abstract Optional<Period> period();

  /**
   * Returns a role without a known period.
   *
   * @param title the title of the position
   * @param organization where it is held
   * @return the role
   */
  public static Role of(LocalizedText title, OrganizationRef organization) {
    return builder().title(title).organization(organization).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Role}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableRole.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (title().isEmpty()) {
      throw new InvalidValueException("role", organization().key(), "title",
          "must be given in at least one language");
    }
  }
}

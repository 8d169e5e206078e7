package io.github.collabkit.model;

import org.immutables.value.Value;

/**
 * An organization's role for an infrastructure: owner, host, operator, initiator, participant
 * or contributor.
 */
@Value.Immutable
@CollabkitStyle
public abstract class InfrastructureParticipation implements WithInfrastructureParticipation, TimeBoundLink {

  /** Subclassed only by the implementation Immutables generates in this package. */
  InfrastructureParticipation() {}

  /**
   * Returns the organization. Required.
   *
   * @return the organization
   */
  @Override
  public abstract OrganizationRef organization();

  /**
   * Returns its role. Required; binds {@link InfrastructureRole}.
   *
   * @return the role
   */
  public abstract InfrastructureRole role();

  /**
   * Returns a participation.
   *
   * @param organization the organization
   * @param role its role
   * @return the participation
   */
  public static InfrastructureParticipation of(OrganizationRef organization, InfrastructureRole role) {
    return builder().organization(organization).role(role).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InfrastructureParticipation}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableInfrastructureParticipation.Builder {
    Builder() {}
  }

  @Value.Check
  void checkStatusAndPeriod() {
    TimeBoundLinks.check("infrastructure participation", this);
  }
}

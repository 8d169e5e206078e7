package io.github.collabkit.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A link from an organization to another that is not its parent: a related organization,
 * predecessor, successor or affiliate.
 */
@Value.Immutable
@CollabkitStyle
public abstract class OrganizationRelation implements WithOrganizationRelation, TimeBoundLink {

  /** Subclassed only by the implementation Immutables generates in this package. */
  OrganizationRelation() {}

  /**
   * Returns how the target relates to the organization holding this relation. Required; binds
   * {@link RelationKind}.
   *
   * @return the relation kind
   */
  public abstract RelationKind kind();

  /**
   * Returns the related organization. Required.
   *
   * @return the reference
   */
  @Override
  public abstract OrganizationRef organization();

  /**
   * Returns where the relation stands: current, former or only foreseen. Binds {@link
   * ParticipationStatus}; defaults to {@link ParticipationStatus#CURRENT}, the meaning of every
   * format 1.0 document.
   *
   * @return the status
   */
  @Override
  @Value.Default
  public ParticipationStatus status() {
    return ParticipationStatus.CURRENT;
  }

  /**
   * Returns when the relation holds: from when the organization joined until it left, at the
   * precision the source gives. A prospective relation has no end.
   *
   * @return the period, if the source dates it
   */
  @Override
  public abstract Optional<Period> period();

  /**
   * Returns a relation.
   *
   * @param kind how the target relates
   * @param organization the target
   * @return the relation
   */
  public static OrganizationRelation of(RelationKind kind, OrganizationRef organization) {
    return builder().kind(kind).organization(organization).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OrganizationRelation}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableOrganizationRelation.Builder {
    Builder() {}
  }

  @Value.Check
  void checkStatusAndPeriod() {
    TimeBoundLinks.check("organization relation", this);
  }
}

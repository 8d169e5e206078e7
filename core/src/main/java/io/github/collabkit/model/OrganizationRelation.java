package io.github.collabkit.model;

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

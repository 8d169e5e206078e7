package io.github.collabkit.model;

import org.immutables.value.Value;

/**
 * A link from a partnership to an earlier one it continues, extends or intensifies.
 */
@Value.Immutable
@CollabkitStyle
public abstract class PartnershipLink implements WithPartnershipLink {

  /** Subclassed only by the implementation Immutables generates in this package. */
  PartnershipLink() {}

  /**
   * Returns how this partnership relates to the target. Required; binds
   * {@link PartnershipRelationKind}.
   *
   * @return the relation
   */
  public abstract PartnershipRelationKind relation();

  /**
   * Returns the earlier or related partnership. Required.
   *
   * @return the target
   */
  public abstract PartnershipRef partnership();

  /**
   * Returns a link.
   *
   * @param relation how this partnership relates to the target
   * @param partnership the target
   * @return the link
   */
  public static PartnershipLink of(PartnershipRelationKind relation, PartnershipRef partnership) {
    return builder().relation(relation).partnership(partnership).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PartnershipLink}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutablePartnershipLink.Builder {
    Builder() {}
  }
}

package io.github.collabkit.model;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Who may use an infrastructure and on what terms: the audience, how it reaches the
 * infrastructure, the access mode and the kinds of users the source names (after the EOSC
 * resource profile).
 */
@Value.Immutable
@CollabkitStyle
public abstract class AccessTerm implements WithAccessTerm {

  /** Subclassed only by the implementation Immutables generates in this package. */
  AccessTerm() {}

  /**
   * Returns the group of users this term is for. Required; binds {@link AccessAudience}.
   *
   * @return the audience
   */
  public abstract AccessAudience audience();

  /**
   * Returns the conditions, such as a fee or a data access request, when stated.
   *
   * @return the text, empty when not given
   */
  @Value.Default
  public LocalizedText conditions() {
    return LocalizedText.empty();
  }

  /**
   * Returns how users reach the infrastructure under this term: in person, by sending work, or over
   * a network. Zero or more; binds {@link AccessType}; empty when not stated.
   *
   * @return the access types
   */
  public abstract Set<AccessType> types();

  /**
   * Returns on what terms access is granted: freely, on approval, for a fee or after peer review.
   * Binds {@link AccessMode}.
   *
   * @return the mode, if stated
   */
  public abstract Optional<AccessMode> mode();

  /**
   * Returns the kinds of organization the source names as users under this term, such as general
   * practices, hospitals, public health services and universities of applied sciences for the umc
   * biobanks. Zero or more; binds {@link OrganizationType}. Whether they are all the users is said
   * by {@link Infrastructure#accessExhaustive()}.
   *
   * @return the named user types
   */
  public abstract Set<OrganizationType> targetUsers();

  /**
   * Returns a term without stated conditions.
   *
   * @param audience who may use the infrastructure
   * @return the access term
   */
  public static AccessTerm of(AccessAudience audience) {
    return builder().audience(audience).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AccessTerm}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableAccessTerm.Builder {
    Builder() {}
  }
}

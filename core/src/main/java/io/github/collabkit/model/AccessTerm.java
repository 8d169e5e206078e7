package io.github.collabkit.model;

import org.immutables.value.Value;

/**
 * Who may use an infrastructure and on what terms.
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

package io.github.collabkit.model;

import org.immutables.value.Value;

/**
 * A person who signed a partnership on behalf of one of its parties.
 */
@Value.Immutable
@CollabkitStyle
public abstract class Signatory implements WithSignatory {

  /** Subclassed only by the implementation Immutables generates in this package. */
  Signatory() {}

  /**
   * Returns the person who signed. Required.
   *
   * @return the person
   */
  public abstract PersonRef person();

  /**
   * Returns the party on whose behalf the person signed. Required.
   *
   * @return the organization
   */
  public abstract OrganizationRef organization();

  /**
   * Returns the body the person signed for within the party, when the source names one, such as
   * LUMC's Executive Board for its dean.
   *
   * @return the text, empty when not given
   */
  @Value.Default
  public LocalizedText onBehalfOf() {
    return LocalizedText.empty();
  }

  /**
   * Returns a signatory.
   *
   * @param person who signed
   * @param organization on whose behalf
   * @return the signatory
   */
  public static Signatory of(PersonRef person, OrganizationRef organization) {
    return builder().person(person).organization(organization).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Signatory}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableSignatory.Builder {
    Builder() {}
  }
}

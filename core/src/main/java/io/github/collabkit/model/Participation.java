package io.github.collabkit.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * An organization's part in a partnership: which organization or unit, in what role, and who
 * leads the work for it.
 */
@Value.Immutable
@CollabkitStyle
public abstract class Participation implements WithParticipation, TimeBoundLink {

  /** Subclassed only by the implementation Immutables generates in this package. */
  Participation() {}

  /**
   * Returns the participating organization or unit. Required.
   *
   * @return the organization
   */
  @Override
  public abstract OrganizationRef organization();

  /**
   * Returns the role the organization plays. Binds {@link PartyRole}; defaults to
   * {@link PartyRole#PARTNER}.
   *
   * @return the role
   */
  @Value.Default
  public PartyRole role() {
    return PartyRole.PARTNER;
  }

  /**
   * Returns the people who lead the partnership for this party. Zero or more.
   *
   * @return the leaders
   */
  public abstract List<PersonRef> leaders();

  /**
   * Returns what this party brings or does, when the source says.
   *
   * @return the text, empty when not given
   */
  @Value.Default
  public LocalizedText contribution() {
    return LocalizedText.empty();
  }

  /**
   * Returns a participation with a role and no named leaders.
   *
   * @param organization the organization
   * @param role its role
   * @return the participation
   */
  public static Participation of(OrganizationRef organization, PartyRole role) {
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

  /** Builds a {@link Participation}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableParticipation.Builder {
    Builder() {}
  }

  @Value.Check
  void checkStatusAndPeriod() {
    TimeBoundLinks.check("participation", this);
  }
}

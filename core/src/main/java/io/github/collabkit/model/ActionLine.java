package io.github.collabkit.model;

import java.util.Set;
import org.immutables.value.Value;

/**
 * One of a strategy's action lines, such as public-private partnerships, with the data a classifier
 * uses to decide which partnerships and infrastructures fall under it.
 *
 * <p>The criteria are data, not code: a partnership falls under an action line when a party has one
 * of its {@linkplain #partnerTypes() partner types} or {@linkplain #partnerSectors() sectors}, its
 * kind is one of the {@linkplain #partnershipKinds() partnership kinds}, it concerns one of the
 * {@linkplain #infrastructureKinds() infrastructure kinds}, or its reach is one of the {@linkplain
 * #scopes() scopes}.
 */
@Value.Immutable
@CollabkitStyle
public abstract class ActionLine implements WithActionLine {

  /** Subclassed only by the implementation Immutables generates in this package. */
  ActionLine() {}

  /**
   * Returns the key of this action line, unique in the landscape. Required.
   *
   * @return the key
   */
  public abstract ActionLineRef key();

  /**
   * Returns the name in Dutch and English. Required, not empty.
   *
   * @return the label
   */
  public abstract LocalizedText label();

  /**
   * Returns what the action line aims at, in collabkit's own words.
   *
   * @return the text, empty when not given
   */
  @Value.Default
  public LocalizedText description() {
    return LocalizedText.empty();
  }

  /**
   * Returns the partner organization types that put a partnership under this line.
   *
   * @return the types
   */
  public abstract Set<OrganizationType> partnerTypes();

  /**
   * Returns the partner sectors that put a partnership under this line.
   *
   * @return the sectors
   */
  public abstract Set<Sector> partnerSectors();

  /**
   * Returns the partnership kinds that fall under this line.
   *
   * @return the kinds
   */
  public abstract Set<PartnershipKind> partnershipKinds();

  /**
   * Returns the infrastructure kinds this line concerns.
   *
   * @return the kinds
   */
  public abstract Set<InfrastructureKind> infrastructureKinds();

  /**
   * Returns the geographic scopes this line concerns.
   *
   * @return the scopes
   */
  public abstract Set<GeographicScope> scopes();

  /**
   * Returns lower-case words or phrases in any language that signal this line in titles and
   * descriptions, such as {@code shared use} or {@code gedeeld gebruik}.
   *
   * @return the keywords
   */
  public abstract Set<String> keywords();

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActionLine}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableActionLine.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (label().isEmpty()) {
      throw new InvalidValueException("action line", key().key(), "label", "must be given in at least one language");
    }
  }
}

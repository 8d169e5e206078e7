package io.github.collabkit.model;

import java.util.Set;
import org.immutables.value.Value;

/**
 * One of a strategy's action lines, such as public-private partnerships, with the data a classifier
 * uses to decide which partnerships and infrastructures fall under it.
 *
 * <p>The criteria are data, not code; {@link io.github.collabkit.match.ActionLineClassifier} applies
 * them. A <em>partner</em> is a party (or an organization behind an infrastructure) that works with
 * one of the strategy's owners, so in a partnership of LUMC and Philips the partner is Philips;
 * when no owner takes part, every party is a partner. The <em>deciding</em> criteria are the
 * {@linkplain #partnerTypes() partner types}, {@linkplain #partnerSectors() partner sectors} and
 * {@linkplain #infrastructureKinds() infrastructure kinds}: when a line names any of them, a
 * partnership or infrastructure falls under it only if a partner has one of the types or sectors,
 * or it is or concerns an infrastructure of one of the kinds; the {@linkplain #partnershipKinds()
 * partnership kinds} and {@linkplain #keywords() keywords} then only add reasons. A line that names
 * no deciding criterion is decided by its partnership kinds and keywords. In both cases the reach
 * must not be known to lie outside the line's {@linkplain #scopes() scopes}, when it names any.
 */
@Value.Immutable
@CollabkitStyle
public abstract class ActionLine implements WithActionLine {

  /** Subclassed only by the implementation Immutables generates in this package. */
  ActionLine() {}

  /**
   * Returns the typed reference to this action line. Its {@linkplain ActionLineRef#key() key}
   * is unique in the landscape and is the {@code key} field in JSON. Required.
   *
   * @return the typed reference
   */
  public abstract ActionLineRef ref();

  /**
   * Returns the key of this action line, the text of its {@linkplain #ref() reference}.
   *
   * @return the key, such as {@code public-private-partnerships}
   */
  public String key() {
    return ref().key();
  }

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
   * Returns the partner organization types that put a partnership or infrastructure under this
   * line, such as {@code company} for public-private partnerships. Deciding; binds {@link
   * OrganizationType}.
   *
   * @return the types
   */
  public abstract Set<OrganizationType> partnerTypes();

  /**
   * Returns the partner sectors that put a partnership or infrastructure under this line, such as
   * {@code private-for-profit}. Deciding; binds {@link Sector}.
   *
   * @return the sectors
   */
  public abstract Set<Sector> partnerSectors();

  /**
   * Returns the partnership kinds typical of this line, such as {@code academic-workplace} for
   * regional collaboration. Deciding only when the line names no partner types, sectors or
   * infrastructure kinds; otherwise they add reasons. Binds {@link PartnershipKind}.
   *
   * @return the kinds
   */
  public abstract Set<PartnershipKind> partnershipKinds();

  /**
   * Returns the infrastructure kinds this line concerns, such as {@code compute} for smart
   * concentration: an infrastructure of such a kind, or a partnership that concerns one, falls
   * under the line. Deciding; binds {@link InfrastructureKind}.
   *
   * @return the kinds
   */
  public abstract Set<InfrastructureKind> infrastructureKinds();

  /**
   * Returns the geographic reaches this line is limited to, such as {@code regional} for
   * collaboration with care partners in the umc's own region. A partnership or infrastructure whose
   * stated reach, or whose parties' countries, put it outside every scope here does not fall under
   * the line; one whose reach is unknown does. Empty means any reach. Binds {@link GeographicScope}.
   *
   * @return the scopes, empty for no restriction
   */
  public abstract Set<GeographicScope> scopes();

  /**
   * Returns lower-case words or phrases in any language that signal this line in titles and
   * descriptions, such as {@code shared use} or {@code gedeeld gebruik}. A keyword matches where a
   * word of the text starts with it, ignoring case, diacritics and punctuation, so {@code bundel}
   * matches "bundelen". Deciding only when the line names no partner types, sectors or
   * infrastructure kinds; otherwise they add reasons.
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
      throw new InvalidValueException("action line", key(), "label", "must be given in at least one language");
    }
  }
}

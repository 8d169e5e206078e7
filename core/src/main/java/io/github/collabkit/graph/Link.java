package io.github.collabkit.graph;

import io.github.collabkit.internal.Checks;
import io.github.collabkit.model.EntityRef;
import io.github.collabkit.model.LocalizedText;
import io.github.collabkit.model.Period;
import java.util.Optional;
import java.util.Set;

/**
 * What links two organizations in the collaboration network: a partnership both are party to, an
 * infrastructure both have a role in, or one's membership of the other, with when and on which
 * themes.
 *
 * @param kind whether a partnership or an infrastructure links them
 * @param via the partnership's or infrastructure's key, or the consortium's for a membership
 * @param title the partnership's title, or the infrastructure's or consortium's display names in
 *     English and Dutch
 * @param period when the link holds: the partnership's period, else from its signing date on; the
 *     infrastructure's period; the membership's period; empty when unknown
 * @param themes the theme codes of the partnership and its work areas, or of the infrastructure;
 *     none for a membership
 */
public record Link(Kind kind, EntityRef via, LocalizedText title, Optional<Period> period, Set<String> themes) {

  /** What a link is made of. */
  public enum Kind {
    /** Both organizations are parties to the partnership. */
    PARTNERSHIP,
    /** Both organizations have a role in the infrastructure. */
    INFRASTRUCTURE,
    /**
     * One organization is a member of the other, a consortium or network such as RegMed XB; the
     * link's {@code via} is the consortium.
     */
    MEMBERSHIP
  }

  /**
   * Creates a link, copying the themes.
   *
   * @param kind whether a partnership or an infrastructure links them
   * @param via the partnership's or infrastructure's key, or the consortium's for a membership
   * @param title the partnership's title, or the infrastructure's or consortium's display names
   * @param period when the link holds: the partnership's period, else from its signing date on; the infrastructure's or membership's period; empty when unknown
   * @param themes the theme codes of the partnership and its work areas, or of the infrastructure; none for a membership
   */
  public Link {
    Checks.argument("kind", kind);
    Checks.argument("via", via);
    Checks.argument("title", title);
    Checks.argument("period", period);
    themes = Set.copyOf(themes);
  }

  /**
   * Returns a short description, such as {@code partnership lumc-ul-2021 (2021-12/)}.
   *
   * @return the description
   */
  public String describe() {
    String when = period.map(p -> " (" + p.start().map(Object::toString).orElse("") + "/"
        + p.end().map(Object::toString).orElse("") + ")").orElse("");
    return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + via.key() + when;
  }
}

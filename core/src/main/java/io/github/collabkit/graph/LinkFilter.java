package io.github.collabkit.graph;

import io.github.collabkit.internal.Checks;
import io.github.collabkit.model.InvalidValueException;
import io.github.collabkit.model.Period;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which links of the collaboration network a query follows: all, or only those that may hold in
 * a period, concern a theme, or are of some kinds. Immutable; each method returns a narrower
 * filter.
 *
 * <pre>{@code
 * LinkFilter f = LinkFilter.all().during(Period.between(PartialDate.ofYear(2025), PartialDate.ofYear(2030)))
 *     .theme("regenerative-medicine");
 * }</pre>
 */
public final class LinkFilter {
  private static final LinkFilter ALL = new LinkFilter(null, null, EnumSet.allOf(Link.Kind.class));

  private final Period period;
  private final String theme;
  private final Set<Link.Kind> kinds;

  private LinkFilter(Period period, String theme, Set<Link.Kind> kinds) {
    this.period = period;
    this.theme = theme;
    this.kinds = kinds;
  }

  /**
   * Returns the filter that lets every link through.
   *
   * @return the filter
   */
  public static LinkFilter all() {
    return ALL;
  }

  /**
   * Returns this filter, narrowed to links that may hold during a period: a link whose period
   * certainly ends before the period starts, or starts after it ends, is left out; a link whose
   * period is unknown is kept, since it may hold.
   *
   * @param during the period
   * @return the narrower filter
   */
  public LinkFilter during(Period during) {
    return new LinkFilter(Checks.argument("during", during), theme, kinds);
  }

  /**
   * Returns this filter, narrowed to links whose themes include a theme code.
   *
   * @param code the theme code, such as {@code regenerative-medicine}
   * @return the narrower filter
   */
  public LinkFilter theme(String code) {
    if (code == null || code.isBlank()) {
      throw new InvalidValueException("link filter", null, "theme", "must be a theme code, got '" + code + "'");
    }
    return new LinkFilter(period, code, kinds);
  }

  /**
   * Returns this filter, narrowed to links of one kind.
   *
   * @param kind partnership, infrastructure or membership
   * @return the narrower filter
   */
  public LinkFilter only(Link.Kind kind) {
    return new LinkFilter(period, theme, EnumSet.of(Checks.argument("kind", kind)));
  }

  /**
   * Tells whether a link passes.
   *
   * @param link the link
   * @return {@code true} if it passes every part of the filter
   */
  public boolean test(Link link) {
    if (!kinds.contains(link.kind())) {
      return false;
    }
    if (theme != null && !link.themes().contains(theme)) {
      return false;
    }
    return period == null || link.period().map(p -> p.mayOverlap(period)).orElse(true);
  }

  boolean isAll() {
    return this == ALL;
  }
}

package io.github.collabkit.match;

import io.github.collabkit.internal.Checks;
import io.github.collabkit.model.LocalizedText;

/**
 * One criterion of a {@link ResearchNeed} that an infrastructure meets, such as "offers
 * human challenge trials (required)".
 *
 * @param facet what kind of criterion
 * @param code the value asked for: a capability or theme code, a vocabulary code, a place or a term
 * @param importance whether it was a must-have or a nice-to-have
 * @param label the value's label in the landscape's languages (a concept's label, a vocabulary's
 *     labels, or the text as asked)
 */
public record MatchReason(Facet facet, String code, Importance importance, LocalizedText label) {

  /** The facets of a research need. */
  public enum Facet {
    /** A capability or service, from the {@code capability} scheme. */
    CAPABILITY,
    /** A theme, from the {@code theme} scheme. */
    THEME,
    /** A kind of infrastructure. */
    KIND,
    /** A geographic reach. */
    SCOPE,
    /** A city, region or country of an organization behind the infrastructure. */
    PLACE,
    /** A term in the coverage or description. */
    COVERAGE
  }

  /**
   * Creates a reason, rejecting nulls.
   *
   * @param facet what kind of criterion
   * @param code the value asked for: a capability or theme code, a vocabulary code, a place or a term
   * @param importance whether it was a must-have or a nice-to-have
   * @param label the value's label in the landscape's languages (a concept's label, a vocabulary's labels, or the text as asked)
   */
  public MatchReason {
    Checks.argument("facet", facet);
    Checks.argument("code", code);
    Checks.argument("importance", importance);
    Checks.argument("label", label);
  }

  /**
   * Returns the reason for a reader of a language, such as {@code offers Human challenge trials
   * (required)} or {@code biedt Humane infectiestudies (vereist)}.
   *
   * @param language a BCP 47 tag; {@code nl} gives Dutch, anything else English
   * @return the reason
   */
  public String text(String language) {
    boolean nl = language != null && language.startsWith("nl");
    String what;
    switch (facet) {
      case CAPABILITY:
        what = nl ? "biedt " : "offers ";
        break;
      case THEME:
        what = nl ? "thema " : "theme ";
        break;
      case KIND:
        what = nl ? "soort " : "kind ";
        break;
      case SCOPE:
        what = nl ? "reikwijdte " : "reach ";
        break;
      case PLACE:
        what = nl ? "gevestigd in " : "located in ";
        break;
      default:
        what = nl ? "dekt " : "covers ";
        break;
    }
    String importanceWord = importance == Importance.REQUIRED
        ? (nl ? "vereist" : "required")
        : (nl ? "gewenst" : "preferred");
    return what + label.text(nl ? "nl" : language) + " (" + importanceWord + ")";
  }
}

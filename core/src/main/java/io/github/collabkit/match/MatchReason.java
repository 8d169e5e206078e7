package io.github.collabkit.match;

import io.github.collabkit.internal.Checks;
import io.github.collabkit.model.LocalizedText;
import io.github.collabkit.model.Term;
import io.github.collabkit.model.Vocabulary;

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

  /**
   * The facets of a research need.
   *
   * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code}, Dutch and
   * English labels (the words a {@link MatchReason#text(String) reason} opens with, such as
   * {@code offers} or {@code biedt}) and a definition; see {@link Vocabulary}.
   */
  public enum Facet implements Vocabulary {
    /** A capability or service, from the {@code capability} scheme. Code {@code capability}. */
    CAPABILITY("capability", "offers", "biedt", "A capability or service, from the capability scheme."),
    /** A theme, from the {@code theme} scheme. Code {@code theme}. */
    THEME("theme", "theme", "thema", "A theme, from the theme scheme."),
    /** A kind of infrastructure. Code {@code kind}. */
    KIND("kind", "kind", "soort", "A kind of infrastructure."),
    /** A geographic reach. Code {@code scope}. */
    SCOPE("scope", "reach", "reikwijdte", "A geographic reach."),
    /** A city, region or country of an organization behind the infrastructure. Code {@code place}. */
    PLACE("place", "located in", "gevestigd in",
        "A city, region or country of an organization behind the infrastructure."),
    /** A term in the coverage or description. Code {@code coverage}. */
    COVERAGE("coverage", "covers", "dekt", "A term in the coverage or description.");

    private final Term term;

    Facet(String code, String labelEn, String labelNl, String definition) {
      this.term = new Term(code, labelEn, labelNl, definition);
    }

    @Override
    public Term term() {
      return term;
    }

    /**
     * Returns the constant with a code.
     *
     * @param code the code, such as {@code capability}
     * @return the constant
     * @throws io.github.collabkit.model.UnknownCodeException when no constant has that code
     */
    public static Facet fromCode(String code) {
      return Vocabulary.fromCode(Facet.class, code);
    }
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
   * (required)} or {@code biedt Humane infectiestudies (vereist)}: the facet's label, the value's
   * label and the importance's label, each chosen by {@link io.github.collabkit.model.Language}.
   *
   * @param language a BCP 47 tag; {@code nl}, {@code NL} or {@code nl-BE} give Dutch, anything else
   *     (including {@code null}) English
   * @return the reason
   */
  public String text(String language) {
    return facet.label(language) + " " + label.text(language) + " (" + importance.label(language) + ")";
  }
}

package io.github.collabkit.index;

import io.github.collabkit.internal.Checks;
import io.github.collabkit.model.NullValueException;
import java.util.Locale;

/**
 * One piece of evidence for or against a {@link Candidate}, as structured data: what kind it is,
 * what the text holds, what the organization has, and how much it moved the score. The English
 * sentence of {@link #describe()} is generated from these fields.
 *
 * <p>For "Dept. of Parasitology, LUMC, Leiden, the Netherlands" the candidate LUMC has the evidence
 * {@code (CITY_NAMED, "Leiden", "Leiden", +0.05)} and {@code (COUNTRY_NAMED, "NL", "NL", +0.03)}.
 *
 * @param kind what kind of evidence this is
 * @param found what the text holds, such as a city, a country code, another organization's name or
 *     a part of the text; never null, may be empty
 * @param expected what the organization has, such as its city or country code; never null, empty
 *     when the kind compares nothing
 * @param effect how much this evidence added to (positive) or took from (negative) the score; 0
 *     when it decided acceptance rather than the score
 */
public record Evidence(Kind kind, String found, String expected, double effect) {

  /** What a piece of evidence says about a candidate. */
  public enum Kind {
    /** The whole text is an identifier of the organization (a ROR id, a website). */
    IDENTIFIER("identifier"),
    /** The organization's city is named elsewhere in the text. */
    CITY_NAMED("city-named"),
    /** The organization's country is named in the text (or a Dutch postcode for NL). */
    COUNTRY_NAMED("country-named"),
    /** The text names a city that is not the organization's city. */
    CITY_CONTRADICTS("city-contradicts"),
    /** The text names a country and not the organization's country. */
    COUNTRY_CONTRADICTS("country-contradicts"),
    /** A parent of the organization is named in the text too. */
    PARENT_NAMED("parent-named"),
    /** A unit of the organization is named in the text too. */
    UNIT_NAMED("unit-named"),
    /**
     * An organization related to this one in another hierarchy (a university and its medical
     * centre) is named in the text too: the two are read as one affiliation.
     */
    RELATED_NAMED("related-named"),
    /**
     * The organization is a university named last, after its own units or organizations the
     * index does not link to it: the institution the affiliation is written for.
     */
    INSTITUTION_LAST("institution-last"),
    /**
     * The organization shares the name the text writes with a namesake elsewhere, and nothing in
     * the text tells them apart, but the index refers to it far more often: it is the one meant.
     */
    PROMINENT("prominent"),
    /** The answer is the organization a named unit belongs to ({@link Level#TOP_LEVEL}). */
    BELONGS_TO("belongs-to"),
    /** The match lies inside a longer match of another organization's name. */
    INSIDE_LONGER_MATCH("inside-longer-match"),
    /** An acronym or short generic name is supported by context, location or uniqueness. */
    SUPPORTED("supported"),
    /** An acronym or short generic name has nothing in the text to support it. */
    UNSUPPORTED("unsupported"),
    /** The matched words come from two parts of the text and nothing else supports them. */
    SPANS_PARTS("spans-parts"),
    /** A word of the text was read as a name word one edit away ("Erasmsu" as "erasmus"). */
    SPELLING("spelling"),
    /** The text holds the name's words in another order. */
    WORD_ORDER("word-order"),
    /**
     * The text writes the whole name as the organization does, word for word, not through
     * synonyms or plurals ("National Institutes of Health", not "National Institute of Health").
     */
    AS_WRITTEN("as-written"),
    /**
     * The match is a name of common words beside another organization's proper name, read as the
     * name of a unit of that organization ("Institute of Medical Sciences, University of Toronto").
     */
    UNIT_OF_ANOTHER("unit-of-another");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /**
     * Returns the stable lowercase code of this kind, as written in JSON.
     *
     * @return the code, such as {@code city-named}
     */
    public String code() {
      return code;
    }
  }

  /**
   * Creates a piece of evidence.
   *
   * @param kind what kind of evidence this is
   * @param found what the text holds
   * @param expected what the organization has
   * @param effect how much it moved the score
   * @throws NullValueException when the kind, found or expected is null
   */
  public Evidence {
    Checks.argument("kind", kind);
    Checks.argument("found", found);
    Checks.argument("expected", expected);
  }

  /**
   * Tells whether this evidence counts against the candidate.
   *
   * @return {@code true} for contradictions, missing support and matches inside longer ones
   */
  public boolean isAgainst() {
    switch (kind) {
      case CITY_CONTRADICTS:
      case COUNTRY_CONTRADICTS:
      case INSIDE_LONGER_MATCH:
      case UNSUPPORTED:
      case SPANS_PARTS:
      case WORD_ORDER:
      case UNIT_OF_ANOTHER:
        return true;
      default:
        return effect < 0;
    }
  }

  /**
   * Says the evidence in a short English phrase, such as {@code city Leiden named} or {@code text
   * names country BE, organization is in NL}.
   *
   * @return the phrase
   */
  public String describe() {
    switch (kind) {
      case IDENTIFIER: return "text is its " + found;
      case CITY_NAMED: return "city " + found + " named";
      case COUNTRY_NAMED: return "country " + found + " named";
      case CITY_CONTRADICTS:
        return "text names city " + found + ", organization is in " + expected;
      case COUNTRY_CONTRADICTS:
        return "text names country " + found + ", organization is in " + expected;
      case PARENT_NAMED: return "its parent " + found + " is named too";
      case UNIT_NAMED: return "its unit " + found + " is named too";
      case RELATED_NAMED: return "related organization " + found + " is named too";
      case INSTITUTION_LAST:
        return "a university named last, after its units or organizations not linked to it";
      case PROMINENT:
        return "referred to by " + found + " organizations of the index, its namesake "
            + expected + " by fewer";
      case BELONGS_TO: return "the text names its unit " + found;
      case INSIDE_LONGER_MATCH: return "part of the longer match '" + found + "'";
      case SUPPORTED: return "short name supported by " + found;
      case UNSUPPORTED:
        return "short name '" + found + "' with nothing to support it (no context word, city or"
            + " country)";
      case SPANS_PARTS: return "the match spans two parts of the text and has no location evidence";
      case SPELLING: return "'" + found + "' read as '" + expected + "'";
      case AS_WRITTEN: return "written as its name '" + expected + "'";
      case UNIT_OF_ANOTHER:
        return "'" + found + "' is a name of common words beside " + expected
            + ", read as a unit of it";
      case WORD_ORDER: return "words in another order than in the name";
      default: throw new AssertionError(kind);
    }
  }

  @Override
  public String toString() {
    return effect == 0 ? describe()
        : describe() + String.format(Locale.ROOT, " (%+.3f)", effect);
  }
}

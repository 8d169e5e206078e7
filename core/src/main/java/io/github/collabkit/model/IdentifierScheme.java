package io.github.collabkit.model;

import java.util.Optional;

/**
 * The registries and schemes an organization {@link Identifier} can come from, each with the rule
 * its values must follow and the canonical form they are stored in.
 *
 * <p>{@link #normalize(String)} accepts the forms people write ({@code https://ror.org/05xvt9f17},
 * an ISNI with spaces, a lower-case Wikidata id) and returns the canonical one; {@link
 * #problem(String)} says what is wrong with a canonical value, if anything.
 */
public enum IdentifierScheme implements Vocabulary {
  /**
   * Research Organization Registry id: {@code 0}, six Crockford base32 characters and two checksum
   * digits (ISO 7064 mod 97-10), canonically without the {@code https://ror.org/} prefix. Code
   * {@code ror}.
   */
  ROR("ror", "ROR ID", "ROR-ID", "Research Organization Registry identifier."),

  /**
   * International Standard Name Identifier: sixteen characters, the last a mod 11-2 check
   * character, canonically without spaces. Code {@code isni}.
   */
  ISNI("isni", "ISNI", "ISNI", "International Standard Name Identifier."),

  /** Wikidata item id such as {@code Q1636164}. Code {@code wikidata}. */
  WIKIDATA("wikidata", "Wikidata ID", "Wikidata-ID", "Wikidata item identifier."),

  /** Global Research Identifier Database id such as {@code grid.10419.3d}. Code {@code grid}. */
  GRID("grid", "GRID ID", "GRID-ID", "Global Research Identifier Database identifier (retired)."),

  /** The Crossref Funder Registry id (digits). Code {@code fundref}. */
  FUNDREF("fundref", "Crossref Funder ID", "Crossref Funder-ID", "Crossref Funder Registry identifier."),

  /** The official website, an absolute http or https URL. Code {@code website}. */
  WEBSITE("website", "Website", "Website", "Official website address."),

  /** Dutch Chamber of Commerce (KvK) number: eight digits. Code {@code kvk}. */
  KVK("kvk", "KvK number", "KvK-nummer", "Dutch Chamber of Commerce registration number.");

  private final Term term;

  IdentifierScheme(String code, String labelEn, String labelNl, String definition) {
    this.term = new Term(code, labelEn, labelNl, definition);
  }

  @Override
  public Term term() {
    return term;
  }

  /**
   * Returns the canonical form of a value written in any common form of this scheme.
   *
   * <p>Strips URL prefixes ({@code https://ror.org/}, {@code ror.org/}, {@code
   * https://www.wikidata.org/wiki/}, {@code https://isni.org/isni/}), spaces in ISNIs, and
   * surrounding white space; upper-cases Wikidata ids and ISNI check characters and lower-cases ROR
   * ids. It does not validate: use {@link #problem(String)} on the result.
   *
   * @param text the value as written
   * @return the canonical form
   */
  public String normalize(String text) {
    return IdentifierSyntax.normalize(this, text);
  }

  /**
   * Says what is wrong with a canonical value of this scheme, if anything.
   *
   * @param value a canonical value, as {@link #normalize(String)} returns it
   * @return the broken rule, or empty when the value is valid
   */
  public Optional<String> problem(String value) {
    return Optional.ofNullable(IdentifierSyntax.problem(this, value));
  }

  /**
   * Returns the constant with a code.
   *
   * @param code the code as it appears in JSON
   * @return the constant
   * @throws UnknownCodeException when no constant has that code
   */
  public static IdentifierScheme fromCode(String code) {
    return Vocabulary.fromCode(IdentifierScheme.class, code);
  }
}

package io.github.collabkit.model;

import java.util.List;

/**
 * A term of one of collabkit's controlled vocabularies, such as {@link PartnershipKind} or
 * {@link OrganizationType}.
 *
 * <p>Every constant carries a stable lower-case {@linkplain #code() code} (what goes into JSON and
 * the JSON Schema; renaming a Java constant never changes it), Dutch and English labels and a
 * one-line definition. Look a constant up by code with the enum's own {@code fromCode}, or with
 * {@link #fromCode(Class, String)}, which fails with the list of allowed codes.
 */
public interface Vocabulary {

  /**
   * Returns the code, labels and definition of this term.
   *
   * @return the term, never {@code null}
   */
  Term term();

  /**
   * Returns the stable code of this term as it appears in JSON.
   *
   * @return a lower-case code such as {@code memorandum-of-understanding}
   */
  default String code() {
    return term().code();
  }

  /**
   * Returns the label of this term for a reader of a language, chosen by {@link Language#of(String)}.
   *
   * @param language a BCP 47 language tag; {@code nl}, {@code NL} or {@code nl-BE} give Dutch,
   *     anything else (including {@code null}) English
   * @return the label to show to people
   */
  default String label(String language) {
    return Language.of(language).choose(term().labelNl(), term().labelEn());
  }

  /**
   * Returns the one-line English definition of this term.
   *
   * @return the definition
   */
  default String definition() {
    return term().definition();
  }

  /**
   * Finds the constant of a vocabulary by its code.
   *
   * @param <E> the vocabulary type
   * @param type the vocabulary's enum class
   * @param code the code, exactly as in JSON
   * @return the constant with that code
   * @throws UnknownCodeException when no constant has that code; its message lists the allowed codes
   */
  static <E extends Enum<E> & Vocabulary> E fromCode(Class<E> type, String code) {
    E found = VocabularyCodes.find(type, code);
    if (found == null) {
      throw new UnknownCodeException(type.getSimpleName(), code, codes(type));
    }
    return found;
  }

  /**
   * Returns the codes of a vocabulary in declaration order.
   *
   * @param <E> the vocabulary type
   * @param type the vocabulary's enum class
   * @return the codes, unmodifiable
   */
  static <E extends Enum<E> & Vocabulary> List<String> codes(Class<E> type) {
    return VocabularyCodes.codes(type);
  }

}

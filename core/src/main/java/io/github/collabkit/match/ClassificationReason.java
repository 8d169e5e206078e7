package io.github.collabkit.match;

import io.github.collabkit.internal.Checks;
import io.github.collabkit.model.EntityRef;
import io.github.collabkit.model.LocalizedText;
import java.util.Optional;

/**
 * Why a partnership or infrastructure falls under an action line: which rule of the line matched,
 * on which value, through which organization or infrastructure, in words for people.
 *
 * <p>For the LUMC–Leiden University research IT agreement under inter-university collaboration the
 * reason is {@code PARTNER_TYPE}, code {@code university}, source {@code leiden-university}, text
 * "party Leiden University: type University" (Dutch: "partij Universiteit Leiden: type
 * Universiteit").
 *
 * @param criterion which rule of the action line matched
 * @param code the code that matched: a vocabulary code such as {@code university}, or the keyword
 * @param source the organization or infrastructure that carried the value, empty when it is the
 *     partnership or infrastructure itself
 * @param text the explanation in English and Dutch
 */
public record ClassificationReason(Criterion criterion, String code, Optional<EntityRef> source, LocalizedText text) {

  /** The rules of an {@link io.github.collabkit.model.ActionLine} a reason can come from. */
  public enum Criterion {
    /** A party has one of the line's partner types ({@code ActionLine.partnerTypes()}). */
    PARTNER_TYPE,
    /** A party is in one of the line's sectors ({@code ActionLine.partnerSectors()}). */
    PARTNER_SECTOR,
    /** The partnership is of one of the line's kinds ({@code ActionLine.partnershipKinds()}). */
    PARTNERSHIP_KIND,
    /** The infrastructure, or one the partnership concerns, is of one of the line's kinds. */
    INFRASTRUCTURE_KIND,
    /** The title or description holds one of the line's keywords. */
    KEYWORD
  }

  /**
   * Creates a reason, rejecting nulls.
   *
   * @param criterion which rule of the action line matched
   * @param code the code that matched: a vocabulary code such as {@code university}, or the keyword
   * @param source the organization or infrastructure that carried the value, empty when it is the partnership or infrastructure itself
   * @param text the explanation in English and Dutch
   */
  public ClassificationReason {
    Checks.argument("criterion", criterion);
    Checks.argument("code", code);
    Checks.argument("source", source);
    Checks.argument("text", text);
  }

  /**
   * Returns the explanation for a reader of a language.
   *
   * @param language a BCP 47 tag; {@code nl} gives Dutch, anything else English
   * @return the explanation
   */
  public String text(String language) {
    return text.text(language);
  }
}

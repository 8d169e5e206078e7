package io.github.collabkit.match;

import io.github.collabkit.internal.Checks;
import io.github.collabkit.model.AccessTerm;
import io.github.collabkit.model.Infrastructure;
import io.github.collabkit.model.LocalizedText;
import java.util.List;

/**
 * An infrastructure that fits a {@link ResearchNeed}, with why, its score, and the access terms
 * that apply to the requester.
 *
 * @param infrastructure the infrastructure
 * @param score how many wanted values it meets, must-haves and nice-to-haves alike; higher is better
 * @param usability whether the requester may use it
 * @param access the access terms that apply to the requester, with their conditions; empty when
 *     none applies or none is stated
 * @param reasons the criteria met, by facet in the order capability, theme, kind, scope, place,
 *     coverage, and within a facet in the order the need gives
 * @param accessNote why the requester may or may not use it, in English and Dutch
 */
public record InfrastructureMatch(
    Infrastructure infrastructure, int score, Usability usability, List<AccessTerm> access,
    List<MatchReason> reasons, LocalizedText accessNote) {

  /**
   * Creates a match, copying the lists.
   *
   * @param infrastructure the infrastructure
   * @param score how many wanted values it meets, must-haves and nice-to-haves alike; higher is better
   * @param usability whether the requester may use it
   * @param access the access terms that apply to the requester, with their conditions; empty when none applies or none is stated
   * @param reasons the criteria met, by facet in the order capability, theme, kind, scope, place, coverage, and within a facet in the order the need gives
   * @param accessNote why the requester may or may not use it, in English and Dutch
   */
  public InfrastructureMatch {
    Checks.argument("infrastructure", infrastructure);
    Checks.argument("usability", usability);
    access = List.copyOf(access);
    reasons = List.copyOf(reasons);
    Checks.argument("accessNote", accessNote);
  }

  /**
   * Returns one readable line: key, name, score, usability, reasons and access, such as {@code
   * infect-nl INFECT-NL [score 2, usable] offers Human challenge trials (required); ... | access: ...}.
   *
   * @param language a BCP 47 tag; {@code nl}, {@code NL} or {@code nl-BE} give Dutch, anything else
   *     (including {@code null}) English, as {@link io.github.collabkit.model.Language#of(String)} decides
   * @return the line
   */
  public String explain(String language) {
    StringBuilder sb = new StringBuilder()
        .append(infrastructure.key()).append(' ').append(infrastructure.displayName(language))
        .append(" [score ").append(score).append(", ").append(usability.label(language)).append("] ");
    for (int i = 0; i < reasons.size(); i++) {
      sb.append(i == 0 ? "" : "; ").append(reasons.get(i).text(language));
    }
    return sb.append(" | ").append(accessNote.text(language)).toString();
  }

  /**
   * Returns a short form for logs and debuggers: the infrastructure's key, the usability and the
   * score, such as {@code InfrastructureMatch[infect-nl, USABLE, score 2]}; the infrastructure itself
   * is not printed (see {@link #explain} for the readable line).
   *
   * @return the short form
   */
  @Override
  public String toString() {
    return "InfrastructureMatch[" + infrastructure.key() + ", " + usability + ", score " + score + "]";
  }
}

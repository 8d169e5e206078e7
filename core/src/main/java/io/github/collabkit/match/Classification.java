package io.github.collabkit.match;

import io.github.collabkit.internal.Checks;
import io.github.collabkit.model.ActionLine;
import io.github.collabkit.model.ActionLineRef;
import io.github.collabkit.model.EntityRef;
import io.github.collabkit.model.Language;
import io.github.collabkit.model.LocalizedText;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The action lines a partnership or infrastructure falls under, each with its reasons, and the
 * lines it would have fallen under but for their reach.
 *
 * @param subject the partnership or infrastructure classified
 * @param assignments the lines it falls under, in the strategy's order, each with at least one reason
 * @param exclusions the lines whose rules matched but whose scopes exclude its reach, in the
 *     strategy's order
 * @param unresolved references the subject makes that the landscape does not hold (organizations
 *     or infrastructures); they gave no reasons
 */
public record Classification(
    EntityRef subject, List<Assignment> assignments, List<Exclusion> exclusions, List<EntityRef> unresolved) {

  /**
   * Creates a classification, copying the lists.
   *
   * @param subject the partnership or infrastructure classified
   * @param assignments the lines it falls under, in the strategy's order, each with at least one reason
   * @param exclusions the lines whose rules matched but whose scopes exclude its reach, in the strategy's order
   * @param unresolved references the subject makes that the landscape does not hold (organizations or infrastructures); they gave no reasons
   */
  public Classification {
    Checks.argument("subject", subject);
    assignments = List.copyOf(assignments);
    exclusions = List.copyOf(exclusions);
    unresolved = List.copyOf(unresolved);
  }

  /**
   * Returns the keys of the lines the subject falls under.
   *
   * @return the keys in the strategy's order
   */
  public List<ActionLineRef> lines() {
    return assignments.stream().map(a -> a.line().ref()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Tells whether the subject falls under a line.
   *
   * @param line the line's key
   * @return {@code true} if an assignment is to that line
   */
  public boolean isUnder(ActionLineRef line) {
    return assignments.stream().anyMatch(a -> a.line().ref().equals(line));
  }

  /**
   * Returns the reasons the subject falls under a line.
   *
   * @param line the line's key
   * @return the reasons, empty when the subject does not fall under the line
   */
  public List<ClassificationReason> reasons(ActionLineRef line) {
    return assignments.stream().filter(a -> a.line().ref().equals(line)).findFirst()
        .map(Assignment::reasons).orElse(List.of());
  }

  /**
   * Returns a readable explanation, one line per assignment and exclusion, such as {@code
   * lumc-ul-2021 -> Interuniversitaire samenwerking: partij Universiteit Leiden: type Universiteit}.
   *
   * @param language a BCP 47 tag; {@code nl}, {@code NL} or {@code nl-BE} give Dutch, anything else
   *     (including {@code null}) English, as {@link Language#of(String)} decides
   * @return the explanation; {@code "<key> -> (none)"} when the subject falls under no line
   */
  public String explain(String language) {
    StringBuilder sb = new StringBuilder();
    for (Assignment a : assignments) {
      sb.append(subject.key()).append(" -> ").append(a.line().label().text(language)).append(": ")
          .append(a.reasons().stream().map(r -> r.text(language)).collect(Collectors.joining("; ")))
          .append('\n');
    }
    for (Exclusion e : exclusions) {
      sb.append(subject.key()).append(" -/> ").append(e.line().label().text(language)).append(": ")
          .append(e.why().text(language)).append('\n');
    }
    if (assignments.isEmpty()) {
      sb.append(subject.key()).append(" -> (").append(Language.of(language).choose("geen", "none")).append(")\n");
    }
    return sb.toString();
  }

  /**
   * An action line the subject falls under, with why.
   *
   * @param line the action line
   * @param reasons the rules that matched, at least one, in the order criteria are checked
   */
  public record Assignment(ActionLine line, List<ClassificationReason> reasons) {
    /**
     * Creates an assignment, copying the reasons.
     *
     * @param line the action line
     * @param reasons the rules that matched
     */
    public Assignment {
      Checks.argument("line", line);
      reasons = List.copyOf(reasons);
    }
  }

  /**
   * An action line whose rules matched but whose scopes leave out the subject's reach, such as a
   * joint lab with a French hospital under a line limited to regional collaboration.
   *
   * @param line the action line
   * @param signals the rules that matched
   * @param why why the reach falls outside, in English and Dutch
   */
  public record Exclusion(ActionLine line, List<ClassificationReason> signals, LocalizedText why) {
    /**
     * Creates an exclusion, copying the signals.
     *
     * @param line the action line
     * @param signals the rules that matched
     * @param why why the reach falls outside
     */
    public Exclusion {
      Checks.argument("line", line);
      signals = List.copyOf(signals);
      Checks.argument("why", why);
    }
  }
}

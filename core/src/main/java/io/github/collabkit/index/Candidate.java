package io.github.collabkit.index;

import io.github.collabkit.internal.Checks;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NullValueException;
import io.github.collabkit.model.Organization;
import java.util.List;

/**
 * An organization that a free text may refer to, with how well it fits and why.
 *
 * <p>For "Dept. of Parasitology, Leids Universitair Medisch Centrum, Leiden, the Netherlands" the
 * candidate LUMC has the matched text {@code Leids Universitair Medisch Centrum}, the name it
 * matched (the Dutch label) and the evidence {@code city Leiden named}, {@code country NL named}.
 *
 * @param organization the organization
 * @param score how well it fits, from 0 (not at all) to about 1 (a name written out in full, with
 *     its city or country); compare scores only between candidates of one index
 * @param name the organization's name that matched
 * @param matchedText the part of the text that matched the name
 * @param start where the matched text starts in the text (a char index)
 * @param end where the matched text ends in the text (exclusive)
 * @param evidence the other evidence taken into account, such as the city Leiden named, or a
 *     country named that is not the organization's; see {@link Evidence}
 */
public record Candidate(Organization organization, double score, Name name, String matchedText,
    int start, int end, List<Evidence> evidence) {

  /**
   * Creates a candidate.
   *
   * @param organization the organization
   * @param score how well it fits
   * @param name the name that matched
   * @param matchedText the part of the text that matched
   * @param start where the match starts
   * @param end where the match ends (exclusive)
   * @param evidence the other evidence taken into account
   * @throws NullValueException when the organization, name, matched text or evidence is null
   */
  public Candidate {
    Checks.argument("organization", organization);
    Checks.argument("name", name);
    Checks.argument("matchedText", matchedText);
    evidence = List.copyOf(Checks.argument("evidence", evidence));
  }

  /**
   * Explains the match in one line, such as {@code 'Leids Universitair Medisch Centrum' matched
   * label 'Leids Universitair Medisch Centrum' of Leiden University Medical Center [05xvt9f17]}.
   *
   * @return the explanation
   */
  public String explain() {
    StringBuilder sb = new StringBuilder();
    sb.append('\'').append(matchedText).append("' matched ").append(name.kind().code())
        .append(" '").append(name.value()).append("' of ").append(organization.displayName())
        .append(" [").append(organization.ref()).append(']');
    for (Evidence e : evidence) {
      sb.append("; ").append(e.describe());
    }
    sb.append(String.format(java.util.Locale.ROOT, " (score %.3f)", score));
    return sb.toString();
  }
}

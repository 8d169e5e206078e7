package io.github.collabkit.match;

import io.github.collabkit.internal.Checks;
import io.github.collabkit.model.AccessAudience;
import java.util.List;
import java.util.Set;

/**
 * The infrastructures that fit a {@link ResearchNeed}, best first, with notices about parts of
 * the need the landscape does not know.
 *
 * <p>Order: usable before access-unknown before not usable (listed only when asked), then by
 * score, highest first, then by infrastructure key, so equal inputs always give the same order.
 *
 * @param need the need asked
 * @param matches the matches, best first
 * @param audiences the access audiences the requester belongs to (without {@code internal} and
 *     {@code members}, which depend on the infrastructure)
 * @param notices what in the need the landscape does not know, such as {@code capability 'mri-7t'
 *     is not defined in the landscape and no infrastructure offers it}; a required value that is
 *     unknown leaves no match
 */
public record MatchResult(
    ResearchNeed need, List<InfrastructureMatch> matches, Set<AccessAudience> audiences, List<String> notices) {

  /**
   * Creates a result, copying the collections.
   *
   * @param need the need asked
   * @param matches the matches, best first
   * @param audiences the access audiences the requester belongs to (without {@code internal} and {@code members}, which depend on the infrastructure)
   * @param notices what in the need the landscape does not know, such as {@code capability 'mri-7t' is not defined in the landscape and no infrastructure offers it}; a required value that is unknown leaves no match
   */
  public MatchResult {
    Checks.argument("need", need);
    matches = List.copyOf(matches);
    audiences = Set.copyOf(audiences);
    notices = List.copyOf(notices);
  }

  /**
   * Returns the readable listing: one line per match (see {@link InfrastructureMatch#explain}),
   * then one per notice.
   *
   * @param language a BCP 47 tag; {@code nl} gives Dutch, anything else English
   * @return the listing, ending with a newline when not empty
   */
  public String explain(String language) {
    StringBuilder sb = new StringBuilder();
    for (InfrastructureMatch m : matches) {
      sb.append(m.explain(language)).append('\n');
    }
    for (String n : notices) {
      sb.append("! ").append(n).append('\n');
    }
    return sb.toString();
  }

  /**
   * Returns a short form for logs and debuggers: each match's key, usability and score, and how
   * many notices there are, such as {@code MatchResult[infect-nl USABLE 2, ncc
   * UNKNOWN 1; notices 0]}; infrastructures are not printed (see {@link #explain}).
   *
   * @return the short form
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("MatchResult[");
    for (int i = 0; i < matches.size(); i++) {
      InfrastructureMatch m = matches.get(i);
      sb.append(i == 0 ? "" : ", ").append(m.infrastructure().key()).append(' ').append(m.usability())
          .append(' ').append(m.score());
    }
    return sb.append(matches.isEmpty() ? "" : "; ").append("notices ").append(notices.size()).append(']').toString();
  }
}

package io.github.collabkit.index;

import io.github.collabkit.model.Organization;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to resolving a free text such as an affiliation string: the organization it names,
 * or none when the index is not sure, with the best candidate, the runner-up and an explanation.
 *
 * <pre>{@code
 * Resolution r = index.resolve("Dept. of Parasitology, Leids Universitair Medisch Centrum, Leiden");
 * r.organization();   // LUMC
 * r.explanation();    // which part of the text matched which name, and why not the runner-up
 * }</pre>
 */
public final class Resolution {
  private final String text;
  private final Candidate top;
  private final Candidate runnerUp;
  private final boolean resolved;
  private final String reason;

  Resolution(String text, Candidate top, Candidate runnerUp, boolean resolved, String reason) {
    this.text = Objects.requireNonNull(text, "text");
    this.top = top;
    this.runnerUp = runnerUp;
    this.resolved = resolved;
    this.reason = reason;
  }

  /**
   * Returns the text that was resolved.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Tells whether the text was resolved to an organization.
   *
   * @return {@code true} when {@link #organization()} is present
   */
  public boolean isResolved() {
    return resolved;
  }

  /**
   * Returns the organization the text names, when the index is sure enough.
   *
   * @return the organization, or empty when unsure or when nothing matched
   */
  public Optional<Organization> organization() {
    return resolved ? Optional.of(top.organization()) : Optional.empty();
  }

  /**
   * Returns the accepted candidate, when the text was resolved.
   *
   * @return the best candidate, or empty when unsure
   */
  public Optional<Candidate> best() {
    return resolved ? Optional.of(top) : Optional.empty();
  }

  /**
   * Returns the highest-scoring candidate, whether or not it was accepted. Only names that the
   * text holds nearly whole (enough that they could be accepted or could block another) are
   * scored, so a loosely matching name is not reported here.
   *
   * @return the top candidate, or empty when no name matched closely enough
   */
  public Optional<Candidate> top() {
    return Optional.ofNullable(top);
  }

  /**
   * Returns the second-best candidate, another organization.
   *
   * @return the runner-up, or empty when there was only one candidate or none
   */
  public Optional<Candidate> runnerUp() {
    return Optional.ofNullable(runnerUp);
  }

  /**
   * Returns the score of the top candidate.
   *
   * @return the score, 0 when nothing matched
   */
  public double score() {
    return top == null ? 0 : top.score();
  }

  /**
   * Returns why the text was or was not resolved, in one short English phrase, such as {@code the
   * text is an identifier of the organization} or {@code no name matched closely enough to be a
   * candidate}.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * Explains the answer: the matched name and evidence of the top candidate and the runner-up,
   * and why the answer was accepted or not.
   *
   * @return the explanation, several lines
   */
  public String explanation() {
    StringBuilder sb = new StringBuilder();
    sb.append(resolved ? "resolved: " : "not resolved: ").append(reason);
    if (top != null) {
      sb.append("\n  best: ").append(top.explain());
    }
    if (runnerUp != null) {
      sb.append("\n  runner-up: ").append(runnerUp.explain());
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return resolved
        ? String.format(Locale.ROOT, "Resolution[%s -> %s (%.3f)]", text, top.organization().key(),
            top.score())
        : "Resolution[" + text + " -> none]";
  }
}

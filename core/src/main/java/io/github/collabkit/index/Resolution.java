package io.github.collabkit.index;

import io.github.collabkit.internal.Checks;
import io.github.collabkit.model.Organization;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The answer to resolving a free text such as an affiliation string: its {@link Status}, the
 * organization it names when resolved, the best candidate, the runner-up, every organization the
 * text names, and an explanation generated from them.
 *
 * <pre>{@code
 * Resolution r = index.resolve("Dept. of Parasitology, Leids Universitair Medisch Centrum, Leiden");
 * r.status();         // RESOLVED
 * r.organization();   // LUMC
 * r.named();          // every organization named, in text order, with span and evidence
 * r.explanation();    // which part of the text matched which name, and why not the runner-up
 * }</pre>
 */
public final class Resolution {

  /** Why a text was or was not resolved to an organization. */
  public enum Status {
    /** An organization was accepted: {@link #organization()} is present. */
    RESOLVED("resolved"),
    /** The text was empty or blank. */
    EMPTY("empty"),
    /** No name in the index matched the text closely enough to be a candidate. */
    NO_CANDIDATE("no-candidate"),
    /** The best candidate scored below {@link OrganizationIndex#ACCEPT}. */
    BELOW_THRESHOLD("below-threshold"),
    /**
     * The runner-up, another organization, came within {@link OrganizationIndex#MARGIN}; or another
     * part of the text may name an organization apart from the best, but the index cannot tell
     * which (namesakes, or a short name with nothing to support it).
     */
    AMBIGUOUS("ambiguous"),
    /**
     * The best candidate scored high enough but lacks support: an acronym or short name with
     * nothing in the text backing it, or a match spread over two parts of the text.
     */
    UNSUPPORTED("unsupported"),
    /**
     * The text names several organizations that neither belong to one another nor are related in
     * the index (two affiliations in one string), so which one it is about is not clear; {@link
     * #named()} lists them.
     */
    SEVERAL_NAMED("several-named");

    private final String code;

    Status(String code) {
      this.code = code;
    }

    /**
     * Returns the stable lowercase code of this status, as written on a command line or in JSON.
     *
     * @return the code, such as {@code below-threshold}
     */
    public String code() {
      return code;
    }
  }

  private final String text;
  private final Status status;
  private final Candidate top;
  private final Candidate runnerUp;
  private final List<Candidate> named;
  private final int cutAt;

  /**
   * Creates a resolution.
   *
   * @param text the text as given
   * @param status the status
   * @param top the best candidate (the answer when resolved), or null
   * @param runnerUp the runner-up, or null
   * @param named the organizations named, in text order
   * @param cutAt where the text was cut, or -1 when it was read whole
   */
  Resolution(String text, Status status, Candidate top, Candidate runnerUp, List<Candidate> named,
      int cutAt) {
    this.text = Checks.argument("text", text);
    this.status = Checks.argument("status", status);
    if (status == Status.RESOLVED) {
      Checks.argument("top", top);
    }
    this.top = top;
    this.runnerUp = runnerUp;
    this.named = List.copyOf(named);
    this.cutAt = cutAt;
  }

  /**
   * Returns the text that was resolved, whole, as given.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Returns why the text was or was not resolved.
   *
   * @return the status; {@link Status#RESOLVED} exactly when {@link #organization()} is present
   */
  public Status status() {
    return status;
  }

  /**
   * Tells whether the text was resolved to an organization.
   *
   * @return {@code true} when {@link #status()} is {@link Status#RESOLVED}
   */
  public boolean isResolved() {
    return status == Status.RESOLVED;
  }

  /**
   * Returns the organization the text is about, under the level rule asked for, when the index is
   * sure enough.
   *
   * @return the organization, or empty when unsure or when nothing matched
   */
  public Optional<Organization> organization() {
    return isResolved() ? Optional.of(top.organization()) : Optional.empty();
  }

  /**
   * Returns the accepted candidate, when the text was resolved.
   *
   * @return the best candidate, or empty when unsure
   */
  public Optional<Candidate> best() {
    return isResolved() ? Optional.of(top) : Optional.empty();
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
   * Returns every organization the text names, each accepted on its own part of the text, in the
   * order of the text, with its span and evidence; the same list as {@link
   * OrganizationIndex#resolveAll(String)}. It may be non-empty when the text is not resolved (a
   * unit named beside an unrelated organization under a rule that cannot choose) and holds the
   * named unit, not its parent, under {@link Level#TOP_LEVEL}.
   *
   * @return the organizations named, empty when none
   */
  public List<Candidate> named() {
    return named;
  }

  /**
   * Tells whether the text was longer than {@link OrganizationIndex#MAX_TEXT} characters, so
   * that only its start was read.
   *
   * @return {@code true} when the text was cut
   */
  public boolean isTextCut() {
    return cutAt >= 0;
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
   * Returns why the text was or was not resolved, in one short English phrase generated from the
   * status and the candidates, such as {@code the text is an identifier of the organization} or
   * {@code no name matched closely enough to be a candidate}.
   *
   * @return the reason
   */
  public String reason() {
    String r;
    switch (status) {
      case EMPTY:
        r = "empty text";
        break;
      case NO_CANDIDATE:
        r = "no name matched closely enough to be a candidate";
        break;
      case BELOW_THRESHOLD:
        r = String.format(Locale.ROOT, "best score %.3f is below %.2f", top.score(),
            OrganizationIndex.ACCEPT);
        break;
      case AMBIGUOUS:
        r = runnerUp != null && (runnerUp.end() <= top.start() || top.end() <= runnerUp.start())
            ? "'" + runnerUp.matchedText() + "' may name another organization, not surely which"
            : String.format(Locale.ROOT, "runner-up within %.2f of the best (%.3f vs %.3f)",
                OrganizationIndex.MARGIN, top.score(),
                runnerUp == null ? top.score() : runnerUp.score());
        break;
      case UNSUPPORTED:
        r = "the best candidate lacks support: " + top.evidence().stream()
            .filter(e -> e.kind() == Evidence.Kind.UNSUPPORTED || e.kind() == Evidence.Kind.SPANS_PARTS)
            .map(Evidence::describe).findFirst().orElse("no supporting evidence");
        break;
      case SEVERAL_NAMED:
        r = named.stream().anyMatch(c -> c.evidence().stream()
                .anyMatch(e -> e.kind() == Evidence.Kind.PARENT_NAMED))
            ? named.size() + " organizations named, a unit and one it belongs to"
            : named.stream().anyMatch(c -> c.evidence().stream()
                .anyMatch(e -> e.kind() == Evidence.Kind.RELATED_NAMED))
            ? named.size() + " related organizations named, not exactly one university among them"
            : Math.max(2, named.size()) + " unrelated organizations named";
        break;
      case RESOLVED:
        r = resolvedReason();
        break;
      default:
        throw new AssertionError(status);
    }
    return isTextCut() ? r + "; text cut after " + cutAt + " characters" : r;
  }

  private String resolvedReason() {
    if (top.evidence().stream().anyMatch(e -> e.kind() == Evidence.Kind.IDENTIFIER)) {
      return "the text is an identifier of the organization";
    }
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "score %.3f", top.score()));
    if (runnerUp == null) {
      sb.append(", no rival for the same words");
    } else if (runnerUp.score() > top.score()) {
      // A runner-up not accepted (a namesake not told apart, a unit of the answer's
      // affiliation) may score higher: the answer was chosen by the rule the evidence names.
      sb.append(String.format(Locale.ROOT, ", the runner-up scored %.3f but was not accepted",
          runnerUp.score()));
    } else {
      sb.append(String.format(Locale.ROOT, ", %.3f ahead of the runner-up",
          top.score() - runnerUp.score()));
    }
    if (named.size() > 1) {
      sb.append(", ").append(named.size()).append(" organizations named");
    }
    return sb.toString();
  }

  /**
   * Explains the answer: the status and reason, the matched name and evidence of the top
   * candidate and the runner-up, and the other organizations named.
   *
   * @return the explanation, several lines
   */
  public String explanation() {
    StringBuilder sb = new StringBuilder();
    sb.append(isResolved() ? "resolved: " : "not resolved (" + status.code() + "): ")
        .append(reason());
    if (top != null) {
      sb.append("\n  best: ").append(top.explain());
    }
    if (runnerUp != null) {
      sb.append("\n  runner-up: ").append(runnerUp.explain());
    }
    for (Candidate c : named) {
      if (top == null || c.organization() != top.organization() || c.start() != top.start()) {
        sb.append("\n  also named: ").append(c.explain());
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return isResolved()
        ? String.format(Locale.ROOT, "Resolution[%s -> %s (%.3f)]", text, top.organization().ref(),
            top.score())
        : "Resolution[" + text + " -> none (" + status.code() + ")]";
  }
}

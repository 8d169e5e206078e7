package io.github.collabkit.examples;

import io.github.collabkit.index.Candidate;
import io.github.collabkit.index.Completion;
import io.github.collabkit.index.Level;
import io.github.collabkit.index.OrganizationIndex;
import io.github.collabkit.index.Resolution;
import io.github.collabkit.json.CollabkitJson;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.Organization;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which organization does this name or affiliation string mean? Builds an {@link
 * OrganizationIndex} over the bundled dataset and resolves names as people write them (in Dutch,
 * as an acronym, with a typo), affiliation strings, look-alike names and texts it should refuse;
 * then lists every organization a text names ({@code resolveAll}), shows the level rule (the most
 * specific organization or the one a unit belongs to), finds organizations by identifier and
 * completes a typed prefix. For each text it prints the answer or "none" with its status, the
 * score, the runner-up and which words matched which name.
 *
 * <p>Give texts as arguments to resolve your own instead.
 */
public final class ResolveNames {
  /** The texts resolved, in groups: a heading, then the texts. */
  private static final List<List<String>> GROUPS = List.of(
      List.of("Names as people write them",
          "Leids Universitair Medisch Centrum", "LUMC", "RUG", "Radboud umc", "Erasmsu MC"),
      List.of("Affiliation strings: the organization among departments, places and countries",
          "Dept. of Parasitology, Leids Universitair Medisch Centrum, Leiden, the Netherlands",
          "Dept. of Parasitology, LUMC", "Erasmus MC, Rotterdam"),
      List.of("Look-alikes: the university and the umc of Groningen",
          "University of Groningen", "UMCG"),
      List.of("Texts it should refuse: organizations the dataset does not hold",
          "Janssen Pharmaceutical K.K., Tokyo", "Radboud University, Nijmegen"));

  private ResolveNames() {}

  /**
   * Runs the example, printing to standard output.
   *
   * @param args texts to resolve; none for the examples above
   */
  public static void main(String[] args) {
    if (args.length == 0) {
      run(Console.out());
    } else {
      OrganizationIndex index = OrganizationIndex.of(CollabkitJson.bundledLandscape());
      for (String text : args) {
        print(Console.out(), index.resolve(text));
      }
    }
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    OrganizationIndex index = OrganizationIndex.of(CollabkitJson.bundledLandscape());
    out.println("Index over " + index.size() + " organizations; a text resolves when its best score reaches "
        + OrganizationIndex.ACCEPT + " and leads the runner-up by " + OrganizationIndex.MARGIN);
    for (List<String> group : GROUPS) {
      out.println();
      out.println(group.get(0) + ":");
      group.subList(1, group.size()).forEach(text -> print(out, index.resolve(text)));
    }

    out.println();
    out.println("Every organization a text names, in text order (resolveAll):");
    String several = "Borstkankercentrum, Leiden University Medical Center, Leiden";
    out.println("  \"" + several + "\"");
    for (Candidate c : index.resolveAll(several)) {
      out.println(String.format(Locale.ROOT, "    [%d, %d) %s: %s", c.start(), c.end(),
          named(c.organization()), matched(c)));
    }

    out.println();
    // A unit named with its parent, and a umc named with the university it is related to.
    String related = "Department of Radiation Oncology, UMCG, University of Groningen";
    out.println("The level rule, for the text above (a unit and its parent) and for \"" + related
        + "\":");
    for (Level level : Level.values()) {
      out.println("  " + level.code() + " -> " + answer(index.resolve(several, level)) + "; "
          + answer(index.resolve(related, level)));
    }

    out.println();
    out.println("Identifiers in any common form (byIdentifier; resolve reads names only):");
    for (String id : List.of("https://ror.org/05xvt9f17", "https://www.wikidata.org/wiki/Q2057113", "www.lumc.nl")) {
      out.println(String.format(Locale.ROOT, "  %-40s -> %s", id,
          index.byIdentifier(id).map(ResolveNames::named).orElse("(not found)")));
    }

    out.println();
    out.println("Completing what a person types (complete, top 5):");
    out.println("  \"Univ\" -> " + index.complete("Univ", 5).stream()
        .map(Completion::name).map(Name::value).collect(Collectors.joining(", ")));
  }

  /** The organization a resolution answers, or none with its status. */
  private static String answer(Resolution r) {
    return r.organization().map(ResolveNames::named).orElse("none (" + r.status().code() + ")");
  }

  /** Prints the answer, why, and the runner-up in three lines at most. */
  private static void print(PrintStream out, Resolution r) {
    out.println("  \"" + r.text() + "\"");
    String why = r.explanation().lines().findFirst().orElse("");
    why = why.substring(why.indexOf(": ") + 2);
    if (r.isResolved()) {
      Candidate best = r.best().orElseThrow();
      out.println("    -> " + named(best.organization()) + ": " + why);
      out.println("       " + matched(best));
    } else {
      out.println("    -> none (" + r.status().code() + "): " + why);
      r.top().ifPresent(top -> out.println("       top: " + named(top.organization())
          + String.format(Locale.ROOT, " %.3f, ", top.score()) + matched(top)));
    }
    r.runnerUp().ifPresent(c -> out.println("       runner-up: " + named(c.organization())
        + String.format(Locale.ROOT, " %.3f, ", c.score()) + "'" + c.matchedText() + "' matched "
        + c.name().kind().code() + " '" + c.name().value() + "'"));
  }

  private static String matched(Candidate c) {
    StringBuilder sb = new StringBuilder().append('\'').append(c.matchedText()).append("' matched ")
        .append(c.name().kind().code()).append(" '").append(c.name().value()).append('\'');
    c.evidence().forEach(e -> sb.append("; ").append(e.describe()));
    return sb.toString();
  }

  private static String named(Organization o) {
    return o.displayName("en") + " [" + o.key() + "]";
  }
}

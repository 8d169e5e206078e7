package io.github.collabkit.examples;

import io.github.collabkit.json.CollabkitJson;
import io.github.collabkit.match.ActionLineClassifier;
import io.github.collabkit.match.Classification;
import io.github.collabkit.match.ClassificationReason;
import io.github.collabkit.model.ActionLine;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Language;
import io.github.collabkit.model.Partnership;
import io.github.collabkit.model.PartnershipRef;
import io.github.collabkit.model.Strategy;
import io.github.collabkit.model.StrategyRef;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Which action lines of the umc strategy does each partnership serve, and why? Classifies every
 * partnership of the bundled dataset into the four action lines of the joint strategy of the
 * umc's 2025-2030 with an {@link ActionLineClassifier}, whose rules are data held by each {@link
 * ActionLine} (partner types and sectors, infrastructure kinds, partnership kinds, keywords,
 * reach). Prints how many partnerships fall under each line, then per partnership its lines with
 * the first reason, and the lines ruled out by reach, in English or Dutch.
 *
 * <p>Run with argument {@code nl} for Dutch; English is the default. Add a partnership's key, such
 * as {@code nl lumc-ul-2021}, to print every reason for that one partnership.
 */
public final class ClassifyPartnerships {
  private static final StrategyRef UMC_STRATEGY = StrategyRef.of("umc-strategy-2025-2030");

  private ClassifyPartnerships() {}

  /**
   * Runs the example, printing to standard output.
   *
   * @param args optionally the language, {@code en} or {@code nl}, then a partnership's key
   */
  public static void main(String[] args) {
    String language = args.length > 0 ? args[0] : "en";
    if (args.length < 2) {
      run(Console.out(), language);
      return;
    }
    Landscape landscape = CollabkitJson.bundledLandscape();
    Partnership partnership = landscape.partnership(PartnershipRef.of(args[1])).orElseThrow(
        () -> new IllegalArgumentException("no partnership '" + args[1] + "' in the bundled dataset"));
    Console.out().print(ActionLineClassifier.of(landscape, UMC_STRATEGY).classify(partnership).explain(language));
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   * @param language {@code en} or {@code nl}
   */
  public static void run(PrintStream out, String language) {
    String lang = Language.of(language).tag();
    boolean nl = Language.of(language) == Language.DUTCH;
    Landscape landscape = CollabkitJson.bundledLandscape();
    Strategy strategy = landscape.strategy(UMC_STRATEGY).orElseThrow();
    ActionLineClassifier classifier = ActionLineClassifier.of(landscape, UMC_STRATEGY);
    List<Classification> all = classifier.classifyPartnerships();

    out.println(strategy.title().text(lang) + ": " + all.size()
        + (nl ? " samenwerkingsverbanden over " : " partnerships over ") + classifier.actionLines().size()
        + (nl ? " actielijnen" : " action lines"));
    for (ActionLine line : classifier.actionLines()) {
      out.println(String.format(Locale.ROOT, "  %-32s %2d", line.label().text(lang),
          all.stream().filter(c -> c.isUnder(line.ref())).count()));
    }
    out.println(String.format(Locale.ROOT, "  %-32s %2d", nl ? "(geen)" : "(none)",
        all.stream().filter(c -> c.assignments().isEmpty()).count()));

    out.println();
    out.println(nl ? "Per samenwerkingsverband de eerste reden (+ hoeveel er nog zijn):"
        : "Per partnership, the first reason (+ how many more):");
    for (Classification c : all) {
      String key = c.subject().key();
      if (c.assignments().isEmpty()) {
        out.println(String.format(Locale.ROOT, "  %-30s %s", key, nl ? "(geen)" : "(none)"));
      }
      for (Classification.Assignment a : c.assignments()) {
        out.println(String.format(Locale.ROOT, "  %-30s %s: %s", key, a.line().label().text(lang),
            first(a.reasons(), lang)));
        key = "";
      }
      for (Classification.Exclusion e : c.exclusions()) {
        out.println(String.format(Locale.ROOT, "  %-30s %s %s: %s", "", nl ? "niet" : "not",
            e.line().label().text(lang), e.why().text(lang)));
      }
    }
  }

  private static String first(List<ClassificationReason> reasons, String lang) {
    String more = reasons.size() > 1 ? " (+" + (reasons.size() - 1) + ")" : "";
    return reasons.get(0).text(lang) + more;
  }
}

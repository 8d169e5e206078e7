package io.github.collabkit.examples;

import io.github.collabkit.json.CollabkitJson;
import io.github.collabkit.match.Importance;
import io.github.collabkit.match.InfrastructureMatch;
import io.github.collabkit.match.InfrastructureMatcher;
import io.github.collabkit.match.MatchResult;
import io.github.collabkit.match.Requester;
import io.github.collabkit.match.ResearchNeed;
import io.github.collabkit.match.Usability;
import io.github.collabkit.model.Language;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.Sector;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which research infrastructures can I use for my research, and on what terms? Describes three
 * research needs with a {@link ResearchNeed} and ranks the bundled dataset's infrastructures with
 * an {@link InfrastructureMatcher}: a company and a university that both need imaging (the same
 * facilities, different access terms), and a researcher of LUMC's Parasitology department who
 * needs computing or data storage in Leiden. Prints the ranked matches with their reasons and the
 * access terms that apply, in English or Dutch.
 *
 * <p>Run with argument {@code nl} for Dutch; English is the default.
 */
public final class FindInfrastructure {
  private FindInfrastructure() {}

  /**
   * Runs the example, printing to standard output.
   *
   * @param args optionally the language, {@code en} or {@code nl}
   */
  public static void main(String[] args) {
    run(Console.out(), args.length > 0 ? args[0] : "en");
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
    InfrastructureMatcher matcher = InfrastructureMatcher.of(CollabkitJson.bundledLandscape());

    Map<String, ResearchNeed> needs = new LinkedHashMap<>();
    // Who asks decides what they may use: the company is shown what it may not use too, marked so.
    needs.put(nl ? "Een bedrijf zoekt imaging" : "A company needs imaging", ResearchNeed.builder()
        .capability("imaging", Importance.REQUIRED)
        .requester(Requester.of(Set.of(OrganizationType.COMPANY), Sector.PRIVATE_FOR_PROFIT))
        .includeUnusable(true)
        .build());
    needs.put(nl ? "De Universiteit Twente zoekt hetzelfde" : "The University of Twente needs the same",
        ResearchNeed.builder()
            .capability("imaging", Importance.REQUIRED)
            .requester(Requester.organization(OrganizationRef.of("university-of-twente")))
            .build());
    // Themes combine as "any of" (computing or data management); preferred capabilities rank.
    needs.put(nl ? "Een onderzoeker van de afdeling Parasitologie van het LUMC zoekt rekenkracht of dataopslag in Leiden"
        : "A researcher of LUMC's Parasitology department needs computing or data storage in Leiden",
        ResearchNeed.builder()
            .theme("research-computing", Importance.REQUIRED)
            .theme("research-data-management", Importance.REQUIRED)
            .capability("hpc", Importance.PREFERRED)
            .capability("data-storage", Importance.PREFERRED)
            .place("Leiden", Importance.REQUIRED)
            .requester(Requester.organization(OrganizationRef.of("lumc-parasitology")))
            .build());

    int n = 1;
    for (Map.Entry<String, ResearchNeed> need : needs.entrySet()) {
      MatchResult result = matcher.match(need.getValue());
      if (n > 1) {
        out.println();
      }
      out.println(n++ + ". " + need.getKey() + (nl ? " (telt als: " : " (counts as: ")
          + result.audiences().stream().sorted().map(a -> a.label(lang).toLowerCase(Locale.ROOT))
              .collect(Collectors.joining(", ")) + ")");
      int rank = 1;
      for (InfrastructureMatch m : result.matches()) {
        out.println(String.format(Locale.ROOT, "   %2d. %s [%s, score %d]: %s", rank++,
            m.infrastructure().displayName(lang), m.usability().label(lang), m.score(),
            m.reasons().stream().map(r -> r.text(lang)).collect(Collectors.joining("; "))));
        out.println("       " + m.accessNote().text(lang));
      }
      result.notices().forEach(notice -> out.println("   ! " + notice));
    }
    out.println();
    out.println(sentence(Usability.UNKNOWN.label(lang)) + ": " + (nl
        ? "de infrastructuur vermeldt geen toegangsvoorwaarden, dus dat is niet te zeggen."
        : "the infrastructure states no access terms, so nobody can tell."));
    out.println(sentence(Usability.NOT_STATED.label(lang)) + ": " + (nl
        ? "de bron noemt gebruikers als voorbeelden; wie niet genoemd is, is niet uitgesloten."
        : "the source names users as examples; whoever it does not name is not excluded."));
  }

  /** Capitalizes a label that opens a sentence. */
  private static String sentence(String label) {
    return Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }
}

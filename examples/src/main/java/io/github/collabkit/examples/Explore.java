package io.github.collabkit.examples;

import io.github.collabkit.json.CollabkitJson;
import io.github.collabkit.model.AccessTerm;
import io.github.collabkit.model.ActionLine;
import io.github.collabkit.model.CollectionProfile;
import io.github.collabkit.model.Infrastructure;
import io.github.collabkit.model.InfrastructureParticipation;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Language;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.Partnership;
import io.github.collabkit.model.Quantity;
import io.github.collabkit.model.SigningEvent;
import io.github.collabkit.model.SigningMode;
import io.github.collabkit.model.Strategy;
import io.github.collabkit.model.StrategyRef;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What does LUMC work on, with whom, and what can it offer? Loads the bundled dataset and prints
 * LUMC's partnerships, the research infrastructures it takes part in with what they offer and to
 * whom, and the joint strategy of the umc's with its action lines, in English or Dutch.
 *
 * <p>Run with argument {@code nl} for Dutch; English is the default.
 */
public final class Explore {
  private Explore() {}

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
    Landscape landscape = CollabkitJson.bundledLandscape();
    OrganizationRef lumcRef = OrganizationRef.of("lumc");
    Organization lumc = landscape.organization(lumcRef).orElseThrow();

    // LUMC and its departments count as LUMC here.
    List<OrganizationRef> lumcAndUnits = new ArrayList<>();
    lumcAndUnits.add(lumcRef);
    landscape.unitsOf(lumcRef).forEach(u -> lumcAndUnits.add(u.ref()));

    Set<Partnership> partnerships = new LinkedHashSet<>();
    lumcAndUnits.forEach(o -> partnerships.addAll(landscape.partnershipsOf(o)));
    out.println((nl ? "Samenwerkingsverbanden van het " : "Partnerships of ") + lumc.displayName(lang)
        + " (LUMC) " + (nl ? "en zijn afdelingen (" : "and its departments (") + partnerships.size() + ")");
    for (Partnership p : partnerships) {
      String others = p.organizations().stream().filter(o -> !lumcAndUnits.contains(o))
          .map(o -> ShortNames.of(landscape, o, lang)).collect(Collectors.joining(", "));
      Optional<SigningEvent> signing = landscape.signingOf(p);
      out.println("  " + when(signing, lang) + p.title().text(lang));
      out.println("  " + " ".repeat(13) + p.kind().label(lang) + ", " + p.status().label(lang).toLowerCase(Locale.ROOT)
          + signingNote(signing, lang) + signedAlongside(landscape, p, lang)
          + (others.isEmpty() ? "" : (nl ? "; met " : "; with ") + others));
    }

    Set<Infrastructure> infrastructures = new LinkedHashSet<>();
    lumcAndUnits.forEach(o -> infrastructures.addAll(landscape.infrastructuresOf(o)));
    out.println();
    out.println((nl ? "Onderzoeksinfrastructuren waarin het LUMC een rol heeft (" : "Research infrastructures LUMC has a role in (")
        + infrastructures.size() + ")");
    for (Infrastructure i : infrastructures) {
      String role = i.organizations().stream().filter(p -> lumcAndUnits.contains(p.organization()))
          .map(InfrastructureParticipation::role).map(r -> r.label(lang).toLowerCase(Locale.ROOT))
          .distinct().collect(Collectors.joining("/"));
      String openTo = i.access().stream().map(AccessTerm::audience).map(a -> a.label(lang).toLowerCase(Locale.ROOT))
          .distinct().collect(Collectors.joining(", "));
      out.println("  " + i.displayName(lang) + " [" + role + ", " + i.status().label(lang).toLowerCase(Locale.ROOT)
          + i.statusAsOf().map(d -> (nl ? " in " : " as of ") + d).orElse("")
          + (openTo.isEmpty() ? "" : (nl ? "; open voor " : "; open to ") + openTo) + "]");
      String offers = i.capabilities().stream()
          .map(c -> landscape.concept("capability", c).map(k -> k.label().text(lang)).orElse(c))
          .collect(Collectors.joining(", "));
      if (!offers.isEmpty()) {
        out.println("      " + (nl ? "biedt: " : "offers: ") + offers);
      }
      i.collection().flatMap(CollectionProfile::participants).ifPresent(f -> out.println(figure(f, lang)));
      i.figures().forEach(f -> out.println(figure(f, lang)));
    }

    Strategy strategy = landscape.strategy(StrategyRef.of("umc-strategy-2025-2030")).orElseThrow();
    out.println();
    out.println(strategy.title().text(lang));
    out.println("  " + (nl ? "eigenaren: " : "owners: ") + strategy.owners().stream()
        .map(o -> ShortNames.of(landscape, o, lang)).collect(Collectors.joining(", ")));
    out.println("  " + (nl ? "principes: " : "principles: ") + strategy.principles().stream()
        .map(p -> p.text(lang)).limit(3).collect(Collectors.joining(", ")));
    strategy.figures().forEach(f -> out.println("  " + f.qualifier().label(lang).toLowerCase(Locale.ROOT) + " "
        + number(f.value(), lang) + "% " + f.label().text(lang)));
    int n = 1;
    for (ActionLine line : strategy.actionLines()) {
      out.println("  " + n++ + ". " + line.label().text(lang) + ": " + line.description().text(lang));
    }
  }

  private static String when(Optional<SigningEvent> signing, String lang) {
    if (signing.isEmpty()) {
      return String.format("%-13s", lang.equals("nl") ? "(geen datum)" : "(undated)");
    }
    SigningEvent s = signing.get();
    return String.format("%-13s", s.date());
  }

  private static String signingNote(Optional<SigningEvent> signing, String lang) {
    if (signing.isEmpty()) {
      return "";
    }
    SigningEvent s = signing.get();
    StringBuilder note = new StringBuilder();
    s.dateQualifier().ifPresent(q -> note.append(' ').append(q.label(lang).toLowerCase(Locale.ROOT)).append(' ')
        .append(s.occasion().isEmpty() ? s.date().toString() : s.occasion().text(lang)));
    if (!s.place().isEmpty()) {
      note.append(lang.equals("nl") ? " op de " : " at the ").append(s.place().text(lang));
    }
    s.city().ifPresent(c -> note.append(", ").append(c));
    s.mode().filter(m -> m == SigningMode.VIDEO_CALL).ifPresent(m -> note.append(lang.equals("nl") ? " via " : " by ")
        .append(m.label(lang).toLowerCase(Locale.ROOT)));
    return note.toString();
  }

  /** The other agreements signed at the same event, by title: ", alongside Memorandum of understanding ...". */
  private static String signedAlongside(Landscape landscape, Partnership p, String lang) {
    String others = p.signedAt().map(landscape::partnershipsSignedAt).orElse(List.of()).stream()
        .filter(o -> !o.ref().equals(p.ref())).map(o -> o.title().text(lang)).collect(Collectors.joining(", "));
    return others.isEmpty() ? "" : (lang.equals("nl") ? ", samen met " : ", alongside ") + others;
  }

  private static String figure(Quantity f, String lang) {
    return "      " + f.qualifier().label(lang).toLowerCase(Locale.ROOT) + " " + number(f.value(), lang) + " "
        + f.label().text(lang);
  }

  private static String number(double value, String lang) {
    return String.format(Locale.forLanguageTag(lang), "%,d", (long) value);
  }
}

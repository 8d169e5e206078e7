package io.github.collabkit.cli;

import io.github.collabkit.CollabkitException;
import io.github.collabkit.json.CollabkitJson;
import io.github.collabkit.match.Importance;
import io.github.collabkit.match.InfrastructureMatch;
import io.github.collabkit.match.InfrastructureMatcher;
import io.github.collabkit.match.MatchReason;
import io.github.collabkit.match.MatchResult;
import io.github.collabkit.match.Requester;
import io.github.collabkit.match.ResearchNeed;
import io.github.collabkit.model.GeographicScope;
import io.github.collabkit.model.InfrastructureKind;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Language;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.Sector;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code collabkit match}: a research need, given as options, to the infrastructures that fit it. */
@Command(name = "match", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Rank research infrastructures for a research need, with their access terms.",
    description = {"Ranks the research infrastructures of a dataset for a research need: what the research needs"
        + " (capabilities, themes, kinds, scope, places, coverage) and who asks. Each value is required unless it"
        + " ends in :preferred, which only ranks. Prints the matches, best first, with why they fit and the access"
        + " terms that apply to the requester.",
        "Example: collabkit match --capability imaging --as university-of-twente"})
final class MatchCommand implements Callable<Integer> {
  @Option(names = "--capability", paramLabel = "CODE[:preferred]", description = "A capability, such as imaging.")
  List<String> capabilities = List.of();

  @Option(names = "--theme", paramLabel = "CODE[:preferred]",
      description = "A theme, such as research-computing; several required themes mean any of them.")
  List<String> themes = List.of();

  @Option(names = "--kind", paramLabel = "CODE[:preferred]", description = "A kind of infrastructure, such as biobank.")
  List<String> kinds = List.of();

  @Option(names = "--scope", paramLabel = "CODE[:preferred]", description = "regional, national or international.")
  List<String> scopes = List.of();

  @Option(names = "--place", paramLabel = "PLACE[:preferred]", description = "A city or region, such as Leiden.")
  List<String> places = List.of();

  @Option(names = "--coverage", paramLabel = "TERM[:preferred]", description = "A term the infrastructure covers.")
  List<String> coverage = List.of();

  @Option(names = "--as", paramLabel = "ORGANIZATION",
      description = "Who asks: an organization key of the dataset, such as lumc-parasitology.")
  String as;

  @Option(names = "--as-type", paramLabel = "TYPE", split = ",",
      description = "Who asks, when not in the dataset: organization types, such as company.")
  List<String> asTypes = List.of();

  @Option(names = "--sector", paramLabel = "SECTOR", description = "The asker's sector with --as-type, such as"
      + " private-for-profit.")
  String sector;

  @Option(names = "--include-unusable", description = "Also list infrastructures the requester may not use.")
  boolean includeUnusable;

  @Option(names = "--dataset", paramLabel = "FILE", description = "The dataset (default: the bundled dataset).")
  Path dataset;

  @Option(names = "--lang", paramLabel = "en|nl", defaultValue = "en", description = "Language of the listing.")
  String language;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "text or json.")
  ValidateCommand.ReportFormat format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Landscape landscape = dataset == null ? CollabkitJson.bundledLandscape() : Datasets.read(dataset);
    ResearchNeed need = need(landscape);
    MatchResult result = InfrastructureMatcher.of(landscape).match(need);
    PrintWriter out = spec.commandLine().getOut();
    String lang = Language.of(language).tag();
    if (format == ValidateCommand.ReportFormat.json) {
      out.println(json(result, lang));
    } else {
      int rank = 1;
      for (InfrastructureMatch m : result.matches()) {
        out.println(String.format(Locale.ROOT, "%2d. %s (%s) [%s, score %d]: %s", rank++,
            m.infrastructure().displayName(lang), m.infrastructure().key(), m.usability().label(lang), m.score(),
            m.reasons().stream().map(r -> r.text(lang)).collect(Collectors.joining("; "))));
        out.println("    " + m.accessNote().text(lang));
      }
      if (result.matches().isEmpty()) {
        out.println(Language.of(lang).choose("Geen infrastructuur past.", "No infrastructure fits."));
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    result.notices().forEach(n -> err.println("collabkit match: " + n));
    out.flush();
    return Collabkit.OK;
  }

  private ResearchNeed need(Landscape landscape) {
    ResearchNeed.Builder b = ResearchNeed.builder();
    add("--capability", capabilities, b::capability);
    add("--theme", themes, b::theme);
    add("--kind", kinds, (v, i) -> b.kind(InfrastructureKind.fromCode(v), i));
    add("--scope", scopes, (v, i) -> b.scope(GeographicScope.fromCode(v), i));
    add("--place", places, b::place);
    add("--coverage", coverage, b::coverage);
    if (as != null) {
      OrganizationRef ref = OrganizationRef.of(as);
      if (landscape.organization(ref).isEmpty()) {
        throw Failure.unusable("--as '" + as + "': no such organization in the dataset");
      }
      b.requester(Requester.organization(ref));
    } else if (!asTypes.isEmpty()) {
      Set<OrganizationType> types = EnumSet.noneOf(OrganizationType.class);
      try {
        asTypes.forEach(t -> types.add(OrganizationType.fromCode(t.strip())));
        b.requester(Requester.of(types, sector == null ? null : Sector.fromCode(sector)));
      } catch (CollabkitException e) {
        throw Failure.unusable("--as-type/--sector: " + e.getMessage(), e);
      }
    }
    b.includeUnusable(includeUnusable);
    try {
      return b.build();
    } catch (CollabkitException | IllegalArgumentException e) {
      throw Failure.unusable("the research need: " + e.getMessage(), e);
    }
  }

  private static void add(String option, List<String> values, BiConsumer<String, Importance> to) {
    for (String v : values) {
      String value = v;
      Importance importance = Importance.REQUIRED;
      int colon = v.lastIndexOf(':');
      if (colon > 0) {
        String suffix = v.substring(colon + 1).toLowerCase(Locale.ROOT);
        if (suffix.equals("preferred") || suffix.equals("required")) {
          importance = Importance.valueOf(suffix.toUpperCase(Locale.ROOT));
          value = v.substring(0, colon);
        }
      }
      try {
        to.accept(value.strip(), importance);
      } catch (CollabkitException | IllegalArgumentException e) {
        throw Failure.unusable(option + " '" + v + "': " + e.getMessage(), e);
      }
    }
  }

  private static String json(MatchResult result, String lang) {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode root = mapper.createObjectNode();
    ArrayNode matches = root.putArray("matches");
    for (InfrastructureMatch m : result.matches()) {
      ObjectNode n = matches.addObject();
      n.put("key", m.infrastructure().key());
      n.put("name", m.infrastructure().displayName(lang));
      n.put("usability", m.usability().code());
      n.put("score", m.score());
      ArrayNode reasons = n.putArray("reasons");
      for (MatchReason r : m.reasons()) {
        reasons.add(r.text(lang));
      }
      n.put("access", m.accessNote().text(lang));
    }
    ArrayNode notices = root.putArray("notices");
    result.notices().forEach(notices::add);
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }
}

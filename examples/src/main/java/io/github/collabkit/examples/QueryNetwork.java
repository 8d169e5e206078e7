package io.github.collabkit.examples;

import io.github.collabkit.graph.Chain;
import io.github.collabkit.graph.CollaborationNetwork;
import io.github.collabkit.graph.Hub;
import io.github.collabkit.graph.InfrastructureOverlaps;
import io.github.collabkit.graph.Link;
import io.github.collabkit.graph.LinkFilter;
import io.github.collabkit.graph.Overlap;
import io.github.collabkit.graph.Partner;
import io.github.collabkit.json.CollabkitJson;
import io.github.collabkit.model.InfrastructureRef;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.PartialDate;
import io.github.collabkit.model.Period;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who works with whom, and where could infrastructures be bundled? Builds the {@link
 * CollaborationNetwork} of the bundled dataset (organizations linked by shared partnerships and
 * infrastructures, departments counted as their organization) and asks it for LUMC's partners, the
 * shortest chains of collaboration from Janssen to UMCG and from Philips to the University of
 * Twente, the hubs, and infrastructures of the same kind offering the same at different
 * organizations: candidates for bundling.
 */
public final class QueryNetwork {
  private static final String LANG = "en";

  private QueryNetwork() {}

  /**
   * Runs the example, printing to standard output.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run(Console.out());
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    Landscape landscape = CollabkitJson.bundledLandscape();
    CollaborationNetwork network = CollaborationNetwork.of(landscape);
    List<List<OrganizationRef>> groups = network.connectedGroups();
    out.println("Network: " + network.organizations().size() + " organizations, " + groups.get(0).size()
        + " of them in one connected group; not linked to anyone: " + groups.stream().skip(1)
            .flatMap(List::stream).map(o -> name(landscape, o)).collect(Collectors.joining(", ")));

    OrganizationRef lumc = OrganizationRef.of("lumc");
    List<Partner> partners = network.partners(lumc);
    out.println();
    out.println("LUMC's partners (" + partners.size() + "), most links first:");
    for (Partner p : partners) {
      List<String> viaPartnerships = keys(p.links(), Link.Kind.PARTNERSHIP);
      int viaInfrastructures = keys(p.links(), Link.Kind.INFRASTRUCTURE).size();
      List<String> what = new ArrayList<>();
      if (!viaPartnerships.isEmpty()) {
        what.add("partnership" + (viaPartnerships.size() > 1 ? "s " : " ") + String.join(", ", viaPartnerships));
      }
      if (viaInfrastructures > 0) {
        what.add(viaInfrastructures + " shared infrastructure" + (viaInfrastructures > 1 ? "s" : ""));
      }
      for (String group : keys(p.links(), Link.Kind.MEMBERSHIP)) {
        what.add(group.equals(p.organization().key()) ? "LUMC is a member" : "member of " + name(landscape, OrganizationRef.of(group)));
      }
      out.println(String.format(Locale.ROOT, "  %-20s %s", name(landscape, p.organization()), String.join("; ", what)));
    }
    LinkFilter partnerships2025 = LinkFilter.all().only(Link.Kind.PARTNERSHIP)
        .during(Period.between(PartialDate.ofYear(2025), PartialDate.ofYear(2030)));
    out.println("  through partnerships that may hold in 2025-2030: "
        + network.partners(lumc, partnerships2025).size() + " partners");

    out.println();
    chain(out, landscape, network, "janssen", "umcg");
    chain(out, landscape, network, "philips", "university-of-twente");
    chain(out, landscape, network, "lumc", "university-of-muenster");

    out.println();
    out.println("Hubs by betweenness (shortest chains passing through), with partners and links:");
    for (Hub h : network.hubs(Hub.Measure.BETWEENNESS, 5)) {
      out.println(String.format(Locale.ROOT, "  %-20s %5.1f  %2d partners, %2d links", name(landscape, h.organization()),
          h.betweenness(), h.degree(), h.weightedDegree()));
    }

    List<Overlap> overlaps = InfrastructureOverlaps.find(landscape);
    out.println();
    out.println("Candidates for bundling (" + overlaps.size() + " pairs of the same kind offering the same; top 5):");
    for (Overlap o : overlaps.subList(0, Math.min(5, overlaps.size()))) {
      out.println("  " + infrastructure(landscape, o.first()) + " (" + names(landscape, o.firstAt()) + ") and "
          + infrastructure(landscape, o.second()) + " (" + names(landscape, o.secondAt()) + ")");
      out.println(String.format(Locale.ROOT, "      both %s, both offer %s; similarity %.2f",
          o.kinds().stream().map(k -> k.label(LANG).toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")),
          o.capabilities().stream().map(c -> landscape.concept("capability", c).map(k -> k.label().text(LANG))
              .orElse(c).toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")),
          o.similarity()));
    }
  }

  private static void chain(PrintStream out, Landscape landscape, CollaborationNetwork network, String from,
      String to) {
    OrganizationRef a = OrganizationRef.of(from);
    OrganizationRef b = OrganizationRef.of(to);
    Optional<Chain> chain = network.shortestChain(a, b);
    String heading = "Shortest chain from " + name(landscape, a) + " to " + name(landscape, b);
    if (chain.isEmpty()) {
      out.println(heading + ": none, they are not connected");
      return;
    }
    Chain c = chain.get();
    out.println(heading + " (" + c.length() + " step" + (c.length() == 1 ? "" : "s") + "):");
    for (int i = 0; i < c.length(); i++) {
      Link step = c.steps().get(i);
      out.println("  " + name(landscape, c.organizations().get(i)) + " - " + name(landscape, c.organizations().get(i + 1))
          + ": " + step.kind().name().toLowerCase(Locale.ROOT) + " \"" + step.title().text(LANG) + "\"");
    }
  }

  private static List<String> keys(List<Link> links, Link.Kind kind) {
    return links.stream().filter(l -> l.kind() == kind).map(l -> l.via().key()).collect(Collectors.toList());
  }

  private static String name(Landscape landscape, OrganizationRef ref) {
    return ShortNames.of(landscape, ref, LANG);
  }

  private static String names(Landscape landscape, List<OrganizationRef> refs) {
    return refs.size() > 3 ? refs.size() + " organizations" : refs.stream().map(r -> name(landscape, r))
        .collect(Collectors.joining(", "));
  }

  private static String infrastructure(Landscape landscape, InfrastructureRef ref) {
    return landscape.infrastructure(ref).map(i -> i.displayName(LANG)).orElse(ref.key());
  }
}

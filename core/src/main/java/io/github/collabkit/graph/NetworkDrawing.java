package io.github.collabkit.graph;

import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Language;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A drawing of the {@link CollaborationNetwork} of a landscape: organizations (units rolled up into
 * their organization) as nodes coloured by type, partnerships as edges between every two parties, as
 * Graphviz DOT, Mermaid or a self-contained SVG laid out in pure Java.
 *
 * <pre>{@code
 * NetworkDrawing drawing = NetworkDrawing.of(landscape, "en");
 * Files.writeString(Path.of("network.svg"), drawing.svg("Collaboration of LUMC and its partners"));
 * }</pre>
 *
 * <p>The SVG places the nodes on an ellipse, each umc among the partners it shares most with, with
 * each label outside its node and anchored away from the centre; labels that would still touch are
 * pushed apart vertically, and {@link #labelBoxes()} exposes the result so a test can prove that no
 * two labels overlap. Building costs a pass over the network's links and, for the ring order, the
 * number of organizations times the number of umc's times the number of edges; the drawing is
 * immutable once built.
 */
public final class NetworkDrawing {

  /**
   * A node: one organization with its short label and type.
   *
   * @param key the organization
   * @param label the short name drawn, such as {@code LUMC}
   * @param title the display name, shown as a tooltip
   * @param type the organization's first type, which gives the colour
   */
  public record Node(OrganizationRef key, String label, String title, OrganizationType type) {}

  /**
   * An edge between two organizations, with the partnerships they share.
   *
   * @param a one organization (the smaller key)
   * @param b the other organization
   * @param partnerships the titles of the partnerships they share
   */
  public record Edge(OrganizationRef a, OrganizationRef b, List<String> partnerships) {}

  /**
   * A box around a drawn label, in SVG user units.
   *
   * @param label the label's text
   * @param x the left edge
   * @param y the top edge
   * @param width the width
   * @param height the height
   * @param anchorEnd whether the text is anchored at its end (labels left of the centre)
   */
  public record Box(String label, double x, double y, double width, double height, boolean anchorEnd) {
    /**
     * Tells whether two boxes overlap or touch.
     *
     * @param o the other box
     * @return {@code true} when they share any area
     */
    public boolean overlaps(Box o) {
      return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
    }
  }

  private static final Map<OrganizationType, String> COLOURS = new EnumMap<>(OrganizationType.class);
  static {
    COLOURS.put(OrganizationType.UMC, "#c0392b");
    COLOURS.put(OrganizationType.UNIVERSITY, "#2471a3");
    COLOURS.put(OrganizationType.HOSPITAL, "#e67e22");
    COLOURS.put(OrganizationType.CARE_ORGANIZATION, "#d4ac0d");
    COLOURS.put(OrganizationType.COMPANY, "#7d3c98");
    COLOURS.put(OrganizationType.RESEARCH_INSTITUTE, "#17a589");
    COLOURS.put(OrganizationType.CONSORTIUM, "#5d6d7e");
    COLOURS.put(OrganizationType.GOVERNMENT_BODY, "#1e8449");
  }
  private static final String OTHER_COLOUR = "#909497";
  private static final double FONT = 13;
  private static final double CHAR_WIDTH = 0.62 * FONT;
  private static final double NODE_RADIUS = 9;
  private static final double LABEL_DISTANCE = NODE_RADIUS + 9;

  private final List<Node> nodes;
  private final List<Edge> edges;
  private final String language;
  private final Map<OrganizationRef, double[]> positions = new LinkedHashMap<>();
  private final List<Box> boxes = new ArrayList<>();
  private final double width = 1100;
  private final double height = 800;
  private static final double CENTRE_X = 480;
  private static final double CENTRE_Y = 425;

  private static final int SHORT_NAME = 20;

  private NetworkDrawing(List<Node> nodes, List<Edge> edges, String language) {
    this.nodes = nodes;
    this.edges = edges;
    this.language = language;
    layout();
  }

  /**
   * Draws the collaboration network of a landscape.
   *
   * @param landscape the landscape
   * @param language the language of labels and titles, such as {@code en} or {@code nl}
   * @return the drawing
   */
  public static NetworkDrawing of(Landscape landscape, String language) {
    // The library's collaboration network does the work: units rolled up into their organization,
    // only partnerships as links (shared infrastructures are left out of this picture).
    CollaborationNetwork network = CollaborationNetwork.of(landscape,
        NetworkOptions.defaults().withRollUpUnits(true).withIncludeInfrastructures(false));
    Map<OrganizationRef, Node> nodes = new LinkedHashMap<>();
    List<Edge> edges = new ArrayList<>();
    for (OrganizationRef a : network.organizations()) {
      for (Partner partner : network.partners(a)) {
        OrganizationRef b = partner.organization();
        nodes.computeIfAbsent(a, k -> node(landscape, k, language));
        if (a.compareTo(b) < 0) {
          edges.add(new Edge(a, b, partner.links().stream().map(l -> l.title().text(language)).toList()));
        }
      }
    }
    return new NetworkDrawing(ringOrder(nodes, edges), edges, language);
  }

  /**
   * Orders the nodes around the ring so that partners sit beside the umc they share most with: each
   * umc in the middle of its own partners, which keeps most lines short.
   */
  private static List<Node> ringOrder(Map<OrganizationRef, Node> nodes, Collection<Edge> edges) {
    Comparator<Node> byTypeAndLabel = Comparator.comparing((Node n) -> n.type().ordinal()).thenComparing(Node::label);
    List<Node> hubs = nodes.values().stream().filter(n -> n.type() == OrganizationType.UMC).sorted(byTypeAndLabel).toList();
    Map<OrganizationRef, List<Node>> partnersOf = new LinkedHashMap<>();
    hubs.forEach(h -> partnersOf.put(h.key(), new ArrayList<>()));
    List<Node> unattached = new ArrayList<>();
    for (Node n : nodes.values().stream().filter(n -> n.type() != OrganizationType.UMC).sorted(byTypeAndLabel).toList()) {
      Node best = null;
      int bestWeight = 0;
      for (Node h : hubs) {
        int weight = edges.stream().filter(e -> (e.a().equals(n.key()) && e.b().equals(h.key()))
            || (e.b().equals(n.key()) && e.a().equals(h.key()))).mapToInt(e -> e.partnerships().size()).sum();
        if (weight > bestWeight) {
          best = h;
          bestWeight = weight;
        }
      }
      (best == null ? unattached : partnersOf.get(best.key())).add(n);
    }
    List<Node> ring = new ArrayList<>();
    for (Node h : hubs) {
      List<Node> partners = partnersOf.get(h.key());
      int half = partners.size() / 2;
      ring.addAll(partners.subList(0, half));
      ring.add(h);
      ring.addAll(partners.subList(half, partners.size()));
    }
    ring.addAll(unattached);
    return ring;
  }

  private static Node node(Landscape landscape, OrganizationRef ref, String language) {
    Optional<Organization> org = landscape.organization(ref);
    if (org.isEmpty()) {
      return new Node(ref, ref.key(), ref.key(), OrganizationType.OTHER);
    }
    Organization o = org.get();
    String display = o.displayName(language);
    String label = shortName(o, language);
    return new Node(ref, label, display, o.types().iterator().next());
  }

  /**
   * Returns a short name for labels and one-line listings, such as {@code LUMC}, {@code Radboudumc}
   * or {@code Inserm}: a display name or label of at most 20 characters, first in the language (or
   * without one), then in any language; else the first acronym; else a short alias; else the
   * display name in the language.
   *
   * @param organization the organization
   * @param language the language wanted, such as {@code en}
   * @return the short name
   */
  public static String shortName(Organization organization, String language) {
    Predicate<Name> official = n -> n.kind() == NameKind.DISPLAY || n.kind() == NameKind.LABEL;
    Predicate<Name> inLanguage = n -> n.language().map(language::equals).orElse(true);
    return first(organization, official.and(inLanguage))
        .or(() -> first(organization, official))
        .or(() -> organization.names().stream().filter(n -> n.kind() == NameKind.ACRONYM).map(Name::value)
            .findFirst())
        .or(() -> first(organization, n -> n.kind() == NameKind.ALIAS))
        .orElse(organization.displayName(language));
  }

  private static Optional<String> first(Organization o, Predicate<Name> which) {
    return o.names().stream().filter(which).map(Name::value).filter(v -> v.length() <= SHORT_NAME).findFirst();
  }

  /**
   * Returns the nodes, in their order around the ring.
   *
   * @return the nodes
   */
  public List<Node> nodes() {
    return nodes;
  }

  /**
   * Returns the edges, one per pair of organizations that share a partnership.
   *
   * @return the edges
   */
  public List<Edge> edges() {
    return edges;
  }

  /**
   * Returns where the SVG draws each node's label, one box per node.
   *
   * @return the label boxes
   */
  public List<Box> labelBoxes() {
    return boxes;
  }

  /**
   * Returns the colour of an organization type in the drawings, as {@code #rrggbb}.
   *
   * @param type the type
   * @return the colour; grey for types without one of their own
   */
  public static String colour(OrganizationType type) {
    return COLOURS.getOrDefault(type, OTHER_COLOUR);
  }

  // ---- layout -----------------------------------------------------------------------------------

  private void layout() {
    double cx = CENTRE_X;
    double cy = CENTRE_Y;
    double rx = 310;
    double ry = 300;
    int n = nodes.size();
    // Start just right of the top so that no node sits exactly on the vertical axis.
    for (int i = 0; i < n; i++) {
      double angle = -Math.PI / 2 + (i + 0.5) * 2 * Math.PI / n;
      positions.put(nodes.get(i).key(), new double[] {cx + rx * Math.cos(angle), cy + ry * Math.sin(angle), angle});
    }
    List<Box> right = new ArrayList<>();
    List<Box> left = new ArrayList<>();
    for (Node node : nodes) {
      double[] p = positions.get(node.key());
      double cos = Math.cos(p[2]);
      double sin = Math.sin(p[2]);
      double w = node.label().length() * CHAR_WIDTH;
      // Anchor the label just outside the node, on the ray from the centre; left-side labels end there.
      double ax = p[0] + LABEL_DISTANCE * cos + (cos >= 0 ? 2 : -2);
      double ay = p[1] + LABEL_DISTANCE * sin;
      double x = cos >= 0 ? ax : ax - w;
      (cos >= 0 ? right : left).add(new Box(node.label(), x, ay - (FONT + 2) / 2, w, FONT + 2, cos < 0));
    }
    boxes.addAll(separate(right));
    boxes.addAll(separate(left));
  }

  /** Pushes the labels of one side apart vertically, keeping their order. */
  private static List<Box> separate(List<Box> side) {
    List<Box> sorted = new ArrayList<>(side);
    sorted.sort(Comparator.comparingDouble(Box::y));
    List<Box> out = new ArrayList<>();
    for (Box b : sorted) {
      Box moved = b;
      for (Box placed : out) {
        if (moved.overlaps(placed)) {
          moved = new Box(b.label(), b.x(), placed.y() + placed.height() + 1, b.width(), b.height(), b.anchorEnd());
        }
      }
      out.add(moved);
    }
    return out;
  }

  // ---- writers ----------------------------------------------------------------------------------

  /**
   * Returns the drawing as Graphviz DOT, for {@code dot -Tpng} or {@code neato}.
   *
   * @return the DOT text
   */
  public String dot() {
    StringBuilder sb = new StringBuilder();
    sb.append("graph collaboration {\n");
    sb.append("  layout=neato; overlap=false; splines=true;\n");
    sb.append("  node [shape=ellipse, style=filled, fontcolor=white, fontname=\"Helvetica\"];\n");
    for (Node n : nodes) {
      sb.append("  \"").append(n.key().key()).append("\" [label=\"").append(escape(n.label()))
          .append("\", tooltip=\"").append(escape(n.title())).append("\", fillcolor=\"").append(colour(n.type()))
          .append("\"];\n");
    }
    for (Edge e : edges) {
      sb.append("  \"").append(e.a().key()).append("\" -- \"").append(e.b().key()).append("\" [penwidth=")
          .append(e.partnerships().size()).append(", tooltip=\"")
          .append(escape(String.join("; ", e.partnerships()))).append("\"];\n");
    }
    return sb.append("}\n").toString();
  }

  /**
   * Returns the drawing as a Mermaid graph, for Markdown pages.
   *
   * @return the Mermaid text
   */
  public String mermaid() {
    StringBuilder sb = new StringBuilder();
    sb.append("graph LR\n");
    for (Node n : nodes) {
      sb.append("  ").append(id(n.key())).append("[\"").append(n.label().replace("\"", "'")).append("\"]:::")
          .append(n.type().code().replace('-', '_')).append('\n');
    }
    for (Edge e : edges) {
      sb.append("  ").append(id(e.a())).append(" --- ").append(id(e.b())).append('\n');
    }
    nodes.stream().map(Node::type).distinct().forEach(t -> sb.append("  classDef ")
        .append(t.code().replace('-', '_')).append(" fill:").append(colour(t)).append(",color:#fff\n"));
    return sb.toString();
  }

  /**
   * Returns the drawing as a self-contained SVG document that any browser opens.
   *
   * @param title the heading drawn at the top
   * @return the SVG text
   */
  public String svg(String title) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\""
            + " font-family=\"Helvetica, Arial, sans-serif\">%n", width, height, width, height));
    sb.append(String.format(Locale.ROOT, "  <rect width=\"%.0f\" height=\"%.0f\" fill=\"#ffffff\"/>%n", width, height));
    sb.append("  <text x=\"20\" y=\"34\" font-size=\"20\" font-weight=\"bold\" fill=\"#222\">")
        .append(xml(title)).append("</text>\n");
    sb.append("  <g stroke=\"#9aa5b1\" stroke-opacity=\"0.55\">\n");
    for (Edge e : edges) {
      double[] a = positions.get(e.a());
      double[] b = positions.get(e.b());
      double cx = CENTRE_X;
      double cy = CENTRE_Y;
      // A gentle curve towards the centre keeps parallel chords apart.
      double mx = (a[0] + b[0]) / 2 * 0.8 + cx * 0.2;
      double my = (a[1] + b[1]) / 2 * 0.8 + cy * 0.2;
      sb.append(String.format(Locale.ROOT,
          "    <path d=\"M %.1f %.1f Q %.1f %.1f %.1f %.1f\" fill=\"none\" stroke-width=\"%.1f\"><title>%s</title></path>%n",
          a[0], a[1], mx, my, b[0], b[1], 1.2 + 1.3 * (e.partnerships().size() - 1),
          xml(String.join("; ", e.partnerships()))));
    }
    sb.append("  </g>\n");
    for (Node n : nodes) {
      double[] p = positions.get(n.key());
      sb.append(String.format(Locale.ROOT,
          "  <circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.0f\" fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"2\"><title>%s</title></circle>%n",
          p[0], p[1], NODE_RADIUS, colour(n.type()), xml(n.title())));
    }
    for (Box b : boxes) {
      // White halo first, so that lines passing behind a label do not cut through it.
      for (String paint : List.of("stroke=\"#ffffff\" stroke-width=\"4\" stroke-linejoin=\"round\" fill=\"#ffffff\"", "fill=\"#222\"")) {
        sb.append(String.format(Locale.ROOT, "  <text x=\"%.1f\" y=\"%.1f\" font-size=\"%.0f\"%s %s>%s</text>%n",
            b.anchorEnd() ? b.x() + b.width() : b.x(), b.y() + FONT - 1, FONT,
            b.anchorEnd() ? " text-anchor=\"end\"" : "", paint, xml(b.label())));
      }
    }
    // Legend: one swatch per type that occurs.
    double ly = 70;
    sb.append(String.format(Locale.ROOT, "  <text x=\"%.0f\" y=\"%.0f\" font-size=\"14\" font-weight=\"bold\" fill=\"#222\">%s</text>%n",
        width - 230, ly, Language.of(language).choose("Type organisatie", "Organization type")));
    for (OrganizationType t : nodes.stream().map(Node::type).distinct().sorted().toList()) {
      ly += 24;
      sb.append(String.format(Locale.ROOT, "  <circle cx=\"%.0f\" cy=\"%.0f\" r=\"7\" fill=\"%s\"/>%n", width - 222, ly - 5, colour(t)));
      sb.append(String.format(Locale.ROOT, "  <text x=\"%.0f\" y=\"%.0f\" font-size=\"13\" fill=\"#222\">%s</text>%n",
          width - 208, ly, xml(t.label(language))));
    }
    ly += 34;
    sb.append(String.format(Locale.ROOT, "  <text x=\"%.0f\" y=\"%.0f\" font-size=\"12\" fill=\"#555\">%s</text>%n",
        width - 230, ly, Language.of(language).choose("Lijn: gedeelde samenwerking;", "Line: shared partnership;")));
    sb.append(String.format(Locale.ROOT, "  <text x=\"%.0f\" y=\"%.0f\" font-size=\"12\" fill=\"#555\">%s</text>%n",
        width - 230, ly + 16, Language.of(language).choose("dikker = meer samen", "thicker = more together")));
    return sb.append("</svg>\n").toString();
  }

  private static String id(OrganizationRef ref) {
    return ref.key().replace('-', '_').replace('.', '_');
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}

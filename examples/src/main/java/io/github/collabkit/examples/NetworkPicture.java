package io.github.collabkit.examples;

import io.github.collabkit.graph.NetworkDrawing;
import io.github.collabkit.json.CollabkitJson;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * How do the umc's and their partners hang together? Draws the collaboration network of the bundled
 * dataset (organizations coloured by type, partnerships as lines) as Graphviz DOT, as Mermaid for
 * Markdown, and as an SVG drawn in pure Java that any browser opens.
 *
 * <p>The files land in {@code examples/out/} when run from the project root (the tour does this),
 * else in {@code out/}, or in the folder given as first argument.
 */
public final class NetworkPicture {
  private NetworkPicture() {}

  /**
   * Runs the example, printing to standard output.
   *
   * @param args optionally the output folder
   */
  public static void main(String[] args) {
    Path dir = args.length > 0 ? Path.of(args[0])
        : Files.isDirectory(Path.of("examples")) ? Path.of("examples", "out") : Path.of("out");
    run(Console.out(), dir);
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   * @param dir the folder to write the files to; created when missing
   */
  public static void run(PrintStream out, Path dir) {
    NetworkDrawing picture = NetworkDrawing.of(CollabkitJson.bundledLandscape(), "en");
    Map<String, String> files = new TreeMap<>();
    files.put("network.dot", picture.dot());
    files.put("network.mmd", picture.mermaid());
    files.put("network.svg", picture.svg("Collaboration network of the Dutch umc's and their partners"));
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, String> f : files.entrySet()) {
        Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the picture to " + dir, e);
    }
    out.println("Collaboration network: " + picture.nodes().size() + " organizations, "
        + picture.edges().size() + " links between them");
    picture.nodes().stream().map(NetworkDrawing.Node::type).distinct().sorted().forEach(t -> out.println(
        "  " + NetworkDrawing.colour(t) + "  " + t.label("en") + ": " + picture.nodes().stream()
            .filter(n -> n.type() == t).map(NetworkDrawing.Node::label).reduce((a, b) -> a + ", " + b).orElse("")));
    out.println("Wrote network.dot (Graphviz: dot -Tpng), network.mmd (Mermaid) and network.svg (any browser)");
    out.println("to " + dir.toAbsolutePath().normalize().toUri());
  }
}

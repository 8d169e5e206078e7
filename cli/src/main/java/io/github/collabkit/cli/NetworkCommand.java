package io.github.collabkit.cli;

import io.github.collabkit.graph.NetworkDrawing;
import io.github.collabkit.json.CollabkitJson;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code collabkit network}: the collaboration network of a dataset as DOT, Mermaid or SVG. */
@Command(name = "network", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Draw the collaboration network as DOT, Mermaid or SVG.",
    description = {"Draws the collaboration network of a dataset: organizations (units rolled up into their"
        + " organization) coloured by type, linked by the partnerships they share. Graphviz DOT (dot -Tpng),"
        + " Mermaid for Markdown, or an SVG any browser opens; to standard output or to --output."})
final class NetworkCommand implements Callable<Integer> {
  /** The drawing's forms. */
  enum DrawingFormat { dot, mermaid, svg }

  @Parameters(index = "0", arity = "0..1", paramLabel = "DATASET",
      description = "A dataset document or NDJSON (default: the bundled dataset).")
  Path dataset;

  @Option(names = "--format", paramLabel = "dot|mermaid|svg",
      description = "The form (default: from --output's extension .dot, .mmd or .svg; else dot).")
  DrawingFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
  Path output;

  @Option(names = "--lang", paramLabel = "en|nl", defaultValue = "en", description = "Language of the labels.")
  String language;

  @Option(names = "--title", paramLabel = "TEXT", description = "The SVG's heading (default: the dataset's name).")
  String title;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Landscape landscape = dataset == null ? CollabkitJson.bundledLandscape() : Datasets.read(dataset);
    String lang = Language.of(language).tag();
    NetworkDrawing drawing = NetworkDrawing.of(landscape, lang);
    DrawingFormat f = format != null ? format : fromName(output);
    String text = f == DrawingFormat.dot ? drawing.dot() : f == DrawingFormat.mermaid ? drawing.mermaid()
        : drawing.svg(title != null ? title : landscape.name());
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    } else {
      try {
        Datasets.createParent(output);
        Files.writeString(output, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw Failure.unusable(output + ": cannot be written: " + e.getMessage(), e);
      }
      spec.commandLine().getErr().println("Wrote " + drawing.nodes().size() + " organizations and "
          + drawing.edges().size() + " links to " + output + " (" + f + ")");
    }
    return Collabkit.OK;
  }

  private static DrawingFormat fromName(Path output) {
    String name = output == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".svg") ? DrawingFormat.svg
        : name.endsWith(".mmd") || name.endsWith(".mermaid") ? DrawingFormat.mermaid : DrawingFormat.dot;
  }
}

package io.github.collabkit.examples;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A first look at collabkit: runs the examples one after another on the bundled dataset of the Dutch
 * university medical centres, each with a short heading. The README's main command runs this tour.
 *
 * <p>New examples join the tour by adding a {@link Step} to {@link #STEPS}: the model first
 * (build, explore, validate), then the questions asked of it (which organization a name means,
 * which infrastructure fits a need, which action line a partnership serves, who works with whom),
 * then the picture.
 */
public final class Tour {

  /**
   * One stop of the tour.
   *
   * @param title what the step shows
   * @param example the example class, named in the heading so readers can find its source
   * @param run runs the example, printing to the stream; the path is the folder for files
   */
  record Step(String title, Class<?> example, BiConsumer<PrintStream, Path> run) {}

  /** The steps in order. */
  static final List<Step> STEPS = List.of(
      new Step("Build one partnership, validate it, write and read it as JSON", Quickstart.class,
          (out, dir) -> Quickstart.run(out)),
      new Step("Explore the bundled dataset: LUMC's partnerships, infrastructures, the umc strategy", Explore.class,
          (out, dir) -> Explore.run(out, "en")),
      new Step("Validate a broken document: every problem with its path", ValidateDocument.class,
          (out, dir) -> ValidateDocument.run(out)),
      new Step("Resolve names and affiliation strings to organizations", ResolveNames.class,
          (out, dir) -> ResolveNames.run(out)),
      new Step("Find research infrastructures for a need, with the access terms that apply", FindInfrastructure.class,
          (out, dir) -> FindInfrastructure.run(out, "en")),
      new Step("Classify every partnership into the umc strategy's action lines", ClassifyPartnerships.class,
          (out, dir) -> ClassifyPartnerships.run(out, "en")),
      new Step("Query the network: partners, shortest chains, hubs, infrastructures to bundle", QueryNetwork.class,
          (out, dir) -> QueryNetwork.run(out)),
      new Step("Draw the collaboration network as DOT, Mermaid and SVG", NetworkPicture.class,
          NetworkPicture::run));

  private Tour() {}

  /**
   * Runs the tour, printing to standard output.
   *
   * @param args optionally the folder for the picture files
   */
  public static void main(String[] args) {
    Path dir = args.length > 0 ? Path.of(args[0])
        : Files.isDirectory(Path.of("examples")) ? Path.of("examples", "out") : Path.of("out");
    run(Console.out(), dir);
  }

  /**
   * Runs the tour.
   *
   * @param out where to print
   * @param dir the folder for the picture files
   */
  public static void run(PrintStream out, Path dir) {
    out.println("collabkit tour: " + STEPS.size() + " examples on the bundled Dutch umc dataset");
    int n = 1;
    for (Step step : STEPS) {
      out.println();
      String heading = "== " + n++ + "/" + STEPS.size() + " " + step.title() + " (" + step.example().getSimpleName() + ") ";
      out.println(heading + "=".repeat(Math.max(3, 100 - heading.length())));
      step.run().accept(out, dir);
    }
  }
}

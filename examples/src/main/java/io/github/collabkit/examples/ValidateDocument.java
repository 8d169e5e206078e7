package io.github.collabkit.examples;

import io.github.collabkit.json.CollabkitJson;
import io.github.collabkit.json.LandscapeReadResult;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What is wrong with my dataset, and where? Reads a deliberately broken document (or the file given
 * as argument), collecting every problem instead of stopping at the first, and prints the JSON
 * problems with their JSON Pointer, line and column, then the dataset validator's report with the
 * path of each problem in the model.
 */
public final class ValidateDocument {
  /** The broken example document, on the class path of this module. */
  static final String BROKEN = "/io/github/collabkit/examples/broken-landscape.json";

  private ValidateDocument() {}

  /**
   * Runs the example, printing to standard output.
   *
   * @param args optionally a dataset document to check instead of the broken example
   */
  public static void main(String[] args) {
    if (args.length > 0) {
      print(Console.out(), args[0], CollabkitJson.standard().readLandscapeCollecting(Path.of(args[0])));
    } else {
      run(Console.out());
    }
  }

  /**
   * Runs the example on the broken document.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    InputStream in = ValidateDocument.class.getResourceAsStream(BROKEN);
    print(out, "broken-landscape.json", CollabkitJson.standard().readLandscapeCollecting(in));
  }

  private static void print(PrintStream out, String name, LandscapeReadResult result) {
    out.print(result.report(name));
  }
}

package io.github.collabkit.cli;

import io.github.collabkit.cli.Datasets.Format;
import io.github.collabkit.model.Landscape;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code collabkit convert IN OUT}: a dataset from one form into another. */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Convert a dataset between JSON, NDJSON, CSV tables and JSON-LD.",
    description = {"Converts a dataset: a JSON document to NDJSON and back, or either to a folder of CSV tables or"
        + " to JSON-LD. The forms follow the file names (.json, .ndjson or .jsonl, .jsonld, a folder for CSV)"
        + " unless --to says otherwise.",
        "The input must be readable without JSON problems (check it with collabkit validate)."})
final class ConvertCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "IN", description = "The dataset: a JSON document or NDJSON.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "Where to write: a file, or a folder for CSV.")
  Path out;

  @Option(names = "--to", paramLabel = "FORMAT", description = "The output form: ${COMPLETION-CANDIDATES}"
      + " (default: from OUT's name).")
  Format to;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Landscape landscape = Datasets.read(in);
    Format format = to != null ? to : Format.of(out);
    Datasets.write(landscape, out, format);
    spec.commandLine().getErr().println("Wrote " + landscape.organizations().size() + " organizations, "
        + landscape.partnerships().size() + " partnerships, " + landscape.infrastructures().size()
        + " infrastructures to " + out + " (" + format.code() + ")");
    return Collabkit.OK;
  }
}

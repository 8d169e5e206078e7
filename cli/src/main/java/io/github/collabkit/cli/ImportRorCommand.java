package io.github.collabkit.cli;

import io.github.collabkit.cli.Datasets.Format;
import io.github.collabkit.json.CollabkitJson;
import io.github.collabkit.json.LandscapeLineWriter;
import io.github.collabkit.json.ror.RorImportException;
import io.github.collabkit.json.ror.RorImporter;
import io.github.collabkit.json.ror.RorProblem;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.LocalizedText;
import io.github.collabkit.model.Organization;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code collabkit import-ror DUMP OUT}: a ROR dump to a collabkit dataset, with every problem. */
@Command(name = "import-ror", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Import a ROR data dump into a collabkit dataset, reporting every problem.",
    description = {"Imports a ROR data dump (.json array or record, .jsonl, either gzipped, or ROR's .zip) into a"
        + " collabkit dataset: a JSON document (.json) or NDJSON (.ndjson), which is written one organization at"
        + " a time in bounded memory.",
        "Every problem goes to standard error with its position (a record skipped, a value left out); the"
            + " import never stops at a bad record. Exit code 0 without problems, 1 with, 2 when the dump cannot"
            + " be read at all."})
final class ImportRorCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DUMP", description = "The ROR dump.")
  Path dump;

  @Parameters(index = "1", paramLabel = "OUT", description = "The dataset to write: .json or .ndjson.")
  Path out;

  @Option(names = "--name", paramLabel = "NAME", defaultValue = "ROR",
      description = "The dataset's name (default: ${DEFAULT-VALUE}).")
  String name;

  @Mixin
  ProgressOption progress;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Format format = Format.of(out);
    if (format != Format.JSON && format != Format.NDJSON) {
      throw Failure.unusable(out + ": import-ror writes a .json document or .ndjson; got " + format.code());
    }
    Progress bar = progress.display(err);
    RorImporter importer = RorImporter.create();
    if (bar.enabled()) {
      importer = importer.withProgress((records, bytes, total) -> bar.bytes("import-ror", bytes, total));
    }
    Map<RorProblem.Outcome, Long> byOutcome = new EnumMap<>(RorProblem.Outcome.class);
    Consumer<RorProblem> problems = p -> {
      bar.done();
      err.println(dump + ": " + p);
      byOutcome.merge(p.outcome(), 1L, Long::sum);
    };
    long start = System.nanoTime();
    long imported;
    try {
      if (format == Format.NDJSON) {
        Datasets.createParent(out);
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
            LandscapeLineWriter lines = CollabkitJson.standard().lineWriter(o, name, LocalizedText.empty())) {
          imported = importer.forEach(dump, lines::write, problems);
        }
      } else {
        List<Organization> organizations = new ArrayList<>();
        imported = importer.forEach(dump, organizations::add, problems);
        Datasets.write(Landscape.builder().name(name).addAllOrganizations(organizations).build(), out, format);
      }
    } catch (RorImportException e) {
      throw Failure.unusable(e.getMessage(), e);
    }
    bar.done();
    long total = byOutcome.values().stream().mapToLong(Long::longValue).sum();
    err.println(String.format(Locale.ROOT, "Imported %,d organizations from %s to %s in %.1f s; %,d problem(s): %,d"
        + " record(s) skipped, %,d value(s) left out%s", imported, dump, out, (System.nanoTime() - start) / 1e9,
        total, byOutcome.getOrDefault(RorProblem.Outcome.RECORD_SKIPPED, 0L),
        byOutcome.getOrDefault(RorProblem.Outcome.VALUE_LEFT_OUT, 0L),
        byOutcome.containsKey(RorProblem.Outcome.INPUT_ENDED) ? ", and the input ended early" : ""));
    return total == 0 ? Collabkit.OK : Collabkit.PROBLEMS;
  }
}

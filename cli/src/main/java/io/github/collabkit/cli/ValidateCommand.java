package io.github.collabkit.cli;

import io.github.collabkit.json.JsonProblem;
import io.github.collabkit.json.LandscapeReadResult;
import io.github.collabkit.validate.Violation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code collabkit validate FILE...}: every JSON problem and every validator finding of each file. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Check datasets and report every problem, with its place and rule.",
    description = {"Checks datasets (JSON documents or NDJSON) and reports every problem: the JSON problems with"
        + " their JSON Pointer, line and column, then the dataset validator's findings with their path.",
        "Exit code 0 when every file is valid, 1 when one has problems, 2 when one cannot be read or is not JSON."})
final class ValidateCommand implements Callable<Integer> {
  /** The report's forms. */
  enum ReportFormat { text, json }

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Dataset documents (.json) or NDJSON (.ndjson, .jsonl).")
  List<Path> files;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "The report: text for people (default), json for pipelines.")
  ReportFormat format;

  @Spec
  CommandSpec spec;

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int code = Collabkit.OK;
    ArrayNode reports = MAPPER.createArrayNode();
    boolean first = true;
    for (Path file : files) {
      LandscapeReadResult result;
      try {
        result = Datasets.readCollecting(file);
      } catch (Failure e) {
        spec.commandLine().getErr().println("collabkit validate: " + e.getMessage());
        reports.addObject().put("file", file.toString()).put("valid", false).put("usable", false)
            .put("error", e.getMessage());
        code = Math.max(code, Collabkit.UNUSABLE);
        continue;
      }
      boolean unusable = Datasets.unusable(file, result);
      code = Math.max(code, unusable ? Collabkit.UNUSABLE : result.isValid() ? Collabkit.OK : Collabkit.PROBLEMS);
      if (format == ReportFormat.text) {
        if (!first) {
          out.println();
        }
        out.print(result.report(file.toString()));
      } else {
        reports.add(json(file, result, unusable));
      }
      first = false;
    }
    if (format == ReportFormat.json) {
      ObjectNode root = MAPPER.createObjectNode();
      root.put("valid", code == Collabkit.OK);
      root.set("files", reports);
      out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }
    out.flush();
    return code;
  }

  private static ObjectNode json(Path file, LandscapeReadResult result, boolean unusable) {
    ObjectNode report = MAPPER.createObjectNode();
    report.put("file", file.toString());
    report.put("valid", result.isValid());
    report.put("usable", !unusable);
    report.put("jsonProblems", result.problems().size());
    report.put("errors", result.validation().errors().size());
    report.put("warnings", result.validation().warnings().size());
    ArrayNode problems = report.putArray("problems");
    for (JsonProblem p : result.problems()) {
      ObjectNode n = problems.addObject();
      n.put("severity", p.severity().code());
      n.put("pointer", p.pointer());
      n.put("line", p.line());
      n.put("column", p.column());
      n.put("rule", p.rule().code());
      n.put("message", p.message());
    }
    ArrayNode violations = report.putArray("violations");
    for (Violation v : result.validation().violations()) {
      ObjectNode n = violations.addObject();
      n.put("severity", v.severity().code());
      n.put("path", v.path());
      n.put("rule", v.rule().code());
      n.put("message", v.message());
    }
    return report;
  }
}

package io.github.collabkit.cli;

import io.github.collabkit.index.Level;
import io.github.collabkit.index.OrganizationIndex;
import io.github.collabkit.index.Resolution;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code collabkit resolve [FILE|-]}: affiliation strings to organizations, streaming, on all cores
 * through the index's batch resolution ({@link OrganizationIndex#resolveEach(Stream, Level,
 * io.github.collabkit.index.ProgressListener)}): texts are read a chunk at a time and results written
 * in input order, so memory stays bounded whatever the number of lines.
 */
@Command(name = "resolve", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Resolve affiliation strings to organizations (CSV or NDJSON out).",
    description = {"Resolves affiliation strings to the organizations they name: one string a line, or one column"
        + " of a CSV file (--column). Writes one row per input string, in input order, to standard output:"
        + " the input, the status, the organization's key, ROR id, identifiers and name, the score, the candidate"
        + " that was not accepted, the runner-up, every organization the text names, and why.",
        "Against a ROR dump (.json, .jsonl, .gz, or ROR's .zip) or a collabkit dataset (--registry); the bundled"
            + " dataset of the Dutch umc's when omitted. A summary (counts by status, strings/s) goes to standard"
            + " error, with a progress line when standard error is a terminal."})
final class ResolveCommand implements Callable<Integer> {
  /** The output forms. */
  enum OutputFormat { csv, ndjson }

  /** The columns of the output, in order; NDJSON uses the same names. */
  static final List<String> COLUMNS = List.of("line", "input", "status", "key", "ror", "identifiers", "name",
      "score", "candidate", "candidate_name", "runner_up", "runner_up_name", "runner_up_score", "named", "reason");

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE|-",
      description = "The strings; - or nothing for standard input.")
  String input;

  @Option(names = "--column", paramLabel = "NAME|N",
      description = "Read a CSV file with a header row and take this column (a name, any case, or a number from 1).")
  String column;

  @Option(names = "--registry", paramLabel = "FILE",
      description = "The organizations: a ROR dump in any form, or a collabkit dataset (default: the bundled dataset).")
  Path registry;

  @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "one-organization", converter = LevelConverter.class,
      description = "When a text names a unit and its organization: one-organization (default: the organization"
          + " when it is a university named last, else none), most-specific, broadest-named or top-level.")
  Level level;

  @Option(names = "--format", paramLabel = "csv|ndjson", defaultValue = "csv",
      description = "The output: csv (default, with a header row) or ndjson.")
  OutputFormat format;

  @Option(names = "--threads", paramLabel = "N", description = "Threads resolving (default: every core, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin
  ProgressOption progress;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (threads < 1) {
      throw Failure.unusable("--threads: must be at least 1, got " + threads);
    }
    PrintWriter err = spec.commandLine().getErr();
    Progress bar = progress.display(err);
    String name = input == null || input.equals("-") ? "standard input" : input;
    if (input != null && !input.equals("-") && !Files.isRegularFile(Path.of(input))) {
      throw Failure.unusable(input + ": " + (Files.exists(Path.of(input)) ? "not a file" : "no such file"));
    }
    OrganizationIndex index = Registry.load(registry, err, bar);
    Map<String, Long> counts = new TreeMap<>();
    long start = System.nanoTime();
    long done;
    ForkJoinPool pool = new ForkJoinPool(threads);
    try (InputStream in = open(input)) {
      TextSource source = column == null ? TextSource.lines(in, name) : TextSource.column(new InputStreamReader(in,
          StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)), name, column);
      Writer out = new BufferedWriter(spec.commandLine().getOut(), 1 << 16);
      ResolveOutput output = format == OutputFormat.csv ? ResolveOutput.csv(out) : ResolveOutput.ndjson(out);
      output.header();
      // The index resolves each chunk with a parallel stream, which runs in the pool this task runs in.
      done = pool.submit(() -> run(index, source, output, counts, bar)).get();
      out.flush();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
    } finally {
      pool.shutdownNow();
    }
    bar.done();
    double seconds = (System.nanoTime() - start) / 1e9;
    StringBuilder summary = new StringBuilder(String.format(Locale.ROOT,
        "Resolved %,d strings in %.1f s (%,.0f strings/s on %d thread(s)):", done, seconds,
        seconds > 0 ? done / seconds : 0, threads));
    counts.forEach((status, n) -> summary.append(String.format(Locale.ROOT, " %s %,d;", status, n)));
    err.println(summary.substring(0, summary.length() - (counts.isEmpty() ? 0 : 1)));
    return Collabkit.OK;
  }

  /**
   * Resolves the texts in order; the texts read but not yet written wait in a queue no longer than
   * the index's chunk.
   */
  private long run(OrganizationIndex index, TextSource source, ResolveOutput output, Map<String, Long> counts,
      Progress bar) throws IOException {
    Deque<TextSource.Text> pending = new ArrayDeque<>();
    Stream<String> texts = Stream.generate(source::next).takeWhile(Objects::nonNull).map(t -> {
      pending.add(t);
      return t.text();
    });
    long done = 0;
    Iterator<Resolution> answers = index.resolveEach(texts, level, (n, total) -> bar.count("resolved", n)).iterator();
    while (answers.hasNext()) {
      Resolution r = answers.next();
      TextSource.Text t = pending.remove();
      output.write(new Row(t.line(), t.text(), r));
      counts.merge(r.status().code(), 1L, Long::sum);
      done++;
    }
    return done;
  }

  private static InputStream open(String input) {
    if (input == null || input.equals("-")) {
      return new java.io.FilterInputStream(System.in) {
        @Override
        public void close() {
          // standard input stays open
        }
      };
    }
    try {
      return Files.newInputStream(Path.of(input));
    } catch (NoSuchFileException e) {
      throw Failure.unusable(input + ": no such file", e);
    } catch (IOException e) {
      throw Failure.unusable(input + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /** One resolved text, as the output writes it. */
  record Row(long line, String input, Resolution resolution) {}

  /** Reads {@code --level} by its code. */
  static final class LevelConverter implements ITypeConverter<Level> {
    @Override
    public Level convert(String value) {
      return Level.fromCode(value);
    }
  }
}

package io.github.collabkit.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code collabkit} command: collaboration data from the shell, for the people who keep a umc's
 * registries. Results go to standard output, progress and diagnostics to standard error; the exit
 * code is {@link #OK} (0), {@link #PROBLEMS} (1) or {@link #UNUSABLE} (2).
 *
 * <pre>{@code
 * java -jar collabkit.jar validate landscape.json
 * java -jar collabkit.jar resolve affiliations.txt --registry ror-data.zip > resolved.csv
 * }</pre>
 */
@Command(name = "collabkit", mixinStandardHelpOptions = true, versionProvider = Collabkit.Version.class,
    description = "Collaboration data of the Dutch university medical centres from the shell: validate and convert"
        + " datasets, resolve affiliation strings to organizations, import ROR dumps, match research needs to"
        + " infrastructures and draw the collaboration network.",
    subcommands = {ValidateCommand.class, ConvertCommand.class, ResolveCommand.class, ImportRorCommand.class,
        MatchCommand.class, NetworkCommand.class, AutoComplete.GenerateCompletion.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done; the input is valid", "1:problems found in the input (reported on stderr or in the"
        + " report)", "2:unusable input or usage: a file that cannot be read or parsed, a wrong option"},
    footerHeading = "%n", footer = "Stack traces only with --debug. Documentation: README.md, section"
        + " \"The collabkit command\".")
public final class Collabkit implements Runnable {
  /** Exit code: done, nothing wrong. */
  public static final int OK = 0;
  /** Exit code: the input holds problems (invalid data, unresolved or skipped records). */
  public static final int PROBLEMS = 1;
  /** Exit code: the input cannot be used at all, or the command line is wrong. */
  public static final int UNUSABLE = 2;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Show the stack trace of an error.")
  boolean debug;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Used by picocli. */
  Collabkit() {}

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = commandLine(out, err).execute(args);
    out.flush();
    System.exit(code);
  }

  /**
   * Returns the command line, writing results to {@code out} and diagnostics to {@code err}; tests
   * run it in-process with {@code commandLine(out, err).execute(args)}.
   *
   * @param out standard output
   * @param err standard error
   * @return the configured command line
   */
  public static CommandLine commandLine(PrintStream out, PrintStream err) {
    Collabkit root = new Collabkit();
    CommandLine cl = new CommandLine(root);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setExitCodeExceptionMapper(e -> UNUSABLE);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setUsageHelpWidth(80); // the same help in every terminal, and in the README
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      err.println("collabkit " + commandLine.getCommandName() + ": " + message(e));
      if (root.debug) {
        e.printStackTrace(err);
      }
      err.flush();
      return e instanceof Failure ? ((Failure) e).exitCode() : UNUSABLE;
    });
    cl.setParameterExceptionHandler((e, args) -> {
      PrintWriter w = e.getCommandLine().getErr();
      w.println("collabkit " + e.getCommandLine().getCommandName() + ": " + e.getMessage());
      w.println("Try 'collabkit " + (e.getCommandLine() == cl ? "" : e.getCommandLine().getCommandName() + " ")
          + "--help' for the options.");
      return UNUSABLE;
    });
    for (CommandLine sub : cl.getSubcommands().values()) {
      sub.setOut(cl.getOut());
      sub.setErr(cl.getErr());
    }
    return cl;
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replace('\n', ' ');
  }

  /** Without a subcommand: the usage. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version from the jar's manifest, or the build's when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Collabkit.class.getPackage().getImplementationVersion();
      return new String[] {"collabkit " + (v == null ? "(development build)" : v),
          "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
  }
}

package org.psmapathway.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code psma} command. Exit codes (DESIGN.md): 0 success, 1 bad input (a file or record that
 * cannot be used; every problem listed), 2 bad usage (unknown option, missing argument).
 */
@Command(
    name = "psma",
    mixinStandardHelpOptions = true,
    versionProvider = PsmaCli.Version.class,
    description = {
        "PSMA-PET-guided management of recurrent and advanced prostate cancer.",
        "Decision support: every output is a rule result with its source, not an order."},
    subcommands = {AssessCommand.class, ProtocolCommand.class, Eqd2Command.class,
        TrialsCommand.class, ScreenCommand.class,
        ImportCommand.class, ExportCommand.class, SynthCommand.class, DemoCommand.class,
        KaplanMeierCommand.class, LogRankCommand.class, CumulativeIncidenceCommand.class,
        CoxCommand.class, FineGrayCommand.class, TableOneCommand.class, LogisticCommand.class,
        RocCommand.class, MetaCommand.class, DoseCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Run 'psma COMMAND --help' for a command's options and an example."})
public final class PsmaCli implements Runnable {

  public static final int EXIT_BAD_INPUT = 1;
  public static final int EXIT_USAGE = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
  }

  /** Held so that the logger and its level are not garbage-collected. */
  private static final java.util.logging.Logger ROOT_LOGGER = java.util.logging.Logger.getLogger("");

  /**
   * Libraries (Flyway, JDBI through SLF4J) log progress at INFO on standard error; a command line
   * shows its own messages and only the libraries' warnings.
   */
  static void quietLibraryLogs() {
    ROOT_LOGGER.setLevel(java.util.logging.Level.WARNING);
    for (java.util.logging.Handler h : ROOT_LOGGER.getHandlers()) {
      h.setLevel(java.util.logging.Level.WARNING);
    }
  }

  public static void main(String[] args) {
    quietLibraryLogs();
    // Java 17's default charset follows the locale; clinical text (α/β, ≥, µg) needs UTF-8.
    PrintWriter out = new StdoutWriter(System.out);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(execute(args, out, err));
  }

  /** Runs the CLI with explicit streams; used by {@link #main} and by tests. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new PsmaCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof BadInputException bad) {
        out.flush();
        bad.problems().forEach(err::println);
        err.flush();
        return EXIT_BAD_INPUT;
      }
      throw ex; // a defect, not a user mistake: let it show
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Reads the version from the jar manifest when packaged. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = PsmaCli.class.getPackage().getImplementationVersion();
      return new String[] {"psma " + (v == null ? "(development build)" : v)};
    }
  }
}

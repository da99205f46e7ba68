package org.psmapathway.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.psmapathway.app.survival.LogRankText;
import org.psmapathway.app.survival.SurvivalColumns;
import org.psmapathway.app.table.CsvTable;
import org.psmapathway.stats.survival.GroupCoding;
import org.psmapathway.stats.survival.LogRank;
import org.psmapathway.stats.survival.LogRankResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "logrank",
    mixinStandardHelpOptions = true,
    description = {"Log-rank and G-rho tests between groups at parity with R's survdiff "
        + "(rho = 0 log-rank, rho = 1 Peto-Peto), optionally stratified: observed and expected "
        + "events per group, chi-square, df, p.",
        "Event column: 0/1, TRUE/FALSE or 1/2 (R's Surv() coding). Rows with a missing value in "
            + "a used column are dropped and counted."},
    footer = {"", "Examples:",
        "  ./psma logrank --data lung.csv --time time --event status --group sex",
        "  ./psma logrank --data lung.csv --time time --event status --group sex "
            + "--strata ph.ecog --format json"})
final class LogRankCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE.csv",
      description = "One row per patient, with a header row.")
  Path data;

  @Option(names = "--time", required = true, paramLabel = "COLUMN",
      description = "Follow-up time (>= 0).")
  String time;

  @Option(names = "--event", required = true, paramLabel = "COLUMN",
      description = "Event indicator: 0/1, TRUE/FALSE or 1/2.")
  String event;

  @Option(names = "--group", required = true, paramLabel = "COLUMN",
      description = "The groups compared.")
  String group;

  @Option(names = "--strata", paramLabel = "COLUMN",
      description = "Stratify: O, E and V summed over the strata of this column.")
  String strata;

  @Option(names = "--rho", defaultValue = "0", paramLabel = "RHO",
      description = "Weight S(t-)^rho: 0 log-rank (default), 1 Peto-Peto.")
  double rho;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json (default ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() throws IOException {
    if (!Double.isFinite(rho)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--rho must be a finite number, got " + rho);
    }
    CsvTable table = CsvTable.read(data);
    SurvivalColumns columns = SurvivalColumns.complete(table, time, event, group, strata);
    double[] t = columns.times(time);
    int[] e = columns.events(event);
    GroupCoding groups = columns.groups(group);
    GroupCoding strataCoding = strata == null ? null : columns.groups(strata);
    if (groups.size() < 2) {
      throw new BadInputException(List.of(table.file() + ": column \"" + group
          + "\": expected at least 2 groups, got 1 (" + groups.labels().get(0)
          + "); R: 'There is only 1 group'"));
    }
    LogRankResult r = strataCoding == null ? LogRank.test(t, e, groups, null, 0, rho)
        : LogRank.test(t, e, groups, strataCoding.index(), strataCoding.size(), rho);

    try (PendingOutput out = new PendingOutput(null)) {
      if (format == OutputFormat.json) {
        SurvivalJson.logRank(out.writer(), t.length, columns.dropped(), r);
      } else {
        String call = "survdiff(formula = Surv(" + time + ", " + event + ") ~ " + group
            + (strata == null ? "" : " + strata(" + strata + ")") + ", data = "
            + data.getFileName() + (rho == 0 ? "" : ", rho = " + RhoText.of(rho)) + ")";
        out.writer().write(LogRankText.render(call, t.length, columns.dropped(), group + "=",
            r));
      }
      out.commit(spec.commandLine().getOut());
    }
    return 0;
  }

  /** rho as R's dput writes it: 1, 0.5. */
  private static final class RhoText {
    static String of(double rho) {
      return rho == Math.rint(rho) ? Long.toString((long) rho) : Double.toString(rho);
    }
  }
}

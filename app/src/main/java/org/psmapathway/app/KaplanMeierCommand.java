package org.psmapathway.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.psmapathway.app.survival.KaplanMeierText;
import org.psmapathway.app.survival.SurvivalColumns;
import org.psmapathway.app.table.CsvTable;
import org.psmapathway.report.figure.FigureFormat;
import org.psmapathway.report.figure.FigureWriter;
import org.psmapathway.report.survival.PValueText;
import org.psmapathway.report.survival.SurvivalCurve;
import org.psmapathway.report.survival.SurvivalCurves;
import org.psmapathway.report.survival.SurvivalPlot;
import org.psmapathway.report.survival.SurvivalPlotStyle;
import org.psmapathway.stats.survival.ConfidenceType;
import org.psmapathway.stats.survival.GroupCoding;
import org.psmapathway.stats.survival.KaplanMeier;
import org.psmapathway.stats.survival.KaplanMeierFit;
import org.psmapathway.stats.survival.KaplanMeierOptions;
import org.psmapathway.stats.survival.KaplanMeierSummary;
import org.psmapathway.stats.survival.LogRank;
import org.psmapathway.stats.survival.LogRankResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "km",
    mixinStandardHelpOptions = true,
    description = {"Kaplan-Meier survival curves at parity with R's survfit: median and its CI, "
        + "survival, se, CI and number at risk at given times, restricted mean, reverse "
        + "Kaplan-Meier median follow-up, log-rank test between groups; journal-style figure "
        + "(SVG or PNG) with the number at risk.",
        "Event column: 0/1 (1 = event), TRUE/FALSE, or 1/2 when the largest value is 2 "
            + "(2 = event), as R's Surv(). Rows with a missing value in a used column are dropped "
            + "and counted."},
    footer = {"", "Examples:",
        "  ./psma km --data lung.csv --time time --event status --group sex --at 365,730",
        "  ./psma km --data lung.csv --time time --event status --group sex --labels Male,Female "
            + "--time-unit days --time-step 200 --plot km.png",
        "  ./psma km --data lung.csv --time time --event status --reverse   (median follow-up)"})
final class KaplanMeierCommand implements Callable<Integer> {

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

  @Option(names = "--group", paramLabel = "COLUMN", description = "One curve per value.")
  String group;

  @Option(names = "--at", split = ",", paramLabel = "T",
      description = "Times for survival, se, CI and number at risk (comma-separated).")
  List<Double> at = new ArrayList<>();

  @Option(names = "--conf-type", defaultValue = "log", paramLabel = "TYPE",
      description = "log (R's default), log-log or plain.")
  String confType;

  @Option(names = "--conf-level", defaultValue = "0.95", paramLabel = "P",
      description = "Confidence level (default ${DEFAULT-VALUE}).")
  double confLevel;

  @Option(names = "--reverse",
      description = "Reverse Kaplan-Meier: censoring is the event; the median is the median "
          + "potential follow-up.")
  boolean reverse;

  @Option(names = "--ci", description = "Figure: shade the pointwise confidence band.")
  boolean ci;

  @Mixin
  SurvivalFigureOptions figure;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json (default ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() throws IOException {
    ConfidenceType type = switch (confType) {
      case "log" -> ConfidenceType.LOG;
      case "log-log" -> ConfidenceType.LOG_LOG;
      case "plain" -> ConfidenceType.PLAIN;
      default -> throw usage("--conf-type must be log, log-log or plain, got " + confType);
    };
    if (!(confLevel > 0 && confLevel < 1)) {
      throw usage("--conf-level must be between 0 and 1, got " + confLevel);
    }
    double[] times = at.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    for (double t : times) {
      if (!Double.isFinite(t)) {
        throw usage("--at: expected finite times, got " + t);
      }
    }
    FigureFormat plotFormat = figure.format(spec.commandLine());

    CsvTable table = CsvTable.read(data);
    SurvivalColumns columns = SurvivalColumns.complete(table, time, event, group);
    double[] t = columns.times(time);
    int[] e = columns.events(event);
    GroupCoding groups = group == null ? GroupCoding.single(t.length) : columns.groups(group);
    KaplanMeierOptions options = new KaplanMeierOptions(confLevel, type);
    KaplanMeierFit fit = reverse ? KaplanMeier.reverse(t, e, groups, options)
        : KaplanMeier.fit(t, e, groups, options);
    KaplanMeierSummary summary = fit.summary(times);
    // the log-rank test compares the survival curves; it says nothing about follow-up
    LogRankResult logRank = group != null && groups.size() >= 2 && !reverse
        ? LogRank.test(t, e, groups) : null;

    Map<Path, byte[]> figures = new LinkedHashMap<>();
    if (figure.plot != null) {
      List<String> labels = group == null ? List.of("")
          : figure.groupLabels(groups.labels(), group);
      List<SurvivalCurve> curves = new ArrayList<>();
      for (int i = 0; i < fit.curves().size(); i++) {
        curves.add(SurvivalCurves.kaplanMeier(fit.curves().get(i), labels.get(i)));
      }
      String yLabel = figure.yLabel != null ? figure.yLabel
          : reverse ? "Probability of remaining in follow-up" : "Survival probability";
      String annotation = logRank == null ? null : "Log-rank " + PValueText.of(logRank.p());
      SurvivalPlotStyle style = new SurvivalPlotStyle(figure.timeTitle(time), yLabel, ci, true,
          annotation, figure.timeMaxOrNaN(), figure.timeStepOrNaN(), Double.NaN, false);
      figures.put(figure.plot, FigureWriter.render(new SurvivalPlot(curves, style), plotFormat));
    }

    try (PendingOutput out = new PendingOutput(null)) {
      if (format == OutputFormat.json) {
        SurvivalJson.kaplanMeier(out.writer(), t.length, columns.dropped(), confType, confLevel,
            reverse, summary, logRank);
      } else {
        String call = "survfit(formula = Surv(" + time + ", " + event + ") ~ "
            + (group == null ? "1" : group) + ", data = " + data.getFileName() + ")";
        out.writer().write(KaplanMeierText.render(call, reverse, columns.dropped(),
            group == null ? null : group + "=", fit, summary, confLevel, times, logRank));
      }
      PendingFiles.writeAll(figures);
      out.commit(spec.commandLine().getOut());
    }
    return 0;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}

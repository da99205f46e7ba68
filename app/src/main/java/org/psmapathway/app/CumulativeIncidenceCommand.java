package org.psmapathway.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.psmapathway.app.survival.CumulativeIncidenceText;
import org.psmapathway.app.survival.SurvivalColumns;
import org.psmapathway.app.table.CsvTable;
import org.psmapathway.report.figure.FigureFormat;
import org.psmapathway.report.figure.FigureWriter;
import org.psmapathway.report.figure.NiceTicks;
import org.psmapathway.report.survival.PValueText;
import org.psmapathway.report.survival.SurvivalCurve;
import org.psmapathway.report.survival.SurvivalPlot;
import org.psmapathway.report.survival.SurvivalPlotStyle;
import org.psmapathway.stats.survival.AalenJohansen;
import org.psmapathway.stats.survival.CumulativeIncidenceResult;
import org.psmapathway.stats.survival.GrayCumulativeIncidence;
import org.psmapathway.stats.survival.GrayTest;
import org.psmapathway.stats.survival.GrayTestResult;
import org.psmapathway.stats.survival.GroupCoding;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "cif",
    mixinStandardHelpOptions = true,
    description = {"Cumulative incidence with competing risks: Aalen-Johansen as R's "
        + "survfit(Surv(time, factor(status))) (default; infinitesimal-jackknife se) or as "
        + "cmprsk::cuminc (Gray's variance), with Gray's test between groups; journal-style "
        + "figure (SVG or PNG) with the number at risk.",
        "Status column: one value means censored (--censor, default 0), every other value is a "
            + "cause; --cause names the cause(s) reported. Rows with a missing value in a used "
            + "column are dropped and counted."},
    footer = {"", "Examples:",
        "  ./psma cif --data mgus2_competing.csv --time etime --status event --censor censor "
            + "--cause pcm --group sex --at 60,120,240",
        "  ./psma cif --data mgus2_competing.csv --time etime --status event --censor censor "
            + "--cause pcm,death --time-unit months --plot cif.png"})
final class CumulativeIncidenceCommand implements Callable<Integer> {

  /** --method values. */
  enum Method {
    /** survival::survfit, the package of psma km; jackknife se. */
    AALEN_JOHANSEN("aalen-johansen"),
    /** cmprsk::cuminc; Gray's delta-method variance. */
    GRAY("gray");

    final String name;

    Method(String name) {
      this.name = name;
    }
  }

  /** Steps drawn per curve at most; beyond this the curve is read on a time grid (figure only). */
  private static final int MAX_PLOT_STEPS = 4000;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE.csv",
      description = "One row per patient, with a header row.")
  Path data;

  @Option(names = "--time", required = true, paramLabel = "COLUMN",
      description = "Time to the first event or censoring (>= 0).")
  String time;

  @Option(names = "--status", required = true, paramLabel = "COLUMN",
      description = "Censored (the --censor value) or the cause of the event.")
  String status;

  @Option(names = "--cause", required = true, split = ",", paramLabel = "CAUSE",
      description = "Cause(s) to report, values of the status column (comma-separated).")
  List<String> cause;

  @Option(names = "--censor", defaultValue = "0", paramLabel = "VALUE",
      description = "Status value meaning censored (default ${DEFAULT-VALUE}).")
  String censor;

  @Option(names = "--group", paramLabel = "COLUMN",
      description = "One curve per value, and Gray's test between them.")
  String group;

  @Option(names = "--at", split = ",", paramLabel = "T",
      description = "Times to report (default: round times across the follow-up, as cmprsk's "
          + "print.cuminc).")
  List<Double> at = new ArrayList<>();

  @Option(names = "--method", defaultValue = "aalen-johansen", paramLabel = "METHOD",
      description = "aalen-johansen (default: survival::survfit, jackknife se) or gray "
          + "(cmprsk::cuminc, Gray's variance). The estimates are the same.")
  String method;

  @Option(names = "--rho", defaultValue = "0", paramLabel = "RHO",
      description = "Gray's test weight (1 - F(t-))^rho (default ${DEFAULT-VALUE}).")
  double rho;

  @Mixin
  SurvivalFigureOptions figure;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json (default ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() throws IOException {
    Method m = switch (method) {
      case "aalen-johansen" -> Method.AALEN_JOHANSEN;
      case "gray" -> Method.GRAY;
      default -> throw usage("--method must be aalen-johansen or gray, got " + method);
    };
    if (!Double.isFinite(rho)) {
      throw usage("--rho must be a finite number, got " + rho);
    }
    for (double t : at) {
      if (!Double.isFinite(t)) {
        throw usage("--at: expected finite times, got " + t);
      }
    }
    FigureFormat plotFormat = figure.format(spec.commandLine());

    CsvTable table = CsvTable.read(data);
    SurvivalColumns columns = SurvivalColumns.complete(table, time, status, group);
    double[] t = columns.times(time);
    SurvivalColumns.CompetingStatus cs = columns.competing(status, censor);
    checkCauses(table, cs);
    GroupCoding groups = group == null ? GroupCoding.single(t.length) : columns.groups(group);
    double[] times = at.isEmpty() ? defaultTimes(t)
        : at.stream().mapToDouble(Double::doubleValue).sorted().toArray();

    CumulativeIncidenceResult all = estimate(m, t, cs, groups, times);
    CumulativeIncidenceResult result = new CumulativeIncidenceResult(all.method(),
        inCauseOrder(all.groups()));
    GrayTestResult gray = null;
    if (group != null && groups.size() >= 2) {
      GrayTestResult g = GrayTest.test(t, cs.status(), cs.causes(), groups, null, 0, rho);
      gray = new GrayTestResult(g.rho(),
          g.causes().stream().filter(c -> cause.contains(c.cause()))
              .sorted(java.util.Comparator.comparingInt(c -> cause.indexOf(c.cause()))).toList());
    }

    Map<Path, byte[]> figures = new LinkedHashMap<>();
    if (figure.plot != null) {
      figures.put(figure.plot, FigureWriter.render(plot(m, t, cs, groups, gray), plotFormat));
    }

    try (PendingOutput out = new PendingOutput(null)) {
      if (format == OutputFormat.json) {
        SurvivalJson.cumulativeIncidence(out.writer(), t.length, columns.dropped(), result, gray);
      } else {
        String call = "cif(time = " + time + ", status = " + status + ", cause = "
            + String.join(",", cause) + (group == null ? "" : ", group = " + group)
            + ", data = " + data.getFileName() + ")";
        out.writer().write(CumulativeIncidenceText.render(call, columns.dropped(), result, gray,
            times, group != null));
      }
      PendingFiles.writeAll(figures);
      out.commit(spec.commandLine().getOut());
    }
    return 0;
  }

  private static CumulativeIncidenceResult estimate(Method m, double[] t,
      SurvivalColumns.CompetingStatus cs, GroupCoding groups, double[] times) {
    return m == Method.GRAY
        ? GrayCumulativeIncidence.estimate(t, cs.status(), cs.causes(), groups, times)
        : AalenJohansen.estimate(t, cs.status(), cs.causes(), groups, times);
  }

  private void checkCauses(CsvTable table, SurvivalColumns.CompetingStatus cs) {
    List<String> problems = new ArrayList<>();
    if (!cs.censorSeen() && !allNumbers(cs.causes())) {
      problems.add(table.file() + ": column \"" + status + "\": no row has the censoring value \""
          + censor + "\" (--censor); the values are " + String.join(", ", cs.causes()));
    }
    for (String c : cause) {
      if (!cs.causes().contains(c)) {
        problems.add(table.file() + ": column \"" + status + "\": no cause \"" + c
            + "\"; the causes are " + String.join(", ", cs.causes()));
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
  }

  private static boolean allNumbers(List<String> values) {
    for (String v : values) {
      try {
        Double.parseDouble(v);
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return true;
  }

  /** cmprsk's print.cuminc: pretty(c(0, max time), 5) without its first and last value. */
  private static double[] defaultTimes(double[] t) {
    double max = Arrays.stream(t).max().orElse(0);
    List<Double> ticks = NiceTicks.linear(0, max > 0 ? max : 1, 6);
    if (ticks.size() <= 2) {
      return new double[] {max};
    }
    return ticks.subList(1, ticks.size() - 1).stream().mapToDouble(Double::doubleValue).toArray();
  }

  private SurvivalPlot plot(Method m, double[] t, SurvivalColumns.CompetingStatus cs,
      GroupCoding groups, GrayTestResult gray) {
    List<String> groupLabels = group == null ? List.of("")
        : figure.groupLabels(groups.labels(), group);
    List<SurvivalCurve> curves = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      double[] own = rowsOf(t, groups.index(), g);
      Arrays.sort(own);
      double[] distinct = Arrays.stream(own).distinct().toArray();
      double[] grid = distinct.length <= MAX_PLOT_STEPS ? distinct : grid(own[own.length - 1]);
      int[] risk = new int[distinct.length];
      int before = 0;
      for (int k = 0; k < distinct.length; k++) {
        while (before < own.length && own[before] < distinct[k]) {
          before++;
        }
        risk[k] = own.length - before;
      }
      GroupCoding one = GroupCoding.single(own.length);
      double[] tg = new double[own.length];
      int[] sg = new int[own.length];
      int j = 0;
      for (int i = 0; i < t.length; i++) {
        if (groups.index()[i] == g) {
          tg[j] = t[i];
          sg[j++] = cs.status()[i];
        }
      }
      CumulativeIncidenceResult r = estimate(m, tg, new SurvivalColumns.CompetingStatus(sg,
          cs.causes(), cs.censorSeen()), one, grid);
      for (CumulativeIncidenceResult.Curve c : inCauseOrder(r.groups())) {
        double[] value = c.at().stream().mapToDouble(CumulativeIncidenceResult.At::estimate)
            .toArray();
        String label = group == null ? c.cause()
            : cause.size() == 1 ? groupLabels.get(g) : groupLabels.get(g) + ": " + c.cause();
        curves.add(new SurvivalCurve(label, groupLabels.get(g), 0, grid, value, null, null, new double[0], distinct,
            risk));
      }
    }
    String annotation = null;
    if (gray != null && gray.causes().size() == 1) {
      annotation = "Gray's test " + PValueText.of(gray.causes().get(0).p());
    }
    String yLabel = figure.yLabel != null ? figure.yLabel
        : cause.size() == 1 ? "Cumulative incidence of " + cause.get(0) : "Cumulative incidence";
    SurvivalPlotStyle style = new SurvivalPlotStyle(figure.timeTitle(time), yLabel, false, false,
        annotation, figure.timeMaxOrNaN(), figure.timeStepOrNaN(), Double.NaN, true);
    return new SurvivalPlot(curves, style);
  }

  /** The reported causes only, in each group in the order of --cause (the first drawn solid). */
  private List<CumulativeIncidenceResult.Curve> inCauseOrder(
      List<CumulativeIncidenceResult.Curve> curves) {
    List<CumulativeIncidenceResult.Curve> out = new ArrayList<>();
    int i = 0;
    while (i < curves.size()) {
      String g = curves.get(i).group();
      int end = i;
      while (end < curves.size() && curves.get(end).group().equals(g)) {
        end++;
      }
      for (String c : cause) {
        for (int k = i; k < end; k++) {
          if (curves.get(k).cause().equals(c)) {
            out.add(curves.get(k));
          }
        }
      }
      i = end;
    }
    return out;
  }

  private static double[] rowsOf(double[] t, int[] index, int g) {
    return java.util.stream.IntStream.range(0, t.length).filter(i -> index[i] == g)
        .mapToDouble(i -> t[i]).toArray();
  }

  private static double[] grid(double max) {
    double[] out = new double[MAX_PLOT_STEPS];
    for (int i = 0; i < out.length; i++) {
      out[i] = max * i / (out.length - 1);
    }
    return out;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}

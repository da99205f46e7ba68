package org.psmapathway.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.psmapathway.app.table.CsvTable;
import org.psmapathway.report.figure.Figure;
import org.psmapathway.report.figure.FigureFormat;
import org.psmapathway.report.figure.FigureWriter;
import org.psmapathway.report.meta.EffectMeasure;
import org.psmapathway.report.meta.ForestColumn;
import org.psmapathway.report.meta.ForestPlot;
import org.psmapathway.report.meta.ForestPlotData;
import org.psmapathway.report.meta.FunnelPlot;
import org.psmapathway.stats.meta.CumulativeRow;
import org.psmapathway.stats.meta.EggerTest;
import org.psmapathway.stats.meta.InvalidStudyException;
import org.psmapathway.stats.meta.MetaAnalysis;
import org.psmapathway.stats.meta.MetaOptions;
import org.psmapathway.stats.meta.MetaRegression;
import org.psmapathway.stats.meta.MetaRegressionResult;
import org.psmapathway.stats.meta.MetaResult;
import org.psmapathway.stats.meta.PredictionIntervalType;
import org.psmapathway.stats.meta.StudyData;
import org.psmapathway.stats.meta.SubgroupAnalysis;
import org.psmapathway.stats.meta.SubgroupResult;
import org.psmapathway.stats.meta.Tau2Method;
import org.psmapathway.stats.meta.TrimAndFill;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "meta",
    mixinStandardHelpOptions = true,
    description = {"Meta-analysis of study effects at parity with R's metafor (rma.uni): fixed or "
        + "random effects, heterogeneity, leave-one-out, cumulative, subgroups, meta-regression, "
        + "Egger's test, trim-and-fill; forest and funnel plots (SVG or PNG).",
        "CSV columns by --measure (docs/cli.md): hr: study, hr, lower, upper; generic: yi and vi "
            + "or sei; rr/or/rd: ai, bi, ci, di (events and non-events, treated then control); "
            + "peto: oMinusE, v."},
    footer = {"", "Examples:",
        "  ./psma meta --data examples/meta/ffs-hazard-ratios.csv --method DL --forest ffs.svg",
        "  ./psma meta --data studies.csv --measure rr --method REML --subgroup alloc "
            + "--leave-one-out --format json"})
final class MetaCommand implements Callable<Integer> {

  /** --method values: the τ² estimators offered plus the seed-001 automatic rule. */
  enum Method { FE, DL, REML, ML, PM, HE, SJ, auto }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE.csv",
      description = "Studies, one per row, with a header row.")
  Path data;

  @Option(names = "--measure", defaultValue = "hr", paramLabel = "MEASURE",
      description = "hr, generic, rr, or, rd or peto (default ${DEFAULT-VALUE}).")
  MetaMeasure measure;

  @Option(names = "--method", paramLabel = "METHOD",
      description = "FE, DL, REML, ML, PM, HE, SJ or auto (default DL; FE for peto). auto: "
          + "fixed effect when I² ≤ 50%% and Q's p ≥ 0.10, otherwise random effects (DL).")
  Method method;

  @Option(names = "--hksj", description = "Hartung–Knapp–Sidik–Jonkman CI and test (t, k − 1 df).")
  boolean hksj;

  @Option(names = "--level", defaultValue = "0.95", paramLabel = "P",
      description = "Confidence level of the results (default ${DEFAULT-VALUE}).")
  double level;

  @Option(names = "--ci-level", defaultValue = "0.95", paramLabel = "P",
      description = "hr: confidence level of the CIs in the file (default ${DEFAULT-VALUE}).")
  double ciLevel;

  @Option(names = "--log-scale",
      description = "generic: yi is a log ratio (results are also given exponentiated).")
  boolean logScale;

  @Option(names = "--prediction-interval", defaultValue = "metafor", paramLabel = "TYPE",
      description = "metafor (predict.rma: z, none for FE) or t (Higgins et al. 2009: t, k − 2 df).")
  String predictionInterval;

  @Option(names = "--subgroup", paramLabel = "COLUMN",
      description = "Separate models per value of this column and the between-subgroup Q test.")
  String subgroup;

  @Option(names = "--moderators", split = ",", paramLabel = "COLUMN",
      description = "Meta-regression on these numeric columns (comma-separated).")
  List<String> moderators;

  @Option(names = "--leave-one-out", description = "Refit without each study in turn.")
  boolean leaveOneOut;

  @Option(names = "--cumulative", description = "Add the studies one at a time in file order.")
  boolean cumulative;

  @Option(names = "--egger", description = "Egger's regression test (metafor regtest).")
  boolean egger;

  @Option(names = "--trimfill", description = "Duval–Tweedie trim-and-fill (estimator L0).")
  boolean trimfill;

  @Option(names = "--forest", paramLabel = "FILE", description = "Forest plot, .svg or .png.")
  Path forest;

  @Option(names = "--funnel", paramLabel = "FILE", description = "Funnel plot, .svg or .png.")
  Path funnel;

  @Option(names = "--columns", split = ",", paramLabel = "COLUMN",
      description = "Descriptor columns shown in the forest plot (e.g. design,n,followUpMonths).")
  List<String> columns = new ArrayList<>();

  @Option(names = "--favours", split = ",", paramLabel = "LEFT,RIGHT",
      description = "Forest-plot labels under the axis, left and right of no effect.")
  List<String> favours = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json (default ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() throws IOException {
    MetaOptions options = options();
    FigureFormat forestFormat = figureFormat("--forest", forest);
    FigureFormat funnelFormat = figureFormat("--funnel", funnel);
    if (!favours.isEmpty() && favours.size() != 2) {
      throw usage("--favours takes two labels, LEFT,RIGHT; got " + favours.size());
    }

    CsvTable table = CsvTable.read(data);
    StudyData studies = MetaInput.read(table, measure, ciLevel, logScale);
    String[] labels = studies.labels();
    String[] groups = subgroup == null ? null : MetaInput.requiredText(table, subgroup, labels);
    double[][] mods = null;
    if (moderators != null) {
      mods = new double[moderators.size()][];
      for (int j = 0; j < mods.length; j++) {
        mods[j] = MetaInput.requiredNumbers(table, moderators.get(j), labels);
      }
    }
    Map<String, String[]> descriptors = new LinkedHashMap<>();
    for (String c : columns) {
      descriptors.put(c, table.text(c));
    }
    table.check();

    MetaReport report;
    try {
      report = analyse(studies, options, groups, mods);
    } catch (InvalidStudyException e) {
      MetaInput.report(table, e, e.index(), labels);
      table.check();
      throw e;
    }

    Map<Path, byte[]> figures = new LinkedHashMap<>();
    EffectMeasure effect = measure.effect(favours.isEmpty() ? "" : favours.get(0),
        favours.isEmpty() ? "" : favours.get(1));
    if (forest != null) {
      List<ForestColumn> cols = new ArrayList<>();
      descriptors.forEach((name, values) -> cols.add(new ForestColumn(name, blanks(values))));
      Figure f = new ForestPlot(new ForestPlotData(report.model(), effect, cols, groups,
          report.subgroups()));
      figures.put(forest, FigureWriter.render(f, forestFormat));
    }
    if (funnel != null) {
      TrimAndFill.Result tf = report.trimfill();
      Figure f = tf == null ? new FunnelPlot(report.model(), effect)
          : new FunnelPlot(report.model(), effect, tf.filledYi(), tf.filledVi());
      figures.put(funnel, FigureWriter.render(f, funnelFormat));
    }

    // all-or-nothing: every result exists in memory before the first byte is published
    try (PendingOutput out = new PendingOutput(null)) {
      if (format == OutputFormat.json) {
        MetaJson.write(report, out.writer());
      } else {
        out.writer().write(MetaText.render(report));
      }
      PendingFiles.writeAll(figures);
      out.commit(spec.commandLine().getOut());
    }
    return 0;
  }

  private MetaReport analyse(StudyData studies, MetaOptions options, String[] groups,
      double[][] mods) {
    MetaResult model = leaveOneOut ? MetaAnalysis.fitWithLeaveOneOut(studies, options)
        : MetaAnalysis.fit(studies, options);
    // the sensitivity analyses use the model actually fitted (the auto rule's choice)
    MetaOptions used = options.withAuto(false).withMethod(Tau2Method.valueOf(model.method()))
        .withKnappHartung(model.test().equals("knha"));
    SubgroupResult sub = groups == null ? null : SubgroupAnalysis.run(studies, groups, used);
    MetaRegressionResult reg = mods == null ? null
        : MetaRegression.fit(studies, moderators.toArray(new String[0]), mods, used);
    List<CumulativeRow> cum = cumulative
        ? MetaAnalysis.cumulative(studies, IntStream.range(0, studies.k()).toArray(), used) : null;
    EggerTest.Result eg = egger ? EggerTest.test(studies, used, EggerTest.Model.RMA) : null;
    TrimAndFill.Result tf = trimfill ? TrimAndFill.run(studies, used, TrimAndFill.Estimator.L0)
        : null;
    return new MetaReport(measure, model, sub, reg, cum, eg, tf);
  }

  private MetaOptions options() {
    if (!(level > 0 && level < 1)) {
      throw usage("--level must be between 0 and 1, got " + level);
    }
    if (!(ciLevel > 0 && ciLevel < 1)) {
      throw usage("--ci-level must be between 0 and 1, got " + ciLevel);
    }
    if (logScale && measure != MetaMeasure.generic) {
      throw usage("--log-scale applies to --measure generic only");
    }
    PredictionIntervalType pi = switch (predictionInterval) {
      case "metafor" -> PredictionIntervalType.METAFOR;
      case "t" -> PredictionIntervalType.T_K_MINUS_2;
      default -> throw usage("--prediction-interval must be metafor or t, got " + predictionInterval);
    };
    Method m = method != null ? method : measure == MetaMeasure.peto ? Method.FE : Method.DL;
    MetaOptions o = MetaOptions.defaults().withLevel(level).withPredictionInterval(pi)
        .withKnappHartung(hksj);
    if (m == Method.auto) {
      return o.withMethod(Tau2Method.DL).withAuto(true);
    }
    if (m == Method.FE && hksj) {
      throw usage("--hksj needs a random-effects --method, not FE");
    }
    return o.withMethod(Tau2Method.valueOf(m.name()));
  }

  private FigureFormat figureFormat(String option, Path file) {
    if (file == null) {
      return null;
    }
    try {
      return FigureFormat.ofFileName(file.getFileName().toString());
    } catch (IllegalArgumentException e) {
      throw usage(option + ": " + e.getMessage());
    }
  }

  private static String[] blanks(String[] values) {
    String[] out = values.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] = out[i] == null ? "" : out[i];
    }
    return out;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}

package org.psmapathway.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.psmapathway.app.table.CsvTable;
import org.psmapathway.stats.model.DesignMatrix;
import org.psmapathway.stats.model.Formula;
import org.psmapathway.stats.regression.Logistic;
import org.psmapathway.stats.regression.LogisticCoefficient;
import org.psmapathway.stats.regression.LogisticFit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "logistic",
    mixinStandardHelpOptions = true,
    description = {"Logistic regression at parity with R's glm(family = binomial): IRLS, "
        + "Wald z tests, odds ratios with Wald confidence intervals (confint.default); aliased "
        + "(collinear) columns reported as NA.",
        "Outcome 0/1; rows with a missing value in a used column are dropped and counted."},
    footer = {"", "Examples:",
        "  ./psma logistic --data dosimetry.csv --outcome response --covariates dose",
        "  ./psma logistic --data cohort.csv --outcome pet_positive --covariates psa,gleason "
            + "--categorical gleason --format json"})
final class LogisticCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE.csv",
      description = "One row per subject, with a header row.")
  Path data;

  @Option(names = "--outcome", required = true, paramLabel = "COLUMN",
      description = "0/1 outcome (1 = event).")
  String outcome;



  @Option(names = "--no-intercept", description = "Fit without intercept (R: y ~ 0 + ...).")
  boolean noIntercept;


  @CommandLine.Mixin
  ModelTerms terms;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json (default ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() throws IOException {
    Formula formula = terms.formula();
    CsvTable table = CsvTable.read(data);
    double[] y = BinaryOutcome.read(table, outcome);
    ModelInput input = new ModelInput(table, terms.categorical).numeric(outcome, y);
    for (String v : formula.variables()) {
      input.column(v);
    }
    table.check();
    LogisticFit fit;
    int dropped;
    try {
      DesignMatrix x = DesignMatrix.build(input.build(), formula, outcome);
      double[][] cols = new double[x.columns()][];
      for (int j = 0; j < cols.length; j++) {
        cols[j] = x.column(j);
      }
      int[] rows = x.sourceRows();
      double[] used = new double[rows.length];
      for (int i = 0; i < rows.length; i++) {
        used[i] = y[rows[i]];
      }
      fit = Logistic.fit(used, cols, x.names(), !noIntercept, terms.confLevel);
      dropped = x.dropped() + fit.droppedRows();
    } catch (IllegalArgumentException e) {
      throw new BadInputException(List.of(table.file() + ": " + e.getMessage()));
    }
    String model = outcome + " ~ " + (noIntercept ? "0 + " : "") + formula;
    try (PendingOutput out = new PendingOutput(null)) {
      if (format == OutputFormat.json) {
        json(model, fit, dropped, out.writer());
      } else {
        out.writer().write(text(model, fit, dropped));
      }
      out.commit(spec.commandLine().getOut());
    }
    return 0;
  }

  /** summary.glm's layout, with the odds ratios of exp(cbind(coef, confint.default)). */
  private String text(String model, LogisticFit f, int dropped) {
    StringBuilder sb = new StringBuilder();
    sb.append("glm(").append(model).append(", family = binomial)\n\n");
    List<LogisticCoefficient> cs = f.coefficients();
    int p = cs.size();
    double[] est = new double[p];
    double[] se = new double[p];
    double[] or = new double[p];
    double[] lo = new double[p];
    double[] hi = new double[p];
    for (int j = 0; j < p; j++) {
      LogisticCoefficient c = cs.get(j);
      est[j] = c.coef();
      se[j] = c.se();
      or[j] = c.oddsRatio();
      lo[j] = c.lower();
      hi[j] = c.upper();
    }
    String[] fe = RFormat.column(est, 5);
    String[] fs = RFormat.column(se, 5);
    TextTable t = new TextTable("Coefficients:", "Estimate", "Std. Error", "z value", "Pr(>|z|)");
    for (int j = 0; j < p; j++) {
      LogisticCoefficient c = cs.get(j);
      t.row(c.term(), fe[j], fs[j],
          Double.isNaN(c.z()) ? "NA" : String.format(Locale.ROOT, "%.3f", c.z()),
          RFormat.pValue(c.p(), 3));
    }
    sb.append(t.render()).append('\n');
    String pct = RFormat.signif(100 * terms.confLevel, 6);
    String[] fo = RFormat.column(or, 4);
    String[] fl = RFormat.column(lo, 4);
    String[] fh = RFormat.column(hi, 4);
    TextTable o = new TextTable("", "odds ratio", "lower " + pct + "%", "upper " + pct + "%");
    for (int j = 0; j < p; j++) {
      o.row(cs.get(j).term(), fo[j], fl[j], fh[j]);
    }
    sb.append(o.render()).append('\n');
    sb.append("    Null deviance: ").append(RFormat.signif(f.nullDeviance(), 5)).append("  on ")
        .append(f.nullDf()).append("  degrees of freedom\n");
    sb.append("Residual deviance: ").append(RFormat.signif(f.residualDeviance(), 5))
        .append("  on ").append(f.residualDf()).append("  degrees of freedom\n");
    if (dropped > 0) {
      sb.append("  (").append(dropped).append(dropped == 1 ? " observation" : " observations")
          .append(" deleted due to missingness)\n");
    }
    sb.append("AIC: ").append(RFormat.signif(f.aic(), 5)).append("\n\n");
    sb.append("Number of Fisher Scoring iterations: ").append(f.iterations()).append('\n');
    for (String w : f.warnings()) {
      sb.append("Warning: ").append(w).append('\n');
    }
    return sb.toString();
  }

  private void json(String model, LogisticFit f, int dropped, Writer out) throws IOException {
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeStringField("model", model);
      Json.number(g, "confLevel", terms.confLevel);
      g.writeArrayFieldStart("coefficients");
      for (LogisticCoefficient c : f.coefficients()) {
        g.writeStartObject();
        g.writeStringField("term", c.term());
        Json.number(g, "coef", c.coef());
        Json.number(g, "se", c.se());
        Json.number(g, "z", c.z());
        Json.number(g, "p", c.p());
        Json.number(g, "oddsRatio", c.oddsRatio());
        Json.number(g, "lower", c.lower());
        Json.number(g, "upper", c.upper());
        g.writeBooleanField("aliased", c.aliased());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("observations", f.observations());
      g.writeNumberField("droppedRows", dropped);
      g.writeNumberField("rank", f.rank());
      Json.number(g, "nullDeviance", f.nullDeviance());
      Json.number(g, "residualDeviance", f.residualDeviance());
      g.writeNumberField("nullDf", f.nullDf());
      g.writeNumberField("residualDf", f.residualDf());
      Json.number(g, "aic", f.aic());
      g.writeNumberField("iterations", f.iterations());
      g.writeBooleanField("converged", f.converged());
      g.writeBooleanField("fittedProbabilitiesZeroOrOne", f.fittedProbabilitiesZeroOrOne());
      g.writeArrayFieldStart("warnings");
      for (String w : f.warnings()) {
        g.writeString(w);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write(System.lineSeparator());
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}

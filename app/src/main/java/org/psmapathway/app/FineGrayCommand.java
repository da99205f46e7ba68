package org.psmapathway.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.psmapathway.app.table.CsvTable;
import org.psmapathway.stats.cox.FineGray;
import org.psmapathway.stats.cox.FineGrayFit;
import org.psmapathway.stats.model.Formula;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "finegray",
    mixinStandardHelpOptions = true,
    description = {"Fine–Gray proportional subdistribution hazards regression at parity with R's "
        + "cmprsk::crr (sandwich SE including the censoring-estimation term).",
        "The status column holds a code per row: the cause of interest (--cause), censoring "
            + "(--censor-code) or any other value for a competing cause."},
    footer = {"", "Examples:",
        "  ./psma finegray --data mgus2.csv --time etime --status event --cause pcm "
            + "--censor-code censor --covariates age,male",
        "  ./psma finegray --data crr.csv --time t --status cause --cause 1 --covariates age,stage "
            + "--categorical stage --format json"})
final class FineGrayCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE.csv",
      description = "One row per subject, with a header row.")
  Path data;

  @Option(names = "--time", required = true, paramLabel = "COLUMN",
      description = "Time to the first event or censoring (>= 0).")
  String time;

  @Option(names = "--status", required = true, paramLabel = "COLUMN",
      description = "Which event ended follow-up: a code per row.")
  String status;

  @Option(names = "--cause", required = true, paramLabel = "CODE",
      description = "Status code of the cause of interest (crr's failcode).")
  String cause;

  @Option(names = "--censor-code", defaultValue = "0", paramLabel = "CODE",
      description = "Status code of censoring (crr's cencode, default ${DEFAULT-VALUE}).")
  String censorCode;




  @CommandLine.Mixin
  ModelTerms terms;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json (default ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() throws IOException {
    Formula formula = terms.formula();
    CsvTable table = CsvTable.read(data);
    double[] t = org.psmapathway.app.survival.SurvivalColumns.timesOrMissing(table, time);
    ModelInput input = new ModelInput(table, terms.categorical).numeric(time, t).categorical(status);
    for (String v : formula.variables()) {
      input.column(v);
    }
    table.check();
    FineGrayFit fit;
    try {
      fit = FineGray.fit(input.build(), time, status, formula.toString(), cause, censorCode,
          terms.confLevel);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(List.of(table.file() + ": " + e.getMessage()));
    }
    String model = "crr(" + time + ", " + status + ", failcode = " + cause + ", cencode = "
        + censorCode + ") ~ " + formula;
    try (PendingOutput out = new PendingOutput(null)) {
      if (format == OutputFormat.json) {
        json(model, fit, out.writer());
      } else {
        out.writer().write(text(model, fit));
      }
      out.commit(spec.commandLine().getOut());
    }
    return 0;
  }

  /** summary.crr's layout: counts, coefficient table, subdistribution hazard ratios, loglik. */
  private String text(String model, FineGrayFit f) {
    StringBuilder sb = new StringBuilder();
    sb.append("Fine-Gray (cmprsk::crr): ").append(model).append('\n');
    sb.append("  n= ").append(f.n()).append(", events (cause ").append(cause).append(")= ")
        .append(f.events()).append(", competing events= ").append(f.competing()).append('\n');
    if (f.dropped() > 0) {
      sb.append("   (").append(f.dropped())
          .append(f.dropped() == 1 ? " observation" : " observations")
          .append(" deleted due to missingness)\n");
    }
    sb.append('\n').append(CoefficientTable.estimates(f.coefficients(), false));
    sb.append('\n').append(CoefficientTable.hazardRatios(f.coefficients(), terms.confLevel));
    sb.append('\n').append("Num. cases = ").append(f.n()).append('\n');
    sb.append("Pseudo Log-likelihood = ").append(RFormat.signif(f.loglik()[1], 6)).append('\n');
    int df = (int) f.coefficients().stream().filter(c -> !Double.isNaN(c.coef())).count();
    sb.append("Pseudo likelihood ratio test = ")
        .append(RFormat.signif(2 * (f.loglik()[1] - f.loglik()[0]), 4)).append("  on ").append(df)
        .append(" df,\n");
    sb.append("convergence: ").append(f.converged() ? "TRUE" : "FALSE").append('\n');
    for (String w : f.warnings()) {
      sb.append("Warning: ").append(w).append('\n');
    }
    return sb.toString();
  }

  private void json(String model, FineGrayFit f, Writer out) throws IOException {
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeStringField("model", model);
      g.writeStringField("cause", cause);
      g.writeStringField("censorCode", censorCode);
      Json.number(g, "confLevel", terms.confLevel);
      g.writeNumberField("n", f.n());
      g.writeNumberField("events", f.events());
      g.writeNumberField("competing", f.competing());
      g.writeNumberField("dropped", f.dropped());
      g.writeNumberField("iterations", f.iterations());
      g.writeBooleanField("converged", f.converged());
      CoefficientTable.json(g, f.coefficients());
      Json.numbers(g, "loglik", f.loglik());
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

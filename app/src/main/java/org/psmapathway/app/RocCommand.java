package org.psmapathway.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.psmapathway.app.table.CsvTable;
import org.psmapathway.stats.regression.Roc;
import org.psmapathway.stats.regression.RocAnalysis;
import org.psmapathway.stats.regression.RocDirection;
import org.psmapathway.stats.regression.RocPoint;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "roc",
    mixinStandardHelpOptions = true,
    description = {"ROC analysis of a score against a 0/1 outcome at parity with R's pROC: AUC "
        + "with DeLong SE and confidence interval, the Youden-optimal threshold, the curve.",
        "The direction is given, not guessed from the data (pROC's \"auto\" biases the AUC "
            + "upwards). Rows with a missing score or outcome are dropped and counted."},
    footer = {"", "Examples:",
        "  ./psma roc --data dosimetry.csv --outcome response --score tumour_dose",
        "  ./psma roc --data dosimetry.csv --outcome response --score suv --direction '>' "
            + "--format json"})
final class RocCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE.csv",
      description = "One row per subject, with a header row.")
  Path data;

  @Option(names = "--outcome", required = true, paramLabel = "COLUMN",
      description = "1 = case, 0 = control.")
  String outcome;

  @Option(names = "--score", required = true, paramLabel = "COLUMN", description = "The score.")
  String score;

  @Option(names = "--direction", defaultValue = "<", paramLabel = "DIR",
      description = "'<': controls score lower, positive at or above the threshold (default); "
          + "'>': controls score higher.")
  String direction;

  @Option(names = "--conf-level", defaultValue = "0.95", paramLabel = "P",
      description = "Level of the DeLong interval of the AUC (default ${DEFAULT-VALUE}).")
  double confLevel;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json (default ${DEFAULT-VALUE}; json includes the whole curve).")
  OutputFormat format;

  @Override
  public Integer call() throws IOException {
    if (!(confLevel > 0 && confLevel < 1)) {
      throw usage("--conf-level must be between 0 and 1, got " + confLevel);
    }
    RocDirection dir = switch (direction) {
      case "<" -> RocDirection.CONTROLS_LOWER;
      case ">" -> RocDirection.CONTROLS_HIGHER;
      default -> throw usage("--direction must be < or >, got " + direction);
    };
    CsvTable table = CsvTable.read(data);
    double[] y = BinaryOutcome.read(table, outcome);
    double[] x = ModelInput.finiteNumbers(table, score);
    table.check();
    RocAnalysis r;
    try {
      r = Roc.analyse(x, y, dir, confLevel);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(List.of(table.file() + ": " + e.getMessage()));
    }
    try (PendingOutput out = new PendingOutput(null)) {
      if (format == OutputFormat.json) {
        json(r, out.writer());
      } else {
        out.writer().write(text(r));
      }
      out.commit(spec.commandLine().getOut());
    }
    return 0;
  }

  /** print.roc / print.ci.auc's wording, and coords(roc, "best") as a table. */
  private String text(RocAnalysis r) {
    StringBuilder sb = new StringBuilder();
    sb.append("roc(").append(outcome).append(", ").append(score).append(", direction = \"")
        .append(r.direction().symbol()).append("\")\n\n");
    sb.append("Data: ").append(score).append(" in ").append(r.controls()).append(" controls (")
        .append(outcome).append(" 0) ").append(r.direction().symbol()).append(' ')
        .append(r.cases()).append(" cases (").append(outcome).append(" 1).\n");
    if (r.droppedRows() > 0) {
      sb.append("  (").append(r.droppedRows())
          .append(r.droppedRows() == 1 ? " row" : " rows").append(" dropped: missing value)\n");
    }
    sb.append("Area under the curve: ").append(RFormat.signif(r.auc(), 4)).append('\n');
    sb.append(RFormat.signif(100 * r.confidenceLevel(), 6)).append("% CI: ")
        .append(RFormat.signif(r.lower(), 4)).append('-').append(RFormat.signif(r.upper(), 4))
        .append(" (DeLong, SE ").append(RFormat.signif(r.se(), 4)).append(")\n\n");
    sb.append("Youden-optimal threshold")
        .append(r.optimalThresholds() > 1 ? " (first of " + r.optimalThresholds() + " tied)" : "")
        .append(":\n");
    sb.append(new TextTable("", "threshold", "specificity", "sensitivity")
        .row("best", RFormat.signif(r.threshold(), 6), RFormat.signif(r.specificity(), 4),
            RFormat.signif(r.sensitivity(), 4))
        .render());
    return sb.toString();
  }

  private void json(RocAnalysis r, Writer out) throws IOException {
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeStringField("direction", r.direction().symbol());
      g.writeNumberField("cases", r.cases());
      g.writeNumberField("controls", r.controls());
      g.writeNumberField("droppedRows", r.droppedRows());
      Json.number(g, "auc", r.auc());
      Json.number(g, "se", r.se());
      Json.number(g, "lower", r.lower());
      Json.number(g, "upper", r.upper());
      Json.number(g, "confidenceLevel", r.confidenceLevel());
      Json.number(g, "threshold", r.threshold());
      Json.number(g, "sensitivity", r.sensitivity());
      Json.number(g, "specificity", r.specificity());
      g.writeNumberField("optimalThresholds", r.optimalThresholds());
      g.writeArrayFieldStart("points");
      for (RocPoint p : r.points()) {
        g.writeStartObject();
        Json.number(g, "threshold", p.threshold()); // ±Inf at the ends: null
        Json.number(g, "sensitivity", p.sensitivity());
        Json.number(g, "specificity", p.specificity());
        g.writeEndObject();
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

package org.psmapathway.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.psmapathway.app.survival.SurvivalColumns;
import org.psmapathway.app.table.CsvTable;
import org.psmapathway.stats.cox.CoxModel;
import org.psmapathway.stats.cox.CoxOptions;
import org.psmapathway.stats.cox.CoxSpec;
import org.psmapathway.stats.cox.CoxZph;
import org.psmapathway.stats.cox.Ties;
import org.psmapathway.stats.model.Formula;
import org.psmapathway.stats.model.ModelData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "cox",
    mixinStandardHelpOptions = true,
    description = {"Cox proportional hazards regression at parity with R's survival::coxph: Efron "
        + "or Breslow ties, strata, categorical covariates, interactions (a:b, a*b), robust "
        + "(sandwich) SE with optional cluster, LR / Wald / score tests, concordance, and the "
        + "cox.zph test of proportional hazards.",
        "Event codes: 0/1, TRUE/FALSE, or 1/2 when every value is 1 or 2 (2 = event). Rows with "
            + "a missing value in a used column are dropped and counted."},
    footer = {"", "Examples:",
        "  ./psma cox --data lung.csv --time time --event status --covariates age,sex,ph.ecog",
        "  ./psma cox --data lung.csv --time time --event status --covariates age,ph.ecog "
            + "--strata sex --zph --format json",
        "  ./psma cox --data lung.csv --time time --event status --covariates age*sex,ph.ecog "
            + "--categorical ph.ecog --cluster inst"})
final class CoxCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE.csv",
      description = "One row per subject, with a header row.")
  Path data;

  @Option(names = "--time", required = true, paramLabel = "COLUMN",
      description = "Follow-up time (>= 0, any unit).")
  String time;

  @Option(names = "--event", required = true, paramLabel = "COLUMN",
      description = "Event indicator: 0/1, TRUE/FALSE, or 1/2 (2 = event).")
  String event;



  @CommandLine.Mixin
  ModelTerms terms;

  @Option(names = "--strata", paramLabel = "COLUMN",
      description = "Separate baseline hazard per value of this column (strata()).")
  String strata;

  @Option(names = "--ties", defaultValue = "efron", paramLabel = "METHOD",
      description = "efron or breslow (default ${DEFAULT-VALUE}).")
  String ties;

  @Option(names = "--robust",
      description = "Robust (sandwich) SE for z, p, CI and the Wald test (coxph(robust = TRUE)).")
  boolean robust;

  @Option(names = "--cluster", paramLabel = "COLUMN",
      description = "Robust SE summed within clusters of this column (implies --robust, as "
          + "cluster() does in R).")
  String cluster;

  @Option(names = "--zph", description = "Add the test of proportional hazards (cox.zph, km).")
  boolean zph;


  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json (default ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() throws IOException {
    Formula formula = terms.formula();
    CoxOptions options = options();

    CsvTable table = CsvTable.read(data);
    ModelInput input = new ModelInput(table, terms.categorical)
        .numeric(time, SurvivalColumns.timesOrMissing(table, time))
        .numeric(event, SurvivalColumns.eventsOrMissing(table, event));
    for (String v : formula.variables()) {
      input.column(v);
    }
    input.categorical(strata).categorical(cluster);
    table.check();
    ModelData md = input.build();

    boolean useRobust = robust || cluster != null;
    CoxSpec s = new CoxSpec(time, event, formula.toString(), strata, cluster);
    CoxModel fitted;
    CoxZph.Result test;
    try {
      fitted = CoxModel.fit(md, s, options.withRobust(useRobust));
      test = zph ? fitted.proportionalHazardsTest() : null;
    } catch (IllegalArgumentException e) {
      throw new BadInputException(List.of(table.file() + ": " + e.getMessage()));
    }
    CoxReport report = new CoxReport(modelText(formula), fitted.result(), useRobust,
        terms.confLevel,
        test);

    try (PendingOutput out = new PendingOutput(null)) {
      if (format == OutputFormat.json) {
        CoxJson.write(report, out.writer());
      } else {
        out.writer().write(CoxText.render(report));
      }
      out.commit(spec.commandLine().getOut());
    }
    return 0;
  }

  /** The model as R would write it, for the output. */
  private String modelText(Formula formula) {
    StringBuilder sb = new StringBuilder("Surv(" + time + ", " + event + ") ~ " + formula);
    if (strata != null) {
      sb.append(" + strata(").append(strata).append(')');
    }
    if (cluster != null) {
      sb.append(" + cluster(").append(cluster).append(')');
    }
    return sb.toString();
  }

  private CoxOptions options() {
    Ties t = switch (ties) {
      case "efron" -> Ties.EFRON;
      case "breslow" -> Ties.BRESLOW;
      default -> throw usage("--ties must be efron or breslow, got " + ties);
    };
    return CoxOptions.defaults().withTies(t).withConfLevel(terms.confLevel);
  }


  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}

package org.psmapathway.app;

import java.util.ArrayList;
import java.util.List;
import org.psmapathway.stats.model.Formula;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The model options shared by the regression commands ({@code cox}, {@code finegray},
 * {@code logistic}): terms with interactions, the categorical columns, and the confidence level,
 * each checked the same way everywhere.
 */
final class ModelTerms {

  @Option(names = "--covariates", required = true, split = ",", paramLabel = "TERM",
      description = "Model terms, comma-separated: columns, interactions a:b, a*b (= a + b + a:b).")
  List<String> covariates;

  @Option(names = "--categorical", split = ",", paramLabel = "COLUMN",
      description = "Covariate columns to dummy code (reference = first level in sorted order); "
          + "terms are named column=level.")
  List<String> categorical = new ArrayList<>();

  @Option(names = "--conf-level", defaultValue = "0.95", paramLabel = "P",
      description = "Level of the confidence intervals (default ${DEFAULT-VALUE}).")
  double confLevel;

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  /**
   * The formula of {@code --covariates}, after checking the level and that every
   * {@code --categorical} column is one of its variables; a usage error (exit 2) otherwise.
   */
  Formula formula() {
    if (!(confLevel > 0 && confLevel < 1)) {
      throw usage("--conf-level must be between 0 and 1, got " + confLevel);
    }
    Formula formula;
    try {
      formula = ModelInput.formula(covariates);
    } catch (IllegalArgumentException e) {
      throw usage("--covariates: " + e.getMessage());
    }
    for (String c : categorical) {
      if (!formula.variables().contains(c)) {
        throw usage("--categorical " + c + ": not a variable of --covariates "
            + String.join(",", covariates));
      }
    }
    return formula;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}

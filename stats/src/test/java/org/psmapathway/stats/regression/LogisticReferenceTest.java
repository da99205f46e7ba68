package org.psmapathway.stats.regression;

import static org.psmapathway.stats.testing.RelativeTolerance.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.psmapathway.stats.testing.ReferenceCsv;

/**
 * Logistic regression against R 4.2.2 {@code glm(family = binomial)}, {@code summary.glm} and
 * {@code confint.default}; data and values from reference/descriptive_regression_reference.R
 * (single and multiple covariates, an aliased column, no intercept, n = 15, complete and
 * quasi-complete separation).
 *
 * <p>Converged fits: 1e-6 relative on every value. The complete-separation fit does not converge:
 * R stops after 25 iterations on a coefficient path that runs to infinity, so its numbers are a
 * snapshot of that path rather than an estimate; they are still deterministic and are checked at
 * 1e-6 too, so a change in the iteration (start, weights, stopping rule) shows up here.
 */
class LogisticReferenceTest {
  private static final double TOLERANCE = 1e-6;
  private static final ReferenceCsv INPUT = ReferenceCsv.read("logistic_input.csv");
  private static final ReferenceCsv REFERENCE = ReferenceCsv.read("logistic_reference.csv");

  static List<String> datasets() {
    return INPUT.distinct("dataset");
  }

  /** The design the R formula in column "terms" builds from x1..x3. */
  static LogisticFit fit(String dataset) {
    List<Map<String, String>> rows = INPUT.where("dataset", dataset).rows();
    String formula = rows.get(0).get("terms");
    boolean intercept = !formula.startsWith("0+");
    List<String> terms = new ArrayList<>();
    for (String t : formula.split("\\+")) {
      if (!t.equals("0")) {
        terms.add(t);
      }
    }
    double[] y = rows.stream().mapToDouble(r -> ReferenceCsv.number(r, "y")).toArray();
    double[][] columns = new double[terms.size()][];
    for (int j = 0; j < terms.size(); j++) {
      String name = terms.get(j);
      columns[j] = rows.stream().mapToDouble(r -> ReferenceCsv.number(r, name)).toArray();
    }
    return Logistic.fit(y, columns, terms, intercept);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("datasets")
  void matchesR(String dataset) {
    LogisticFit fit = fit(dataset);
    int checked = 0;
    for (Map<String, String> e : REFERENCE.where("dataset", dataset).rows()) {
      String what = dataset + " " + e.get("term") + " " + e.get("quantity");
      double value = ReferenceCsv.number(e, "value");
      double actual;
      if (e.get("term").isEmpty()) {
        actual = switch (e.get("quantity")) {
          case "nullDeviance" -> fit.nullDeviance();
          case "residualDeviance" -> fit.residualDeviance();
          case "aic" -> fit.aic();
          case "iterations" -> fit.iterations();
          case "rank" -> fit.rank();
          case "converged" -> fit.converged() ? 1 : 0;
          case "fittedZeroOrOne" -> fit.fittedProbabilitiesZeroOrOne() ? 1 : 0;
          default -> throw new AssertionError("unknown quantity " + what);
        };
      } else {
        LogisticCoefficient c = fit.coefficients().stream()
            .filter(k -> k.term().equals(e.get("term")))
            .findFirst()
            .orElseThrow();
        actual = switch (e.get("quantity")) {
          case "coef" -> c.coef();
          case "se" -> c.se();
          case "z" -> c.z();
          case "p" -> c.p();
          case "oddsRatio" -> c.oddsRatio();
          case "lower" -> c.lower();
          case "upper" -> c.upper();
          default -> throw new AssertionError("unknown quantity " + what);
        };
        if (Double.isNaN(value)) {
          assertThat(c.aliased()).as(what + " aliased").isTrue();
        }
      }
      assertClose(what, actual, value, TOLERANCE);
      checked++;
    }
    assertThat(checked).isGreaterThan(10);
    assertThat(fit.warnings().contains(Logistic.WARN_FITTED_0_1))
        .isEqualTo(fit.fittedProbabilitiesZeroOrOne());
    assertThat(fit.warnings().contains(Logistic.WARN_NOT_CONVERGED)).isEqualTo(!fit.converged());
  }
}

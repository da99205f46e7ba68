package org.psmapathway.stats.descriptive;

import static org.psmapathway.stats.testing.RelativeTolerance.assertClose;
import org.psmapathway.stats.testing.ReferenceCsv;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Continuous Table 1 rows against R 4.2.2 ({@code quantile}, {@code mean}, {@code sd},
 * {@code wilcox.test}, {@code kruskal.test}); data and values from
 * reference/descriptive_regression_reference.R. Every value at 1e-6 relative; they agree to ~1e-12,
 * the exact Wilcoxon p-values included (a sum of exact counts divided by choose(m + n, n) as in R).
 */
class TableOneContinuousReferenceTest {
  private static final double TOLERANCE = 1e-6;
  private static final ReferenceCsv INPUT = ReferenceCsv.read("table1_continuous_input.csv");
  private static final ReferenceCsv REFERENCE = ReferenceCsv.read("table1_continuous_reference.csv");

  static List<String> datasets() {
    return INPUT.distinct("dataset");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("datasets")
  void matchesR(String dataset) {
    List<Map<String, String>> rows = INPUT.where("dataset", dataset).rows();
    double[] values = rows.stream().mapToDouble(r -> ReferenceCsv.number(r, "value")).toArray();
    String[] groups = rows.stream().map(r -> r.get("group")).toArray(String[]::new);

    ContinuousVariable result = TableOne.continuous(dataset, values, groups);

    List<Map<String, String>> expected = REFERENCE.where("dataset", dataset).rows();
    int checked = 0;
    for (Map<String, String> e : expected) {
      String what = dataset + " " + e.get("group") + " " + e.get("quantity");
      double value = ReferenceCsv.number(e, "value");
      if (e.get("group").isEmpty()) {
        HypothesisTest test = result.test();
        switch (e.get("quantity")) {
          case "statistic" -> assertClose(what, test.statistic(), value, TOLERANCE);
          case "p" -> assertClose(what, test.p(), value, TOLERANCE);
          case "df" -> assertClose(what, test.df(), value, TOLERANCE);
          case "exact" -> assertThat(test.method())
              .as(what)
              .isEqualTo(value == 1 ? WilcoxonRankSum.EXACT : WilcoxonRankSum.NORMAL);
          default -> throw new AssertionError("unknown quantity " + what);
        }
      } else {
        ContinuousSummary s = result.groups().stream()
            .filter(g -> g.group().equals(e.get("group")))
            .findFirst()
            .orElseThrow();
        double actual = switch (e.get("quantity")) {
          case "n" -> s.n();
          case "missing" -> s.missing();
          case "q1" -> s.q1();
          case "median" -> s.median();
          case "q3" -> s.q3();
          case "mean" -> s.mean();
          case "sd" -> s.sd();
          default -> throw new AssertionError("unknown quantity " + what);
        };
        assertClose(what, actual, value, TOLERANCE);
      }
      checked++;
    }
    assertThat(checked).as("reference values checked for " + dataset).isGreaterThan(10);
  }
}

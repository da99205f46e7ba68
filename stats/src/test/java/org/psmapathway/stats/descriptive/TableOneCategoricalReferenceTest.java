package org.psmapathway.stats.descriptive;

import static org.psmapathway.stats.testing.RelativeTolerance.assertClose;
import org.psmapathway.stats.testing.ReferenceCsv;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Categorical Table 1 rows against R 4.2.2 ({@code table}, {@code chisq.test}, {@code fisher.test});
 * data and values from reference/descriptive_regression_reference.R, including a zero cell, 3 × 2,
 * 3 × 3 and a sparse 4 × 3 table (R uses FEXACT there; this code enumerates). 1e-6 relative.
 */
class TableOneCategoricalReferenceTest {
  private static final double TOLERANCE = 1e-6;
  private static final ReferenceCsv INPUT = ReferenceCsv.read("table1_categorical_input.csv");
  private static final ReferenceCsv REFERENCE =
      ReferenceCsv.read("table1_categorical_reference.csv");

  static List<String> datasets() {
    return INPUT.distinct("dataset");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("datasets")
  void matchesR(String dataset) {
    List<Map<String, String>> rows = INPUT.where("dataset", dataset).rows();
    String[] values = rows.stream()
        .map(r -> r.get("level").equals("NA") ? null : r.get("level"))
        .toArray(String[]::new);
    String[] groups = rows.stream().map(r -> r.get("group")).toArray(String[]::new);

    CategoricalVariable chi = TableOne.categorical(dataset, values, groups, CategoricalTest.CHI_SQUARE);
    CategoricalVariable fisher = TableOne.categorical(dataset, values, groups, CategoricalTest.FISHER);
    CategoricalVariable auto = TableOne.categorical(dataset, values, groups, CategoricalTest.AUTO);

    int checked = 0;
    for (Map<String, String> e : REFERENCE.where("dataset", dataset).rows()) {
      String what = dataset + " " + e.get("level") + " " + e.get("group") + " " + e.get("quantity");
      double value = ReferenceCsv.number(e, "value");
      double actual = switch (e.get("quantity")) {
        case "missing" -> chi.missing().get(chi.groupLabels().indexOf(e.get("group")));
        case "n" -> cell(chi, e.get("level"), e.get("group")).n();
        case "percent" -> cell(chi, e.get("level"), e.get("group")).percent();
        case "chisq_statistic" -> chi.test().statistic();
        case "chisq_df" -> chi.test().df();
        case "chisq_p" -> chi.test().p();
        case "min_expected" -> chi.minExpected();
        case "fisher_p" -> fisher.test().p();
        default -> throw new AssertionError("unknown quantity " + what);
      };
      assertClose(what, actual, value, TOLERANCE);
      checked++;
    }
    assertThat(checked).isGreaterThan(8);
    HypothesisTest expectedAuto = auto.minExpected() < 5 ? fisher.test() : chi.test();
    assertThat(auto.test()).isEqualTo(expectedAuto);
    assertThat(auto.testChoice()).startsWith(auto.minExpected() < 5 ? "Fisher" : "chi-squared");
  }

  private static GroupCount cell(CategoricalVariable v, String level, String group) {
    return v.levels().stream()
        .filter(l -> l.level().equals(level))
        .findFirst()
        .orElseThrow()
        .groups()
        .stream()
        .filter(g -> g.group().equals(group))
        .findFirst()
        .orElseThrow();
  }
}

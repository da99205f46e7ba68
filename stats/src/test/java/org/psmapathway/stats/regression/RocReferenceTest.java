package org.psmapathway.stats.regression;

import static org.psmapathway.stats.testing.RelativeTolerance.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.psmapathway.stats.testing.ReferenceCsv;

/**
 * ROC against pROC 1.18.0 under R 4.2.2 ({@code roc}, {@code var}/{@code ci.auc} with method
 * "delong", {@code coords(.., "best", best.method = "youden")}) for both directions, on continuous
 * scores, tied scores, n = 10 and a perfect separation (AUC 1, SE 0). Every value at 1e-6 relative,
 * every curve point included.
 */
class RocReferenceTest {
  private static final double TOLERANCE = 1e-6;
  private static final ReferenceCsv INPUT = ReferenceCsv.read("roc_input.csv");
  private static final ReferenceCsv REFERENCE = ReferenceCsv.read("roc_reference.csv");
  private static final ReferenceCsv POINTS = ReferenceCsv.read("roc_points_reference.csv");

  static List<String> datasets() {
    return INPUT.distinct("dataset");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("datasets")
  void matchesPRoc(String dataset) {
    List<Map<String, String>> rows = INPUT.where("dataset", dataset).rows();
    double[] score = rows.stream().mapToDouble(r -> ReferenceCsv.number(r, "score")).toArray();
    double[] outcome =
        rows.stream().mapToDouble(r -> ReferenceCsv.number(r, "outcome")).toArray();
    for (RocDirection direction : RocDirection.values()) {
      RocAnalysis roc = Roc.analyse(score, outcome, direction);
      String tag = direction == RocDirection.CONTROLS_LOWER ? "lt_" : "gt_";
      int checked = 0;
      for (Map<String, String> e : REFERENCE.where("dataset", dataset).rows()) {
        if (!e.get("quantity").startsWith(tag)) {
          continue;
        }
        String quantity = e.get("quantity").substring(3);
        String what = dataset + " " + direction.symbol() + " " + quantity;
        double actual = switch (quantity) {
          case "auc" -> roc.auc();
          case "se" -> roc.se();
          case "lower" -> roc.lower();
          case "upper" -> roc.upper();
          case "bestCount" -> roc.optimalThresholds();
          case "threshold" -> roc.threshold();
          case "sensitivity" -> roc.sensitivity();
          case "specificity" -> roc.specificity();
          default -> throw new AssertionError("unknown quantity " + what);
        };
        double expected = ReferenceCsv.number(e, "value");
        if (quantity.equals("se") && expected == 0) {
          // pROC's 0 for AUC = 1: here an exact 0 as well (every placement value equals 1).
          assertThat(actual).as(what).isZero();
        } else {
          assertClose(what, actual, expected, TOLERANCE);
        }
        checked++;
      }
      assertThat(checked).isEqualTo(8);

      List<Map<String, String>> expectedPoints = POINTS.rows().stream()
          .filter(r -> r.get("dataset").equals(dataset)
              && r.get("direction").equals(direction.symbol()))
          .toList();
      assertThat(roc.points()).hasSize(expectedPoints.size());
      for (int k = 0; k < expectedPoints.size(); k++) {
        Map<String, String> e = expectedPoints.get(k);
        RocPoint point = roc.points().get(k);
        String what = dataset + " " + direction.symbol() + " point " + k;
        assertClose(what + " threshold", point.threshold(),
            ReferenceCsv.number(e, "threshold"), TOLERANCE);
        assertClose(what + " sensitivity", point.sensitivity(),
            ReferenceCsv.number(e, "sensitivity"), TOLERANCE);
        assertClose(what + " specificity", point.specificity(),
            ReferenceCsv.number(e, "specificity"), TOLERANCE);
      }
    }
  }
}

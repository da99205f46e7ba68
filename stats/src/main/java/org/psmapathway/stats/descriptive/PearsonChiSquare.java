package org.psmapathway.stats.descriptive;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Pearson's chi-squared test of independence as R's {@code chisq.test(x)} on a matrix (R:
 * src/library/stats/R/chisq.test.R) with its default {@code correct = TRUE}: for a 2 × 2 table the
 * Yates correction subtracts min(0.5, |O − E|) from every |O − E|; df = (r − 1)(c − 1).
 */
public final class PearsonChiSquare {
  static final String METHOD = "Pearson's Chi-squared test";
  static final String METHOD_YATES = "Pearson's Chi-squared test with Yates' continuity correction";

  private PearsonChiSquare() {}

  /** Test with R's default (Yates correction on 2 × 2 tables). */
  public static HypothesisTest test(int[][] table) {
    return test(table, true);
  }

  /**
   * @param table counts, rows = levels, columns = groups; a row or column that sums to zero makes an
   *     expected count zero and, as in R, the statistic and p NaN
   * @param yates apply the continuity correction when the table is 2 × 2 (R's {@code correct})
   */
  public static HypothesisTest test(int[][] table, boolean yates) {
    ContingencyTable t = new ContingencyTable(table);
    boolean correct = yates && t.rows == 2 && t.columns == 2;
    // chisq.test.R: YATES <- min(0.5, abs(x - E)), one scalar over the whole table.
    double yatesShift = 0;
    if (correct) {
      yatesShift = 0.5;
      for (int i = 0; i < t.rows; i++) {
        for (int j = 0; j < t.columns; j++) {
          yatesShift = Math.min(yatesShift, Math.abs(t.counts[i][j] - t.expected(i, j)));
        }
      }
    }
    double statistic = 0;
    for (int i = 0; i < t.rows; i++) {
      for (int j = 0; j < t.columns; j++) {
        double e = t.expected(i, j);
        double deviation = Math.abs(t.counts[i][j] - e) - yatesShift;
        statistic += deviation * deviation / e;
      }
    }
    int df = (t.rows - 1) * (t.columns - 1);
    double p = Double.isNaN(statistic)
        ? Double.NaN
        : ChiSquaredDistribution.of(df).survivalProbability(statistic);
    return new HypothesisTest(correct ? METHOD_YATES : METHOD, "X-squared", statistic, df, p);
  }
}

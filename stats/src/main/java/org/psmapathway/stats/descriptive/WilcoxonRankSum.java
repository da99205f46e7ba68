package org.psmapathway.stats.descriptive;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Two-sample Wilcoxon rank-sum test with R's defaults, {@code wilcox.test(x, y)}
 * (R: src/library/stats/R/wilcox.test.R, two-sample branch; alternative "two.sided", correct = TRUE,
 * exact = NULL):
 *
 * <ul>
 *   <li>W = sum of the ranks of x in the pooled sample − n_x(n_x + 1)/2;
 *   <li>exact p from the null distribution of W when n_x &lt; 50, n_y &lt; 50 and no value is tied;
 *   <li>otherwise the normal approximation with tie-corrected variance and continuity correction
 *       0.5 · sign(W − n_x n_y / 2) (R warns "cannot compute exact p-value with ties" and does this).
 * </ul>
 */
public final class WilcoxonRankSum {
  static final String EXACT = "Wilcoxon rank sum exact test";
  static final String NORMAL = "Wilcoxon rank sum test with continuity correction";
  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private WilcoxonRankSum() {}

  /**
   * Test x against y; both must be free of NaN (drop missing values first) and non-empty.
   *
   * @return W, no df, two-sided p; p is NaN (R: NaN) when every value is tied
   */
  public static HypothesisTest test(double[] x, double[] y) {
    requireObservations("x", x);
    requireObservations("y", y);
    int nx = x.length;
    int ny = y.length;
    double[] pooled = new double[nx + ny];
    System.arraycopy(x, 0, pooled, 0, nx);
    System.arraycopy(y, 0, pooled, nx, ny);
    MidRanks ranks = MidRanks.of(pooled);
    double rankSum = 0;
    for (int i = 0; i < nx; i++) {
      rankSum += ranks.ranks[i];
    }
    double w = rankSum - nx * (nx + 1) / 2.0;
    if (nx < 50 && ny < 50 && !ranks.hasTies) {
      WilcoxonDistribution null0 = new WilcoxonDistribution(nx, ny);
      // wilcox.test.R: p <- if (STATISTIC > (n.x * n.y / 2)) pwilcox(STATISTIC - 1, ..., lower.tail
      // = FALSE) else pwilcox(STATISTIC, ...); min(2 * p, 1)
      double p = w > nx * (double) ny / 2 ? null0.upperTail(w - 1) : null0.lowerTail(w);
      return new HypothesisTest(EXACT, "W", w, Double.NaN, Math.min(2 * p, 1));
    }
    double n = nx + ny;
    double z = w - nx * (double) ny / 2;
    double sigma =
        Math.sqrt((nx * (double) ny / 12) * ((n + 1) - ranks.tieCubeSum / (n * (n - 1))));
    double correction = Math.signum(z) * 0.5;
    z = (z - correction) / sigma;
    // 2 * min(pnorm(z), pnorm(z, lower.tail = FALSE)); NaN when sigma = 0 as in R.
    double p = 2 * Math.min(STANDARD_NORMAL.cumulativeProbability(z),
        STANDARD_NORMAL.survivalProbability(z));
    if (Double.isNaN(z)) {
      p = Double.NaN;
    }
    return new HypothesisTest(NORMAL, "W", w, Double.NaN, p);
  }

  private static void requireObservations(String name, double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException(name + ": expected at least one observation, got none");
    }
    for (int i = 0; i < values.length; i++) {
      if (Double.isNaN(values[i])) {
        throw new IllegalArgumentException(
            name + "[" + i + "]: expected a number, got NaN (drop missing values first)");
      }
    }
  }
}

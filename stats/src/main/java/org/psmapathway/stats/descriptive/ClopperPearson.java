package org.psmapathway.stats.descriptive;

import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * Exact binomial confidence interval of Clopper and Pearson (Biometrika 1934), as R's
 * {@code binom.test} (src/library/stats/R/binom.test.R, two-sided):
 * lower = qbeta(α/2, x, n − x + 1) (0 when x = 0), upper = qbeta(1 − α/2, x + 1, n − x) (1 when
 * x = n). Used for sensitivity, specificity, PPV and NPV, whose small denominators make the
 * normal approximation misleading.
 */
public final class ClopperPearson {

  private ClopperPearson() {}

  /**
   * @param count x, 0 ≤ x ≤ n
   * @param total n ≥ 0; n = 0 gives NaN estimate and limits (R: binom.test stops, "not enough data")
   * @param confidenceLevel in (0, 1)
   * @throws IllegalArgumentException naming the argument when x or n is out of range
   */
  public static Proportion interval(int count, int total, double confidenceLevel) {
    if (total < 0 || count < 0 || count > total) {
      throw new IllegalArgumentException("count: expected 0 ≤ count ≤ total, got count " + count
          + " of total " + total);
    }
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
      throw new IllegalArgumentException(
          "confidenceLevel: expected a value in (0, 1), got " + confidenceLevel);
    }
    if (total == 0) {
      return new Proportion(0, 0, Double.NaN, Double.NaN, Double.NaN);
    }
    double alpha = 1 - confidenceLevel;
    double lower = count == 0 ? 0
        : BetaDistribution.of(count, total - count + 1.0).inverseCumulativeProbability(alpha / 2);
    // Upper tail by inverseSurvivalProbability: 1 − α/2 as a cdf argument loses digits near 1.
    double upper = count == total ? 1
        : BetaDistribution.of(count + 1.0, total - count).inverseSurvivalProbability(alpha / 2);
    return new Proportion(count, total, (double) count / total, lower, upper);
  }
}

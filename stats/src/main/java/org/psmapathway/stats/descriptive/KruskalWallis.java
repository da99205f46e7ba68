package org.psmapathway.stats.descriptive;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Kruskal–Wallis rank-sum test as R's {@code kruskal.test(x, g)} (R:
 * src/library/stats/R/kruskal.test.R): H = (12 / (n(n+1)) Σ R_i² / n_i − 3(n+1)) divided by the tie
 * correction 1 − Σ(t³ − t)/(n³ − n); p = P(χ²_{k−1} &gt; H).
 */
public final class KruskalWallis {
  static final String METHOD = "Kruskal-Wallis rank sum test";

  private KruskalWallis() {}

  /**
   * @param samples one array per group, free of NaN; empty groups are ignored as R's factor()
   *     re-levelling drops them; at least two non-empty groups are needed
   */
  public static HypothesisTest test(double[]... samples) {
    int groups = 0;
    int n = 0;
    for (int g = 0; g < samples.length; g++) {
      for (int i = 0; i < samples[g].length; i++) {
        if (Double.isNaN(samples[g][i])) {
          throw new IllegalArgumentException("samples[" + g + "][" + i
              + "]: expected a number, got NaN (drop missing values first)");
        }
      }
      if (samples[g].length > 0) {
        groups++;
        n += samples[g].length;
      }
    }
    if (groups < 2) {
      // kruskal.test.R: stop("all observations are in the same group")
      throw new IllegalArgumentException(
          "samples: expected at least 2 non-empty groups, got " + groups);
    }
    double[] pooled = new double[n];
    int at = 0;
    for (double[] sample : samples) {
      System.arraycopy(sample, 0, pooled, at, sample.length);
      at += sample.length;
    }
    MidRanks ranks = MidRanks.of(pooled);
    double sum = 0;
    at = 0;
    for (double[] sample : samples) {
      if (sample.length == 0) {
        continue;
      }
      double rankSum = 0;
      for (int i = 0; i < sample.length; i++) {
        rankSum += ranks.ranks[at + i];
      }
      sum += rankSum * rankSum / sample.length;
      at += sample.length;
    }
    double nn = n;
    double h = (12 * sum / (nn * (nn + 1)) - 3 * (nn + 1))
        / (1 - ranks.tieCubeSum / (nn * nn * nn - nn));
    int df = groups - 1;
    // All values tied: 0/0, and R returns NaN for statistic and p alike.
    double p = Double.isNaN(h) ? Double.NaN : ChiSquaredDistribution.of(df).survivalProbability(h);
    return new HypothesisTest(METHOD, "Kruskal-Wallis chi-squared", h, df, p);
  }
}

package org.psmapathway.stats.descriptive;

/**
 * Exact null distribution of the Wilcoxon rank-sum statistic W (Mann–Whitney U) for sample sizes m
 * and n without ties, as R's {@code pwilcox} (R: src/nmath/wilcox.c, {@code cwilcox}). The counts
 * obey cwilcox(k; m, n) = cwilcox(k - n; m - 1, n) + cwilcox(k; m, n - 1); they are built row by row
 * over m so memory stays O(n · m · n) instead of the recursion's cache of all (m, n) pairs.
 */
final class WilcoxonDistribution {
  private final int m;
  private final int n;
  /** counts[k] = number of arrangements with W = k, k = 0..m·n. */
  private final double[] counts;
  private final double total;

  WilcoxonDistribution(int m, int n) {
    this.m = m;
    this.n = n;
    // row[j] holds the count polynomial for (i, j); i advances in the outer loop.
    double[][] previous = new double[n + 1][];
    for (int j = 0; j <= n; j++) {
      previous[j] = new double[] {1}; // i = 0: only W = 0
    }
    for (int i = 1; i <= m; i++) {
      double[][] current = new double[n + 1][];
      current[0] = new double[] {1}; // j = 0: only W = 0
      for (int j = 1; j <= n; j++) {
        double[] poly = new double[i * j + 1];
        double[] fromSmallerM = previous[j]; // (i - 1, j), shifted by j
        for (int k = 0; k < fromSmallerM.length; k++) {
          poly[k + j] += fromSmallerM[k];
        }
        double[] fromSmallerN = current[j - 1]; // (i, j - 1)
        for (int k = 0; k < fromSmallerN.length; k++) {
          poly[k] += fromSmallerN[k];
        }
        current[j] = poly;
      }
      previous = current;
    }
    this.counts = previous[n];
    double sum = 0;
    for (double c : counts) {
      sum += c;
    }
    this.total = sum; // choose(m + n, n)
  }

  /** P(W ≤ q), R's {@code pwilcox(q, m, n)}. */
  double lowerTail(double q) {
    // wilcox.c pwilcox: sums the smaller tail to keep precision.
    int k = (int) Math.floor(q + 1e-7);
    if (k < 0) {
      return 0;
    }
    if (k >= m * n) {
      return 1;
    }
    if (k <= m * n / 2.0) {
      double p = 0;
      for (int i = 0; i <= k; i++) {
        p += counts[i] / total;
      }
      return p;
    }
    return 1 - upperTail(k);
  }

  /** P(W > q), R's {@code pwilcox(q, m, n, lower.tail = FALSE)}. */
  double upperTail(double q) {
    int k = (int) Math.floor(q + 1e-7);
    if (k < 0) {
      return 1;
    }
    if (k >= m * n) {
      return 0;
    }
    if (k > m * n / 2.0) {
      double p = 0;
      for (int i = k + 1; i <= m * n; i++) {
        p += counts[i] / total;
      }
      return p;
    }
    return 1 - lowerTail(k);
  }
}

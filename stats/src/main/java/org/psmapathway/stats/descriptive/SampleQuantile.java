package org.psmapathway.stats.descriptive;

/**
 * Sample quantiles as R's {@code quantile(x, probs)} with its default {@code type = 7}
 * (R: src/library/stats/R/quantile.R): {@code h = (n - 1) p}, linear interpolation between the
 * order statistics {@code x[floor(h)]} and {@code x[floor(h) + 1]}.
 */
public final class SampleQuantile {
  private SampleQuantile() {}

  /**
   * Type-7 quantile of values that are already sorted ascending and free of NaN.
   *
   * @param sorted ascending, no NaN, at least one value
   * @param probability in [0, 1]
   */
  public static double type7(double[] sorted, double probability) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("sorted: expected at least one value, got none");
    }
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability: expected a value in [0, 1], got " + probability);
    }
    int n = sorted.length;
    // quantile.R type 7: index <- 1 + max(n - 1, 0) * probs; lo <- floor(index); hi <- ceiling(index);
    // qs <- x[lo]; h <- index - lo; qs <- (1 - h) * qs + h * x[hi] (only where h differs from 0).
    double index = (n - 1) * probability;
    int lo = (int) Math.floor(index);
    int hi = (int) Math.ceil(index);
    double h = index - lo;
    double q = sorted[lo];
    if (h != 0 && sorted[hi] != q) {
      q = (1 - h) * q + h * sorted[hi];
    }
    return q;
  }
}

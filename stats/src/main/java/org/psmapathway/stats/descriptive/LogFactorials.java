package org.psmapathway.stats.descriptive;

/**
 * Table of log(k!) for k = 0..n, summed with compensation so the error stays near one ulp; exact
 * tests evaluate it millions of times, so it is a lookup rather than a log-gamma call.
 */
final class LogFactorials {
  private final double[] values;

  LogFactorials(int n) {
    values = new double[n + 1];
    double sum = 0;
    double compensation = 0;
    for (int k = 2; k <= n; k++) {
      // Kahan summation of log(k).
      double y = Math.log(k) - compensation;
      double s = sum + y;
      compensation = (s - sum) - y;
      sum = s;
      values[k] = sum;
    }
  }

  double of(int k) {
    return values[k];
  }
}

package org.psmapathway.stats.descriptive;

/**
 * Summary of a continuous column within one group. Quantiles are R's {@code quantile} type 7.
 *
 * @param n non-missing values
 * @param missing values dropped as missing (NaN)
 * @param sd sample standard deviation (n − 1); NaN (NA in R's {@code sd}) when n = 1
 */
public record ContinuousSummary(
  String group, int n, int missing, double median, double q1, double q3, double mean,
  double sd) {}

package org.psmapathway.stats.cox;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/** A chi-squared test: statistic, degrees of freedom and upper-tail p-value. */
public record TestStatistic(double statistic, int df, double p) {

  /** p = P(χ²_df > statistic), from the upper tail directly (never 1 − cdf); NaN when df = 0. */
  public static TestStatistic chiSquared(double statistic, int df) {
    double p = df > 0 && !Double.isNaN(statistic)
        ? ChiSquaredDistribution.of(df).survivalProbability(statistic) : Double.NaN;
    return new TestStatistic(statistic, df, p);
  }
}

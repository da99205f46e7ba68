package org.psmapathway.stats.survival;

import java.util.List;

/**
 * A G-rho test ({@code survdiff}): chi-square {@code statistic} on {@code df} degrees of freedom,
 * upper-tail {@code p}, observed and (weighted) expected events per group summed over strata, and
 * the variance matrix of O − E ({@code survdiff()$var}), group order as in {@code groups}.
 * Serialises as {@code statistic, df, p, rho, groups[]: {group, n, observed, expected}, variance}.
 */
public record LogRankResult(double statistic, int df, double p, double rho, List<Group> groups,
    double[][] variance) {

  public LogRankResult {
    groups = List.copyOf(groups);
  }

  /** One row of the {@code print(survdiff)} table. */
  public record Group(String group, int n, double observed, double expected) {
  }
}

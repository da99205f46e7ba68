package org.psmapathway.stats.survival;

import java.util.List;

/**
 * Gray's k-sample test that a cause's cumulative incidence is the same in all groups, one line per
 * cause with at least one event, as {@code cmprsk::cuminc(...)$Tests}: {@code statistic}
 * (chi-square on {@code df} = groups − 1) and {@code p}. JSON shape {@code rho, causes[]: {cause,
 * statistic, df, p}}.
 */
public record GrayTestResult(double rho, List<Cause> causes) {

  public GrayTestResult {
    causes = List.copyOf(causes);
  }

  /** One row of {@code $Tests}. NaN statistic and p where cmprsk reports −1 (singular variance). */
  public record Cause(String cause, double statistic, int df, double p) {
  }
}

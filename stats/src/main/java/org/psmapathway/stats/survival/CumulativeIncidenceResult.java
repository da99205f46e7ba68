package org.psmapathway.stats.survival;

import java.util.List;

/**
 * Cumulative incidence of each cause in each group at requested times, shaped for JSON as
 * {@code groups[]: {group, cause, at[]: {time, estimate, se}}}; {@code method} names the estimator
 * and its variance. Estimate and se are {@link Double#NaN} (R: NA) at times beyond the group's last
 * follow-up.
 */
public record CumulativeIncidenceResult(String method, List<Curve> groups) {

  public CumulativeIncidenceResult {
    groups = List.copyOf(groups);
  }

  /** One cause in one group. */
  public record Curve(String group, String cause, List<At> at) {

    public Curve {
      at = List.copyOf(at);
    }
  }

  /** Cumulative incidence and its standard error at one time. */
  public record At(double time, double estimate, double se) {
  }
}

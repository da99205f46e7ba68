package org.psmapathway.stats.survival;

import java.util.ArrayList;
import java.util.List;

/** Kaplan–Meier curves of all groups, in group order. */
public record KaplanMeierFit(List<KaplanMeierCurve> curves) {

  public KaplanMeierFit {
    curves = List.copyOf(curves);
  }

  /**
   * R's default restriction time for the restricted mean of grouped curves ({@code rmean =
   * "common"}, the default of {@code print.survfit} and {@code summary.survfit}): the largest
   * last follow-up time over the groups.
   */
  public double commonRestrictionTime() {
    double max = Double.NaN;
    for (KaplanMeierCurve c : curves) {
      if (c.steps() > 0 && !(c.lastTime() <= max)) {
        max = c.lastTime();
      }
    }
    return max;
  }

  /**
   * The summary a report or the CLI prints: per group n, events, median with its CI, restricted
   * mean up to {@link #commonRestrictionTime()} and the estimates at {@code times} (without
   * extension beyond the last follow-up, like {@code summary(fit, times)}).
   */
  public KaplanMeierSummary summary(double[] times) {
    double limit = commonRestrictionTime();
    List<KaplanMeierSummary.Group> groups = new ArrayList<>(curves.size());
    for (KaplanMeierCurve c : curves) {
      MedianSurvival m = c.median();
      RestrictedMean rm = Double.isNaN(limit) ? new RestrictedMean(limit, Double.NaN,
          Double.NaN)
          : c.restrictedMean(limit);
      groups.add(new KaplanMeierSummary.Group(c.group(), c.n(), c.events(), m.median(),
          m.lower(), m.upper(),
          rm.limit(), rm.mean(), rm.se(), c.at(times, false)));
    }
    return new KaplanMeierSummary(groups);
  }
}

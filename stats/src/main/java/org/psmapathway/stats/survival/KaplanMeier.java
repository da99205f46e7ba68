package org.psmapathway.stats.survival;

import java.util.ArrayList;
import java.util.List;

/**
 * Kaplan–Meier product-limit estimator with Greenwood variance, R's {@code survfit(Surv(time,
 * event) ~ group)} for right-censored data without weights ({@code survival/R/survfitKM.R},
 * {@code src/survfitkm.c}). One sort of the times, then one linear pass per group. Ties: at a time,
 * deaths come before censorings (the censored are still at risk), and near-equal times are merged
 * as R's {@code aeqSurv} does.
 */
public final class KaplanMeier {

  private KaplanMeier() {
  }

  /** One curve for all rows. */
  public static KaplanMeierCurve fit(double[] time, int[] event, KaplanMeierOptions options) {
    return fit(time, event, GroupCoding.single(time.length), options).curves().get(0);
  }

  /** One curve per group, in the group order of {@code groups}. */
  public static KaplanMeierFit fit(double[] time, int[] event, GroupCoding groups,
      KaplanMeierOptions options) {
    RightCensoredData.check(time, event);
    RightCensoredData.checkIndex("group", groups.index(), time.length, groups.size());
    TimeGrid grid = TimeGrid.of(time, true);
    TimeGrid.Ordered ordered = grid.orderBy(groups.index(), groups.size());
    double z = options.z();
    List<KaplanMeierCurve> curves = new ArrayList<>(groups.size());
    for (int g = 0; g < groups.size(); g++) {
      curves.add(curve(groups.labels().get(g), grid, event, ordered.rows(),
          ordered.start()[g],
          ordered.start()[g + 1], options, z));
    }
    return new KaplanMeierFit(curves);
  }

  /**
   * Reverse Kaplan–Meier: censoring is the event ({@code survfit(Surv(time, status == 0) ~
   * group)}), whose median is the median potential follow-up (Schemper and Smith 1996).
   */
  public static KaplanMeierFit reverse(double[] time, int[] event, GroupCoding groups,
      KaplanMeierOptions options) {
    RightCensoredData.check(time, event);
    int[] flipped = new int[event.length];
    for (int i = 0; i < event.length; i++) {
      flipped[i] = 1 - event[i];
    }
    return fit(time, flipped, groups, options);
  }

  private static KaplanMeierCurve curve(String label, TimeGrid grid, int[] event, int[] rows,
      int from, int to,
      KaplanMeierOptions options, double z) {
    int distinct = 0;
    for (int i = from; i < to; i++) {
      if (i == from || grid.rank[rows[i]] != grid.rank[rows[i - 1]]) {
        distinct++;
      }
    }
    double[] time = new double[distinct];
    int[] nRisk = new int[distinct];
    int[] nEvent = new int[distinct];
    int[] nCensor = new int[distinct];
    double[] surv = new double[distinct];
    double[] se = new double[distinct];
    double[] lower = new double[distinct];
    double[] upper = new double[distinct];
    int atRisk = to - from;
    int events = 0;
    double s = 1;
    double greenwood = 0;
    int k = 0;
    int i = from;
    while (i < to) {
      int r = grid.rank[rows[i]];
      int d = 0;
      int c = 0;
      for (; i < to && grid.rank[rows[i]] == r; i++) {
        if (event[rows[i]] == 1) {
          d++;
        } else {
          c++;
        }
      }
      if (d > 0) {
        s *= (double) (atRisk - d) / atRisk;
        greenwood += d / ((double) atRisk * (atRisk - d)); // +Inf when all at risk die, as in R
      }
      time[k] = grid.times[r];
      nRisk[k] = atRisk;
      nEvent[k] = d;
      nCensor[k] = c;
      surv[k] = s;
      se[k] = Math.sqrt(greenwood);
      lower[k] = options.confidenceType().lower(s, se[k], z);
      upper[k] = options.confidenceType().upper(s, se[k], z);
      events += d;
      atRisk -= d + c;
      k++;
    }
    return new KaplanMeierCurve(label, to - from, events, time, nRisk, nEvent, nCensor, surv,
        se, lower, upper,
        options);
  }
}

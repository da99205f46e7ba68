package org.psmapathway.report.survival;

import java.util.Arrays;

/**
 * One curve of a survival or cumulative-incidence figure: a right-continuous step function that
 * starts at {@code start} (1 for survival, 0 for incidence) at time 0 and takes {@code value[k]}
 * from {@code time[k]} on, optional pointwise confidence bounds (NaN where undefined, R's NA),
 * censoring marks, and the numbers at risk used for the table under the axis.
 *
 * @param label        legend label
 * @param riskGroup    risk-table row label; curves of one group (several causes of a
 *                     cumulative-incidence figure) share it and get one row
 * @param start        the value before the first step
 * @param time         step times, increasing
 * @param value        the value from each step time on
 * @param lower        lower bound per step, or null
 * @param upper        upper bound per step, or null
 * @param censorTime   times of censoring marks (may be empty)
 * @param riskTime     increasing times at which the number at risk changes (the group's distinct
 *                     follow-up times)
 * @param riskCount    rows still at risk just before {@code riskTime[k]} (R's {@code n.risk})
 */
public record SurvivalCurve(String label, String riskGroup, double start, double[] time, double[] value,
    double[] lower, double[] upper, double[] censorTime, double[] riskTime, int[] riskCount) {

  public SurvivalCurve {
    if (time.length != value.length) {
      throw new IllegalArgumentException("value: expected " + time.length + " values, got "
          + value.length);
    }
    if ((lower == null) != (upper == null)
        || (lower != null && (lower.length != time.length || upper.length != time.length))) {
      throw new IllegalArgumentException("lower, upper: expected both or neither, one per step");
    }
    if (riskTime.length != riskCount.length) {
      throw new IllegalArgumentException("riskCount: expected " + riskTime.length
          + " values, got " + riskCount.length);
    }
  }

  /** The value of the step function at {@code t} (start value before the first step). */
  public double valueAt(double t) {
    int k = Arrays.binarySearch(time, t);
    int row = k >= 0 ? k : -k - 2;
    return row < 0 ? start : value[row];
  }

  /**
   * Number at risk at {@code t} as {@code summary(fit, times)} gives it: the count of the first
   * follow-up time at or after {@code t}, 0 past the last.
   */
  public int atRisk(double t) {
    int k = Arrays.binarySearch(riskTime, t);
    int first = k >= 0 ? k : -k - 1;
    return first < riskCount.length ? riskCount[first] : 0;
  }

  /** The last follow-up time, 0 for an empty curve. */
  public double lastTime() {
    double last = 0;
    if (time.length > 0) {
      last = time[time.length - 1];
    }
    if (riskTime.length > 0) {
      last = Math.max(last, riskTime[riskTime.length - 1]);
    }
    return last;
  }
}

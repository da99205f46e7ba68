package org.psmapathway.dosimetry.kinetics;

import java.util.Arrays;

/**
 * Serial activity measurements of one region (organ, lesion, voxel): time after injection in hours
 * and activity in MBq as present in the patient at that time (not decay-corrected; research/dosimetry
 * §2.1). The measurements are sorted by time once, here; {@link #givenRow(int)} maps a sorted index
 * back to the order in which they were given, for messages.
 *
 * <p>Rejected with a {@link TimeActivityException} naming the region and row: fewer than 2 points,
 * a time that is not a finite number ≥ 0 (before injection), an activity that is not a finite number
 * ≥ 0, two measurements at the same time.
 */
public final class TimeActivityCurve {

  private final String region;
  private final double[] t;
  private final double[] a;
  private final int[] givenRows;

  private TimeActivityCurve(String region, double[] t, double[] a, int[] givenRows) {
    this.region = region;
    this.t = t;
    this.a = a;
    this.givenRows = givenRows;
  }

  /** Validates and sorts by time; the arrays are copied. */
  public static TimeActivityCurve of(String region, double[] hours, double[] mbq) {
    String name = region == null ? "" : region;
    if (hours.length != mbq.length) {
      throw new TimeActivityException(name, -1, null, hours.length + " times but " + mbq.length
          + " activities; expected one activity per time");
    }
    for (int i = 0; i < hours.length; i++) {
      if (!Double.isFinite(hours[i])) {
        throw new TimeActivityException(name, i, "hours", "time must be a finite number of hours, got "
            + hours[i]);
      }
      if (hours[i] < 0) {
        throw new TimeActivityException(name, i, "hours", "time " + hours[i]
            + " h is before injection; expected hours ≥ 0 after injection");
      }
      if (!Double.isFinite(mbq[i])) {
        throw new TimeActivityException(name, i, "mbq", "activity must be a finite number of MBq, got "
            + mbq[i]);
      }
      if (mbq[i] < 0) {
        throw new TimeActivityException(name, i, "mbq", "activity " + mbq[i]
            + " MBq is negative; expected MBq ≥ 0");
      }
    }
    if (hours.length < 2) {
      throw new TimeActivityException(name, -1, null, hours.length
          + (hours.length == 1 ? " time point" : " time points")
          + "; at least 2 are needed to integrate a curve (use a single-time-point method)");
    }
    int n = hours.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(hours[a], hours[b]));
    double[] t = new double[n];
    double[] a = new double[n];
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) {
      rows[i] = order[i];
      t[i] = hours[rows[i]];
      a[i] = mbq[rows[i]];
      if (i > 0 && t[i] == t[i - 1]) {
        int first = Math.min(rows[i], rows[i - 1]);
        int second = Math.max(rows[i], rows[i - 1]);
        throw new TimeActivityException(name, second, "hours", "time " + t[i]
            + " h appears twice (measurements " + (first + 1) + " and " + (second + 1)
            + " of the region); expected one measurement per time");
      }
    }
    return new TimeActivityCurve(name, t, a, rows);
  }

  public String region() {
    return region;
  }

  /** Times after injection, hours, ascending (a copy). */
  public double[] hours() {
    return t.clone();
  }

  /** Activities, MBq, in the order of {@link #hours()} (a copy). */
  public double[] mbq() {
    return a.clone();
  }

  double t(int i) {
    return t[i];
  }

  double a(int i) {
    return a[i];
  }

  /** Number of measurements. */
  public int size() {
    return t.length;
  }

  /** Where the measurement at sorted index {@code i} was given (0-based). */
  public int givenRow(int i) {
    return givenRows[i];
  }

  /** Index of the highest activity (the first one when tied). */
  public int peak() {
    int p = 0;
    for (int i = 1; i < a.length; i++) {
      if (a[i] > a[p]) {
        p = i;
      }
    }
    return p;
  }
}

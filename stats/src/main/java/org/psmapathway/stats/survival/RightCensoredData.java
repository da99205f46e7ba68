package org.psmapathway.stats.survival;

import java.util.function.IntFunction;

/**
 * Checks the columns of right-censored survival data before any estimator runs: follow-up times
 * finite and {@code >= 0}, event indicators 0 (censored) or 1 (event), equal lengths, at least one
 * row.
 *
 * <p>R's {@code Surv()} turns invalid status values into NA with a warning and {@code survfit} then
 * drops the row; here the caller decides about missing rows, so a bad value is an error that names
 * the row.
 */
public final class RightCensoredData {

  private RightCensoredData() {
  }

  /** Throws {@link IllegalArgumentException} naming the first bad row (0-based) and what was expected. */
  public static void check(double[] time, int[] event) {
    checkTimes(time);
    if (event == null) {
      throw new IllegalArgumentException(
          "event: expected an array of 0/1 indicators, got null");
    }
    if (event.length != time.length) {
      throw new IllegalArgumentException("event: expected " + time.length
          + " values (one per time), got " + event.length);
    }
    for (int i = 0; i < event.length; i++) {
      if (event[i] != 0 && event[i] != 1) {
        throw new IllegalArgumentException("event[" + i
            + "]: expected 0 (censored) or 1 (event), got "
            + event[i]);
      }
    }
  }

  /** Competing risks: status 0 = censored, 1..k = cause of the event. */
  public static void checkCompeting(double[] time, int[] status) {
    checkTimes(time);
    if (status == null) {
      throw new IllegalArgumentException(
          "status: expected an array of 0 (censored) or cause codes >= 1, got null");
    }
    if (status.length != time.length) {
      throw new IllegalArgumentException("status: expected " + time.length
          + " values (one per time), got " + status.length);
    }
    for (int i = 0; i < status.length; i++) {
      if (status[i] < 0) {
        throw new IllegalArgumentException("status[" + i
            + "]: expected 0 (censored) or a cause code >= 1, got " + status[i]);
      }
    }
  }

  /** Group or stratum index per row, each in {@code [0, levels)}. */
  static void checkIndex(String name, int[] index, int rows, int levels) {
    if (index == null) {
      throw new IllegalArgumentException(name + ": expected one index per row, got null");
    }
    if (index.length != rows) {
      throw new IllegalArgumentException(name + ": expected " + rows
          + " values (one per time), got "
          + index.length);
    }
    for (int i = 0; i < rows; i++) {
      if (index[i] < 0 || index[i] >= levels) {
        throw new IllegalArgumentException(name + "[" + i + "]: expected an index in [0, "
            + levels
            + "), got " + index[i]);
      }
    }
  }

  private static void checkTimes(double[] time) {
    if (time == null) {
      throw new IllegalArgumentException(
          "time: expected an array of follow-up times, got null");
    }
    if (time.length == 0) {
      throw new IllegalArgumentException("time: expected at least one row, got none");
    }
    checkTimes(time, i -> "time[" + i + "]");
  }

  /**
   * Follow-up times finite and {@code >= 0}, row by row.
   *
   * @param where names row i in an error message, e.g. {@code i -> "column 'time' row " + i}
   */
  public static void checkTimes(double[] time, IntFunction<String> where) {
    for (int i = 0; i < time.length; i++) {
      double t = time[i];
      if (!(t >= 0) || Double.isInfinite(t)) {
        throw new IllegalArgumentException(where.apply(i)
            + ": expected a finite time >= 0, got " + t);
      }
    }
  }
}

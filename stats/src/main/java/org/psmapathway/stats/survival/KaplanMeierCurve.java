package org.psmapathway.stats.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Kaplan–Meier step function of one group, one row per distinct time (event or censoring), as
 * the fields of an R {@code survfit} object: {@code time, n.risk, n.event, n.censor, surv, std.err,
 * lower, upper}. {@code stdErr} is R's {@code std.err}: the Greenwood standard error of log S (of
 * the cumulative hazard), sqrt(Σ d/(n(n−d))); it is infinite once S reaches 0, where the bounds are
 * NaN (R: NA).
 *
 * @param group   the group label
 * @param n       rows in the group
 * @param events  events in the group
 * @param options confidence level and interval type the bounds were computed with
 */
public record KaplanMeierCurve(String group, int n, int events, double[] time, int[] nRisk,
    int[] nEvent,
    int[] nCensor, double[] survival, double[] stdErr, double[] lower, double[] upper,
    KaplanMeierOptions options) {

  /** Number of rows (distinct times) of the step function. */
  public int steps() {
    return time.length;
  }

  /** Last follow-up time of the group; NaN for an empty group. */
  public double lastTime() {
    return time.length == 0 ? Double.NaN : time[time.length - 1];
  }

  /**
   * Median and its confidence limits as {@code print.survfit} / {@code summary(fit)$table} report
   * them ({@code survival:::survmean}, inner {@code minmin}): the first time the curve (or band)
   * is below 0.5 + sqrt(eps); if it is within sqrt(eps) of 0.5 there and drops further later, the
   * midpoint of that time and the time of the next drop. NA bound values (log-log at S = 1, log
   * at S = 0) are skipped.
   */
  public MedianSurvival median() {
    return new MedianSurvival(minmin(survival), minmin(lower), minmin(upper));
  }

  /**
   * A quantile and its confidence limits as {@code quantile(fit, probs = p)} computes them
   * ({@code survival:::findq} in R/quantile.survfit.R): with y = 1 − S and the curve started at
   * (0, 0), repeated y values dropped, the midpoint of the first time y reaches p − sqrt(eps) and
   * the first time it reaches p + sqrt(eps) — so a curve flat at exactly 1 − p gives the middle
   * of the flat — and, when the curve ends flat at 1 − p, the midpoint of the start of that flat
   * and the last time. This differs from {@link #median()} (the {@code print} rule) only when the
   * curve ends at exactly 1 − p.
   */
  public SurvivalQuantile quantile(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("p: expected a probability in [0, 1], got " + p);
    }
    return new SurvivalQuantile(p, findq(survival, p), findq(lower, p), findq(upper, p));
  }

  private double findq(double[] curve, double p) {
    double tol = TimeGrid.TIME_TOLERANCE;
    int len = curve.length + 1;
    double[] x = new double[len];
    double[] y = new double[len];
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < len; i++) {
      x[i] = i == 0 ? 0 : time[i - 1];
      y[i] = i == 0 ? 0 : 1 - curve[i - 1];
      if (!Double.isNaN(y[i])) {
        max = Math.max(max, y[i]);
      }
    }
    if (max < p) {
      return Double.NaN;
    }
    double xmax = x[len - 1];
    // duplicated(y): keep the first occurrence of each value (NA included)
    int n = 0;
    for (int i = 0; i < len; i++) {
      boolean dup = false;
      for (int j = n - 1; j >= 0; j--) {
        if (y[j] == y[i] || (Double.isNaN(y[j]) && Double.isNaN(y[i]))) {
          dup = true;
          break;
        }
        if (!Double.isNaN(y[j]) && !Double.isNaN(y[i]) && y[j] < y[i]) {
          break; // y is non-decreasing apart from NA, so no earlier equal value
        }
      }
      if (!dup) {
        x[n] = x[i];
        y[n] = y[i];
        n++;
      }
    }
    if (p == 0) {
      return x[0];
    }
    // approx(y ± tol, 1:n, p, method = "constant", f = 1): the first index whose y ± tol
    // reaches p
    int i1 = -1;
    int i2 = -1;
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(y[i])) {
        continue;
      }
      if (i1 < 0 && y[i] + tol >= p) {
        i1 = i;
      }
      if (i2 < 0 && y[i] - tol >= p) {
        i2 = i;
        break;
      }
    }
    double q = i1 >= 0 && i2 >= 0 ? (x[i1] + x[i2]) / 2 : Double.NaN;
    if (!Double.isNaN(y[n - 1]) && Math.abs(p - y[n - 1]) < tol) {
      q = i1 >= 0 ? (x[i1] + xmax) / 2 : Double.NaN;
    }
    return q;
  }

  private double minmin(double[] y) {
    double tol = TimeGrid.TIME_TOLERANCE;
    int first = -1;
    for (int i = 0; i < y.length; i++) {
      if (!Double.isNaN(y[i]) && y[i] < 0.5 + tol) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return Double.NaN;
    }
    if (Math.abs(y[first] - 0.5) < tol) {
      for (int i = first + 1; i < y.length; i++) {
        if (!Double.isNaN(y[i]) && y[i] < y[first]) {
          return (time[first] + time[i]) / 2;
        }
      }
    }
    return time[first];
  }

  /**
   * Estimates at the requested times, as {@code summary(fit, times, extend)}: the last step at or
   * before each time; before the first time the curve is 1 with se 0 and bounds 1 (R's
   * {@code survfit0} start row). Beyond the last follow-up R drops the time unless {@code
   * extend}; here it is kept with NaN estimates and 0 at risk, or with {@code extend} the last
   * value and 0 at risk. Output is in the order of the requested times (R sorts them).
   */
  public List<SurvivalAt> at(double[] times, boolean extend) {
    List<SurvivalAt> out = new ArrayList<>(times.length);
    double last = lastTime();
    for (int k = 0; k < times.length; k++) {
      double t = times[k];
      if (!Double.isFinite(t)) {
        throw new IllegalArgumentException("times[" + k
            + "]: expected a finite time, got " + t);
      }
      if (time.length == 0 || (!extend && t > last)) {
        out.add(new SurvivalAt(t, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0));
        continue;
      }
      int row = lastAtOrBefore(t);
      if (row < 0 && time[0] == 0) {
        row = 0; // R: findInterval gives 0, pmax(1, 0) picks the first row
      }
      int firstAtOrAfter = firstAtOrAfter(t);
      int risk = firstAtOrAfter < time.length ? nRisk[firstAtOrAfter] : 0;
      if (row < 0) {
        out.add(new SurvivalAt(t, 1, 0, 1, 1, risk));
      } else {
        double s = survival[row];
        out.add(new SurvivalAt(t, s, s * stdErr[row], lower[row], upper[row], risk));
      }
    }
    return out;
  }

  private int lastAtOrBefore(double t) {
    int k = Arrays.binarySearch(time, t);
    return k >= 0 ? k : -k - 2;
  }

  private int firstAtOrAfter(double t) {
    int k = Arrays.binarySearch(time, t);
    return k >= 0 ? k : -k - 1;
  }

  /**
   * Restricted mean survival up to {@code limit} and its standard error,
   * {@code survival:::survmean}: the area under the curve from 0 (R's start time, min(0, times))
   * to {@code limit}, and se² = Σ_k (area after t_k)² · d_k/(n_k(n_k − d_k)), terms with n_k =
   * d_k counted as 0.
   */
  public RestrictedMean restrictedMean(double limit) {
    if (!(limit >= 0) || Double.isInfinite(limit)) {
      throw new IllegalArgumentException("rmean limit: expected a finite time >= 0, got "
          + limit);
    }
    // Curve with R's survfit0 start row (time 0, S = 1, no events) when the first time is not
    // 0.
    int rows = time.length;
    int offset = rows > 0 && time[0] == 0 ? 0 : 1;
    int keep = offset;
    while (keep - offset < rows && time[keep - offset] <= limit) {
      keep++;
    }
    int len = keep + 1; // kept rows plus the limit itself
    double[] t = new double[len];
    double[] s = new double[len];
    double[] h = new double[len];
    if (offset == 1) {
      t[0] = 0;
      s[0] = 1;
    }
    for (int i = offset; i < keep; i++) {
      int r = i - offset;
      t[i] = time[r];
      s[i] = survival[r];
      int atRisk = nRisk[r];
      int d = nEvent[r];
      h[i] = atRisk - d == 0 ? 0 : d / ((double) atRisk * (atRisk - d));
    }
    t[len - 1] = limit;
    s[len - 1] = s[len - 2];
    // rectangles <- diff(c(start, t)) * c(1, s[-n])
    double[] rect = new double[len];
    double mean = 0;
    for (int i = 0; i < len; i++) {
      rect[i] = (t[i] - (i == 0 ? 0 : t[i - 1])) * (i == 0 ? 1 : s[i - 1]);
      mean += rect[i];
    }
    // varmean <- sum(cumsum(rev(rectangles[-1]))^2 * rev(hh)[-1])
    double var = 0;
    double after = 0;
    for (int k = len - 2; k >= 0; k--) {
      after += rect[k + 1];
      var += after * after * h[k];
    }
    return new RestrictedMean(limit, mean, Math.sqrt(var));
  }
}

package org.psmapathway.store.synthetic;

import java.util.Arrays;

/**
 * A survival distribution with a constant hazard between published Kaplan–Meier points: the
 * hazard on (t<sub>k-1</sub>, t<sub>k</sub>] is −ln(S(t<sub>k</sub>)/S(t<sub>k-1</sub>)) /
 * (t<sub>k</sub> − t<sub>k-1</sub>), so the curve passes exactly through every published point
 * (S(0) = 1); beyond the last point the hazard is {@code tailHazard}.
 *
 * @param months knot times in months, strictly increasing, all &gt; 0
 * @param survival S at each knot, non-increasing, in (0, 1]
 * @param tailHazard hazard per month after the last knot (≥ 0)
 */
public record PiecewiseExponential(double[] months, double[] survival, double tailHazard) {

  public PiecewiseExponential {
    months = months.clone();
    survival = survival.clone();
    if (months.length == 0 || months.length != survival.length) {
      throw new IllegalArgumentException("months and survival: expected equal non-zero lengths");
    }
    double previousT = 0;
    double previousS = 1;
    for (int k = 0; k < months.length; k++) {
      if (!(months[k] > previousT)) {
        throw new IllegalArgumentException("months[" + k + "]: expected > " + previousT
            + ", got " + months[k]);
      }
      if (!(survival[k] > 0 && survival[k] <= previousS)) {
        throw new IllegalArgumentException("survival[" + k + "]: expected in (0, " + previousS
            + "], got " + survival[k]);
      }
      previousT = months[k];
      previousS = survival[k];
    }
    if (!(tailHazard >= 0) || !Double.isFinite(tailHazard)) {
      throw new IllegalArgumentException("tailHazard: expected a finite number ≥ 0, got "
          + tailHazard);
    }
  }

  @Override
  public double[] months() {
    return months.clone();
  }

  @Override
  public double[] survival() {
    return survival.clone();
  }

  /** The hazard of the last published interval, for use as a tail hazard. */
  public static double lastIntervalHazard(double[] months, double[] survival) {
    int k = months.length - 1;
    double t0 = k == 0 ? 0 : months[k - 1];
    double s0 = k == 0 ? 1 : survival[k - 1];
    return -Math.log(survival[k] / s0) / (months[k] - t0);
  }

  /** S(t). */
  public double survivalAt(double t) {
    double previousT = 0;
    double previousS = 1;
    for (int k = 0; k < months.length; k++) {
      if (t <= months[k]) {
        double h = -Math.log(survival[k] / previousS) / (months[k] - previousT);
        return previousS * Math.exp(-h * (t - previousT));
      }
      previousT = months[k];
      previousS = survival[k];
    }
    return previousS * Math.exp(-tailHazard * (t - previousT));
  }

  /**
   * The time at which S falls to {@code s}: the inverse of {@link #survivalAt}. Drawing {@code s}
   * uniformly gives event times with this survival function. Returns +∞ when S never falls that
   * low (tail hazard 0).
   */
  public double monthsAtSurvival(double s) {
    if (!(s > 0 && s < 1)) {
      throw new IllegalArgumentException("s: expected 0 < s < 1, got " + s);
    }
    double previousT = 0;
    double previousS = 1;
    for (int k = 0; k < months.length; k++) {
      if (s >= survival[k]) {
        if (survival[k] == previousS) {
          return months[k]; // flat piece; s == survival[k] here
        }
        double h = -Math.log(survival[k] / previousS) / (months[k] - previousT);
        return previousT + -Math.log(s / previousS) / h;
      }
      previousT = months[k];
      previousS = survival[k];
    }
    return tailHazard == 0 ? Double.POSITIVE_INFINITY
        : previousT + -Math.log(s / previousS) / tailHazard;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PiecewiseExponential p && Arrays.equals(months, p.months)
        && Arrays.equals(survival, p.survival) && tailHazard == p.tailHazard;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(months) + Arrays.hashCode(survival))
        + Double.hashCode(tailHazard);
  }

  @Override
  public String toString() {
    return "PiecewiseExponential" + Arrays.toString(months) + Arrays.toString(survival)
        + " tail " + tailHazard;
  }
}

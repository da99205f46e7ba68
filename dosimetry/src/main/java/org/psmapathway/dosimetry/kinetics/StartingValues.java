package org.psmapathway.dosimetry.kinetics;

import java.util.ArrayList;
import java.util.List;

/**
 * Starting values for the exponential fits, from the shape of the curve. With the usual 3–5
 * measurements a poor start ends in a local minimum or at a bound, so each model gets a start
 * derived from the data and two variants with its rate constants scaled; the fit keeps the best.
 *
 * <ul>
 *   <li>washout: a log-linear least-squares line through the points from the peak on;</li>
 *   <li>uptake: washout from the points after the peak, then the uptake rate that makes the
 *       first point lie on the curve, A(t₁) = A(e^(−λw t₁) − e^(−λu t₁));</li>
 *   <li>bi-exponential washout: "curve stripping" — the slow component from the later half of the
 *       points, the fast one from what the slow component leaves of the earlier points.</li>
 * </ul>
 */
final class StartingValues {

  private static final double[] SCALES = {1, 0.5, 2};

  private StartingValues() {}

  /** Natural-parameter starts, best guess first. */
  static List<double[]> of(KineticModel model, TimeActivityCurve c, double lambdaPhys) {
    double[] base = switch (model) {
      case MONO_EXPONENTIAL -> mono(c, lambdaPhys);
      case BI_EXPONENTIAL_UPTAKE -> uptake(c, lambdaPhys);
      case BI_EXPONENTIAL -> bi(c, lambdaPhys);
    };
    List<double[]> starts = new ArrayList<>();
    for (double s : SCALES) {
      double[] p = base.clone();
      switch (model) {
        case MONO_EXPONENTIAL -> p[1] = above(lambdaPhys + (p[1] - lambdaPhys) * s, lambdaPhys);
        case BI_EXPONENTIAL_UPTAKE -> p[2] = above(p[1] + (p[2] - p[1]) * s, p[1]);
        case BI_EXPONENTIAL -> p[3] = above(p[1] + (p[3] - p[1]) * s, p[1]);
        default -> throw new AssertionError(model);
      }
      starts.add(p);
    }
    return starts;
  }

  private static double[] mono(TimeActivityCurve c, double lambdaPhys) {
    double[] line = logLinear(c, Math.min(c.peak(), c.size() - 2), c.size());
    double lambda = above(-line[1], lambdaPhys);
    return new double[] {Math.exp(line[0]), lambda};
  }

  private static double[] uptake(TimeActivityCurve c, double lambdaPhys) {
    int from = c.peak() + 1 <= c.size() - 2 ? c.peak() + 1 : Math.min(c.peak(), c.size() - 2);
    double[] line = logLinear(c, from, c.size());
    double lw = above(-line[1], lambdaPhys);
    double amplitude = Math.exp(line[0]);
    double t1 = c.t(0);
    double lu;
    double rest = Math.exp(-lw * t1) - c.a(0) / amplitude;
    if (t1 > 0 && rest > 0 && rest < 1) {
      lu = -Math.log(rest) / t1;
    } else {
      // the first point is at or above the washout line: uptake faster than the first scan
      lu = lw + 5 / Math.max(t1, 1e-3 * c.t(c.size() - 1));
    }
    return new double[] {amplitude, lw, above(lu, lw * 1.5)};
  }

  private static double[] bi(TimeActivityCurve c, double lambdaPhys) {
    int n = c.size();
    int half = Math.max(2, n / 2);
    double[] slow = logLinear(c, n - half, n);
    double ls = above(-slow[1], lambdaPhys);
    double as = Math.exp(slow[0]);
    // residuals of the earlier points above the slow component
    int m = 0;
    double[] rt = new double[n - half];
    double[] ra = new double[n - half];
    for (int i = 0; i < n - half; i++) {
      double r = c.a(i) - as * Math.exp(-ls * c.t(i));
      if (r > 0) {
        rt[m] = c.t(i);
        ra[m++] = r;
      }
    }
    double lf;
    double af;
    if (m >= 2) {
      double[] fast = logLinear(rt, ra, 0, m);
      lf = -fast[1];
      af = Math.exp(fast[0]);
    } else {
      lf = 5 * ls;
      af = m == 1 ? ra[0] * Math.exp(lf * rt[0]) : 0.1 * c.a(0);
    }
    return new double[] {as, ls, af, above(lf, 2 * ls)};
  }

  /** A rate constant strictly above {@code bound} (or at least 5 % above it). */
  private static double above(double lambda, double bound) {
    return Double.isFinite(lambda) && lambda > 1.05 * bound ? lambda : 1.05 * bound + 1e-12;
  }

  /** Least-squares line ln A = a + b·t through points [from, to) with A &gt; 0: {a, b}. */
  private static double[] logLinear(TimeActivityCurve c, int from, int to) {
    double[] t = new double[to - from];
    double[] a = new double[to - from];
    int m = 0;
    for (int i = from; i < to; i++) {
      if (c.a(i) > 0) {
        t[m] = c.t(i);
        a[m++] = c.a(i);
      }
    }
    return logLinear(t, a, 0, m);
  }

  private static double[] logLinear(double[] t, double[] a, int from, int to) {
    int m = to - from;
    if (m == 0) {
      return new double[] {0, 0};
    }
    if (m == 1) {
      return new double[] {Math.log(a[from]), 0};
    }
    double st = 0;
    double sy = 0;
    for (int i = from; i < to; i++) {
      st += t[i];
      sy += Math.log(a[i]);
    }
    double mt = st / m;
    double my = sy / m;
    double sxy = 0;
    double sxx = 0;
    for (int i = from; i < to; i++) {
      double dt = t[i] - mt;
      sxy += dt * (Math.log(a[i]) - my);
      sxx += dt * dt;
    }
    double b = sxx > 0 ? sxy / sxx : 0;
    return new double[] {my - b * mt, b};
  }
}

package org.psmapathway.stats.meta;

import java.util.function.DoubleUnaryOperator;

/**
 * Brent's root finder (the algorithm behind R's {@code uniroot}, R src/library/stats/src/zeroin.c), run to a
 * tight tolerance: metafor's default {@code tol = .Machine$double.eps^0.25} leaves PM τ² and the Q-profile
 * bounds good to only ~1e-4.
 */
final class RootFinder {
  private static final double EPS = Math.ulp(1.0);

  private RootFinder() {
  }

  /** A root of f in [a, b]; f(a) and f(b) must have opposite signs (or one be zero). */
  static double brent(DoubleUnaryOperator f, double a, double b, double tol) {
    double fa = f.applyAsDouble(a);
    double fb = f.applyAsDouble(b);
    if (fa == 0) {
      return a;
    }
    if (fb == 0) {
      return b;
    }
    if (Math.signum(fa) == Math.signum(fb)) {
      throw new IllegalStateException("root not bracketed in [" + a + ", " + b + "]");
    }
    double c = a;
    double fc = fa;
    for (int iter = 0; iter < 10_000; iter++) {
      double prevStep = b - a;
      if (Math.abs(fc) < Math.abs(fb)) {
        a = b;
        b = c;
        c = a;
        fa = fb;
        fb = fc;
        fc = fa;
      }
      double tolAct = 2 * EPS * Math.abs(b) + tol / 2;
      double newStep = (c - b) / 2;
      if (Math.abs(newStep) <= tolAct || fb == 0) {
        return b;
      }
      if (Math.abs(prevStep) >= tolAct && Math.abs(fa) > Math.abs(fb)) {
        double p;
        double q;
        double cb = c - b;
        if (a == c) {
          double t1 = fb / fa;
          p = cb * t1;
          q = 1.0 - t1;
        } else {
          double qq = fa / fc;
          double t1 = fb / fc;
          double t2 = fb / fa;
          p = t2 * (cb * qq * (qq - t1) - (b - a) * (t1 - 1.0));
          q = (qq - 1.0) * (t1 - 1.0) * (t2 - 1.0);
        }
        if (p > 0) {
          q = -q;
        } else {
          p = -p;
        }
        if (p < (0.75 * cb * q - Math.abs(tolAct * q) / 2) && p < Math.abs(prevStep * q / 2)) {
          newStep = p / q;
        }
      }
      if (Math.abs(newStep) < tolAct) {
        newStep = newStep > 0 ? tolAct : -tolAct;
      }
      a = b;
      fa = fb;
      b += newStep;
      fb = f.applyAsDouble(b);
      if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
        c = a;
        fc = fa;
      }
    }
    throw new IllegalStateException("root finder did not converge");
  }
}

package org.psmapathway.dosimetry.lesion;

import java.util.Arrays;

/**
 * Piecewise cubic Hermite interpolation with Fritsch–Carlson monotone slopes, as SciPy's
 * {@code PchipInterpolator} computes them ({@code scipy/interpolate/_cubic.py},
 * {@code PchipInterpolator._find_derivatives} and {@code _edge_case}): interior slopes are the
 * weighted harmonic mean of the neighbouring secants (zero where the secants change sign or one is
 * zero), end slopes the one-sided three-point estimate, clipped to keep monotonicity. The
 * interpolant is monotone wherever the data are, so it never overshoots between table points.
 */
public final class Pchip {

  private final double[] x;
  private final double[] y;
  private final double[] d;

  /**
   * @param x strictly increasing abscissae, at least 2
   * @param y ordinates, same length
   */
  public Pchip(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "x and y must have the same length, got " + x.length + " and " + y.length);
    }
    if (x.length < 2) {
      throw new IllegalArgumentException("PCHIP needs at least 2 points, got " + x.length);
    }
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
        throw new IllegalArgumentException("point " + i + " is not finite: (" + x[i] + ", " + y[i] + ")");
      }
      if (i > 0 && !(x[i] > x[i - 1])) {
        throw new IllegalArgumentException("x must be strictly increasing; x[" + i + "] = " + x[i]
            + " after " + x[i - 1]);
      }
    }
    this.x = x.clone();
    this.y = y.clone();
    this.d = slopes(this.x, this.y);
  }

  private static double[] slopes(double[] x, double[] y) {
    int n = x.length;
    double[] h = new double[n - 1];
    double[] m = new double[n - 1];
    for (int k = 0; k < n - 1; k++) {
      h[k] = x[k + 1] - x[k];
      m[k] = (y[k + 1] - y[k]) / h[k];
    }
    double[] d = new double[n];
    if (n == 2) {
      d[0] = m[0];
      d[1] = m[0];
      return d;
    }
    for (int k = 1; k < n - 1; k++) {
      if (Math.signum(m[k - 1]) != Math.signum(m[k]) || m[k - 1] == 0 || m[k] == 0) {
        d[k] = 0;
      } else {
        double w1 = 2 * h[k] + h[k - 1];
        double w2 = h[k] + 2 * h[k - 1];
        d[k] = (w1 + w2) / (w1 / m[k - 1] + w2 / m[k]);
      }
    }
    d[0] = edge(h[0], h[1], m[0], m[1]);
    d[n - 1] = edge(h[n - 2], h[n - 3], m[n - 2], m[n - 3]);
    return d;
  }

  /** SciPy's {@code _edge_case}: one-sided three-point slope, clipped. */
  private static double edge(double h0, double h1, double m0, double m1) {
    double d = ((2 * h0 + h1) * m0 - h0 * m1) / (h0 + h1);
    if (Math.signum(d) != Math.signum(m0)) {
      return 0;
    }
    if (Math.signum(m0) != Math.signum(m1) && Math.abs(d) > 3 * Math.abs(m0)) {
      return 3 * m0;
    }
    return d;
  }

  /** Smallest abscissa. */
  public double min() {
    return x[0];
  }

  /** Largest abscissa. */
  public double max() {
    return x[x.length - 1];
  }

  /**
   * The interpolant at {@code t}; outside [min, max] the end cubic is extrapolated (SciPy's
   * {@code extrapolate=True}) — callers decide whether that is allowed.
   */
  public double value(double t) {
    int n = x.length;
    int k = Arrays.binarySearch(x, t);
    if (k >= 0) {
      return y[k];
    }
    k = -k - 2; // interval [x[k], x[k+1]]
    k = Math.max(0, Math.min(n - 2, k));
    double h = x[k + 1] - x[k];
    double s = (t - x[k]) / h;
    double s2 = s * s;
    double s3 = s2 * s;
    double h00 = 2 * s3 - 3 * s2 + 1;
    double h10 = s3 - 2 * s2 + s;
    double h01 = -2 * s3 + 3 * s2;
    double h11 = s3 - s2;
    return h00 * y[k] + h10 * h * d[k] + h01 * y[k + 1] + h11 * h * d[k + 1];
  }
}

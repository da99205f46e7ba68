package org.psmapathway.dosimetry.kinetics;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DiagonalMatrix;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;

/**
 * Weighted non-linear least squares of a {@link KineticModel} to a time–activity curve, by
 * Levenberg–Marquardt (Hipparchus' MINPACK translation), with every rate constant ≥ λp enforced by
 * the reparametrisation of {@link KineticModel#toNatural}. As PyTheranostics (lmfit) does, the fit
 * minimises Σ wᵢ(Aᵢ − A(tᵢ))² with wᵢ = 1/σᵢ² from {@link Weighting}.
 *
 * <p>A k-parameter model needs n ≥ k + 1 measurements (one residual degree of freedom, so that the
 * residual variance and the standard errors exist); fewer is refused.
 */
public final class ExponentialFit {

  private static final int MAX_ITERATIONS = 1000;
  /** Keeps e^θ finite: rate constants up to λp + e^7 ≈ 1100/h, far above any uptake. */
  private static final double THETA_MAX = 7;
  private static final double THETA_MIN = -60;

  private ExponentialFit() {}

  /**
   * Fits {@code model} to {@code curve}.
   *
   * @param lambdaPhys physical decay constant, 1/h (e.g. {@code Lutetium177.DECAY_CONSTANT_PER_HOUR})
   * @throws TimeActivityException too few points for the model, an activity of 0 with relative or
   *     Poisson weighting (its weight would be infinite), or no start converged
   */
  public static KineticFit fit(TimeActivityCurve curve, KineticModel model, Weighting weighting,
      double lambdaPhys) {
    if (!(lambdaPhys > 0) || !Double.isFinite(lambdaPhys)) {
      throw new IllegalArgumentException("physical decay constant must be > 0 per hour, got "
          + lambdaPhys);
    }
    int n = curve.size();
    int k = model.parameterCount();
    if (n < k + 1) {
      throw new TimeActivityException(curve.region(), -1, null, "the " + model.label()
          + " model has " + k + " parameters and needs at least " + (k + 1)
          + " time points, got " + n);
    }
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = weighting.weight(curve.a(i));
      if (!Double.isFinite(w[i])) {
        throw new TimeActivityException(curve.region(), curve.givenRow(i), "mbq", "activity 0 MBq "
            + "cannot be weighted with " + weighting.label() + " error (σ would be 0); use absolute "
            + "weighting or the trapezoid");
      }
    }
    double[] target = new double[n];
    double[] times = new double[n];
    for (int i = 0; i < n; i++) {
      target[i] = curve.a(i);
      times[i] = curve.t(i);
    }
    LevenbergMarquardtOptimizer optimizer = new LevenbergMarquardtOptimizer();
    LeastSquaresOptimizer.Optimum best = null;
    for (double[] start : StartingValues.of(model, curve, lambdaPhys)) {
      LeastSquaresProblem problem = new LeastSquaresBuilder()
          .start(model.toInternal(start, lambdaPhys))
          .model(point -> evaluate(model, times, point, lambdaPhys))
          .parameterValidator(point -> clampRates(model, point))
          .target(target)
          .weight(new DiagonalMatrix(w))
          .maxEvaluations(MAX_ITERATIONS * 4)
          .maxIterations(MAX_ITERATIONS)
          .build();
      try {
        LeastSquaresOptimizer.Optimum o = optimizer.optimize(problem);
        if (Double.isFinite(o.getCost()) && (best == null || o.getCost() < best.getCost())) {
          best = o;
        }
      } catch (MathIllegalStateException | MathIllegalArgumentException notConverged) {
        // try the next start
      }
    }
    if (best == null) {
      throw new TimeActivityException(curve.region(), -1, null, "the " + model.label()
          + " fit did not converge from any of its starting values");
    }
    double[] p = model.toNatural(best.getPoint().toArray(), lambdaPhys);
    return summarise(model, curve, w, p, best.getIterations());
  }

  private static Pair<RealVector, RealMatrix> evaluate(KineticModel model, double[] times,
      RealVector point, double lambdaPhys) {
    double[] theta = point.toArray();
    double[] p = model.toNatural(theta, lambdaPhys);
    double[][] d = model.naturalDerivative(theta);
    int n = times.length;
    int k = p.length;
    double[] value = new double[n];
    double[][] jac = new double[n][k];
    double[] g = new double[k];
    for (int i = 0; i < n; i++) {
      value[i] = model.value(p, times[i]);
      model.valueGradient(p, times[i], g);
      for (int c = 0; c < k; c++) {
        double s = 0;
        for (int r = 0; r < k; r++) {
          s += g[r] * d[r][c];
        }
        jac[i][c] = s;
      }
    }
    return new Pair<>(new ArrayRealVector(value, false), new Array2DRowRealMatrix(jac, false));
  }

  /** Keeps the fitted rate-constant excesses θ in a range where e^θ is finite. */
  private static RealVector clampRates(KineticModel model, RealVector point) {
    RealVector v = point.copy();
    for (int i = 0; i < v.getDimension(); i++) {
      if (model.parameterUnits().get(i).equals("1/h")) {
        double x = v.getEntry(i);
        v.setEntry(i, Double.isNaN(x) ? THETA_MIN : Math.max(THETA_MIN, Math.min(THETA_MAX, x)));
      }
    }
    return v;
  }

  /** Residual sums, covariance from the Jacobian in natural parameters, AICc, R². */
  static KineticFit summarise(KineticModel model, TimeActivityCurve curve, double[] w, double[] p,
      int iterations) {
    int n = curve.size();
    int k = p.length;
    double wssr = 0;
    double ssr = 0;
    double mean = 0;
    for (int i = 0; i < n; i++) {
      mean += curve.a(i);
    }
    mean /= n;
    double sst = 0;
    double[][] jtwj = new double[k][k];
    double[] g = new double[k];
    for (int i = 0; i < n; i++) {
      double r = curve.a(i) - model.value(p, curve.t(i));
      wssr += w[i] * r * r;
      ssr += r * r;
      sst += (curve.a(i) - mean) * (curve.a(i) - mean);
      model.valueGradient(p, curve.t(i), g);
      for (int a = 0; a < k; a++) {
        for (int b = 0; b <= a; b++) {
          jtwj[a][b] += w[i] * g[a] * g[b];
        }
      }
    }
    for (int a = 0; a < k; a++) {
      for (int b = a + 1; b < k; b++) {
        jtwj[a][b] = jtwj[b][a];
      }
    }
    double s2 = wssr / (n - k);
    double[][] cov = new double[k][k];
    boolean singular = false;
    try {
      LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(jtwj, false), 1e-300);
      if (!lu.getSolver().isNonSingular()) {
        singular = true;
      } else {
        RealMatrix inv = lu.getSolver().getInverse();
        for (int a = 0; a < k; a++) {
          for (int b = 0; b < k; b++) {
            cov[a][b] = s2 * inv.getEntry(a, b);
          }
        }
      }
    } catch (MathIllegalArgumentException e) {
      singular = true;
    }
    double[] se = new double[k];
    double[][] corr = new double[k][k];
    for (int a = 0; a < k; a++) {
      se[a] = singular || cov[a][a] < 0 ? Double.NaN : Math.sqrt(cov[a][a]);
    }
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        corr[a][b] = a == b ? 1 : cov[a][b] / (se[a] * se[b]);
        if (singular) {
          corr[a][b] = a == b ? 1 : Double.NaN;
        }
      }
    }
    double tia = model.integral(p);
    double[] gi = new double[k];
    model.integralGradient(p, gi);
    double varTia = 0;
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        varTia += gi[a] * cov[a][b] * gi[b];
      }
    }
    double tiaSe = singular || varTia < 0 ? Double.NaN : Math.sqrt(varTia);
    double aicc = aicc(wssr, n, k);
    double r2 = sst > 0 ? 1 - ssr / sst : Double.NaN;
    return new KineticFit(model, p, se, corr, tia, tiaSe, n, wssr, aicc, r2, iterations);
  }

  /**
   * Akaike's criterion with the small-sample correction (Hurvich &amp; Tsai 1989), for a least-squares
   * fit with k curve parameters as lmfit counts them: AIC = n·ln(WSSR/n) + 2k, AICc = AIC +
   * 2k(k+1)/(n−k−1). Undefined (NaN) when n ≤ k+1: the correction's denominator is zero or negative.
   */
  public static double aicc(double wssr, int n, int k) {
    if (n <= k + 1) {
      return Double.NaN;
    }
    return n * Math.log(wssr / n) + 2.0 * k + 2.0 * k * (k + 1) / (n - k - 1);
  }
}

package org.psmapathway.dosimetry.kinetics;

import java.util.List;

/**
 * The exponential time–activity models and their integrals from injection to infinity
 * (research/dosimetry.md §2.2, as PyTheranostics {@code base_dosimetry.py} and MIRD Pamphlet 21).
 * Parameters are in "natural" units — amplitudes in MBq, rate constants λ in 1/h — in the order of
 * {@link #parameterNames()}.
 *
 * <p>Every rate constant is kept at or above the physical decay constant λp: a region cannot lose
 * activity more slowly than the radionuclide decays. The fit does not use box bounds for this but
 * fits unconstrained numbers θ with λ = λp + e^θ (and, for the second exponential, λ₂ = λ₁ + e^θ₂),
 * see {@link #toNatural}. Why: Levenberg–Marquardt has no bounds; a reparametrisation makes every
 * step feasible, so the optimiser cannot return λ &lt; λp, and ordering the two rate constants
 * removes the label switching (two equal solutions with the components swapped) that otherwise makes
 * the bi-exponential Jacobian singular.
 */
public enum KineticModel {

  /** A₀·e^(−λt); ∫ = A₀/λ. */
  MONO_EXPONENTIAL("mono", List.of("A0", "lambda"), List.of("MBq", "1/h")) {
    @Override
    public double value(double[] p, double t) {
      return p[0] * Math.exp(-p[1] * t);
    }

    @Override
    public double integral(double[] p) {
      return p[0] / p[1];
    }

    @Override
    void valueGradient(double[] p, double t, double[] g) {
      double e = Math.exp(-p[1] * t);
      g[0] = e;
      g[1] = -t * p[0] * e;
    }

    @Override
    void integralGradient(double[] p, double[] g) {
      g[0] = 1 / p[1];
      g[1] = -p[0] / (p[1] * p[1]);
    }
  },

  /**
   * Bi-exponential washout A₁e^(−λ₁t) + A₂e^(−λ₂t) with λp ≤ λ₁ ≤ λ₂ (component 1 the slower);
   * ∫ = A₁/λ₁ + A₂/λ₂.
   */
  BI_EXPONENTIAL("bi", List.of("A1", "lambda1", "A2", "lambda2"),
      List.of("MBq", "1/h", "MBq", "1/h")) {
    @Override
    public double value(double[] p, double t) {
      return p[0] * Math.exp(-p[1] * t) + p[2] * Math.exp(-p[3] * t);
    }

    @Override
    public double integral(double[] p) {
      return p[0] / p[1] + p[2] / p[3];
    }

    @Override
    void valueGradient(double[] p, double t, double[] g) {
      double e1 = Math.exp(-p[1] * t);
      double e2 = Math.exp(-p[3] * t);
      g[0] = e1;
      g[1] = -t * p[0] * e1;
      g[2] = e2;
      g[3] = -t * p[2] * e2;
    }

    @Override
    void integralGradient(double[] p, double[] g) {
      g[0] = 1 / p[1];
      g[1] = -p[0] / (p[1] * p[1]);
      g[2] = 1 / p[3];
      g[3] = -p[2] / (p[3] * p[3]);
    }
  },

  /**
   * Bi-exponential with uptake A(e^(−λw t) − e^(−λu t)) with λp ≤ λw ≤ λu, so A(0) = 0 and the
   * curve rises to a peak then washes out (PyTheranostics {@code with_uptake});
   * ∫ = A(1/λw − 1/λu).
   */
  BI_EXPONENTIAL_UPTAKE("bi-uptake", List.of("A", "lambdaWashout", "lambdaUptake"),
      List.of("MBq", "1/h", "1/h")) {
    @Override
    public double value(double[] p, double t) {
      return p[0] * (Math.exp(-p[1] * t) - Math.exp(-p[2] * t));
    }

    @Override
    public double integral(double[] p) {
      return p[0] * (1 / p[1] - 1 / p[2]);
    }

    @Override
    void valueGradient(double[] p, double t, double[] g) {
      double ew = Math.exp(-p[1] * t);
      double eu = Math.exp(-p[2] * t);
      g[0] = ew - eu;
      g[1] = -t * p[0] * ew;
      g[2] = t * p[0] * eu;
    }

    @Override
    void integralGradient(double[] p, double[] g) {
      g[0] = 1 / p[1] - 1 / p[2];
      g[1] = -p[0] / (p[1] * p[1]);
      g[2] = p[0] / (p[2] * p[2]);
    }
  };

  private final String label;
  private final List<String> names;
  private final List<String> units;

  KineticModel(String label, List<String> names, List<String> units) {
    this.label = label;
    this.names = names;
    this.units = units;
  }

  /** The short name used on the command line and in JSON: mono, bi, bi-uptake. */
  public String label() {
    return label;
  }

  public List<String> parameterNames() {
    return names;
  }

  public List<String> parameterUnits() {
    return units;
  }

  /** Number of free parameters k. */
  public int parameterCount() {
    return names.size();
  }

  /** A(t) in MBq for natural parameters {@code p}. */
  public abstract double value(double[] p, double t);

  /** ∫₀^∞ A(t) dt in MBq·h for natural parameters {@code p}. */
  public abstract double integral(double[] p);

  /** ∂A(t)/∂p into {@code g}. */
  abstract void valueGradient(double[] p, double t, double[] g);

  /** ∂∫/∂p into {@code g} (delta-method standard error of the integral). */
  abstract void integralGradient(double[] p, double[] g);

  /**
   * Natural parameters from the fitted ones: amplitudes as they are; the first rate constant
   * λ = λp + e^θ, the second (if any) λ₂ = λ₁ + e^θ₂.
   */
  double[] toNatural(double[] theta, double lambdaPhys) {
    double[] p = theta.clone();
    switch (this) {
      case MONO_EXPONENTIAL -> p[1] = lambdaPhys + Math.exp(theta[1]);
      case BI_EXPONENTIAL -> {
        p[1] = lambdaPhys + Math.exp(theta[1]);
        p[3] = p[1] + Math.exp(theta[3]);
      }
      case BI_EXPONENTIAL_UPTAKE -> {
        p[1] = lambdaPhys + Math.exp(theta[1]);
        p[2] = p[1] + Math.exp(theta[2]);
      }
      default -> throw new AssertionError(this);
    }
    return p;
  }

  /**
   * Fitted parameters from natural ones; a rate constant at (or below) its lower bound is placed
   * just above it (θ = ln(1e-6 · bound)), since e^θ = 0 has no finite θ.
   */
  double[] toInternal(double[] p, double lambdaPhys) {
    double[] theta = p.clone();
    switch (this) {
      case MONO_EXPONENTIAL -> theta[1] = excess(p[1], lambdaPhys);
      case BI_EXPONENTIAL -> {
        theta[1] = excess(p[1], lambdaPhys);
        double l1 = lambdaPhys + Math.exp(theta[1]);
        theta[3] = excess(p[3], l1);
      }
      case BI_EXPONENTIAL_UPTAKE -> {
        theta[1] = excess(p[1], lambdaPhys);
        double lw = lambdaPhys + Math.exp(theta[1]);
        theta[2] = excess(p[2], lw);
      }
      default -> throw new AssertionError(this);
    }
    return theta;
  }

  private static double excess(double lambda, double bound) {
    return Math.log(Math.max(lambda - bound, 1e-6 * bound));
  }

  /**
   * ∂p/∂θ (k×k, row = natural parameter, column = fitted parameter): the chain rule that turns the
   * Jacobian in natural parameters into the one the optimiser needs.
   */
  double[][] naturalDerivative(double[] theta) {
    int k = parameterCount();
    double[][] d = new double[k][k];
    for (int i = 0; i < k; i++) {
      d[i][i] = 1;
    }
    switch (this) {
      case MONO_EXPONENTIAL -> d[1][1] = Math.exp(theta[1]);
      case BI_EXPONENTIAL -> {
        d[1][1] = Math.exp(theta[1]);
        d[3][1] = Math.exp(theta[1]);
        d[3][3] = Math.exp(theta[3]);
      }
      case BI_EXPONENTIAL_UPTAKE -> {
        d[1][1] = Math.exp(theta[1]);
        d[2][1] = Math.exp(theta[1]);
        d[2][2] = Math.exp(theta[2]);
      }
      default -> throw new AssertionError(this);
    }
    return d;
  }

  /** The model with this label (mono, bi, bi-uptake). */
  public static KineticModel ofLabel(String label) {
    for (KineticModel m : values()) {
      if (m.label.equals(label)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown model \"" + label + "\"; expected mono, bi or bi-uptake");
  }
}

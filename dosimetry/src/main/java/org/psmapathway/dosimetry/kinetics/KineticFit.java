package org.psmapathway.dosimetry.kinetics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A weighted least-squares fit of one {@link KineticModel} to a time–activity curve.
 *
 * @param parameters natural parameters, in the order of {@link KineticModel#parameterNames()}
 * @param standardErrors from the covariance s²·(JᵀWJ)⁻¹ at the optimum, J the Jacobian in natural
 *     parameters and s² = WSSR/(n − k) (the residual variance: weights give relative, not absolute,
 *     errors — lmfit's and scipy {@code curve_fit}'s default); NaN when JᵀWJ is singular
 * @param correlation parameter correlation matrix (NaN entries when JᵀWJ is singular)
 * @param tiaMBqH the analytic integral ∫₀^∞ A(t) dt of the fitted curve
 * @param tiaStandardError delta-method standard error of the integral
 * @param points n, the number of measurements fitted
 * @param weightedResidualSumOfSquares WSSR = Σ wᵢ(Aᵢ − Â(tᵢ))²
 * @param aicc n·ln(WSSR/n) + 2k + 2k(k+1)/(n−k−1); NaN (undefined) when n ≤ k+1
 * @param rSquared 1 − Σ(Aᵢ − Âᵢ)²/Σ(Aᵢ − Ā)², unweighted
 * @param iterations Levenberg–Marquardt iterations of the retained start
 */
public record KineticFit(
    KineticModel model,
    double[] parameters,
    double[] standardErrors,
    double[][] correlation,
    double tiaMBqH,
    double tiaStandardError,
    int points,
    double weightedResidualSumOfSquares,
    double aicc,
    double rSquared,
    int iterations) {

  /** Coefficient of variation above which a parameter is called poorly determined (%). */
  public static final double CV_LIMIT_PERCENT = 50;

  /** |correlation| above which two parameters are called not separately identifiable. */
  public static final double CORRELATION_LIMIT = 0.8;

  /** 100·SE/|value| of parameter {@code i}. */
  public double cvPercent(int i) {
    return 100 * standardErrors[i] / Math.abs(parameters[i]);
  }

  /** The largest |correlation| between two different parameters (NaN if unknown). */
  public double maxAbsCorrelation() {
    double max = 0;
    for (int i = 0; i < correlation.length; i++) {
      for (int j = 0; j < i; j++) {
        double r = Math.abs(correlation[i][j]);
        if (Double.isNaN(r)) {
          return Double.NaN;
        }
        max = Math.max(max, r);
      }
    }
    return max;
  }

  /**
   * Goodness-of-fit warnings by the criteria of Ivashchenko et al., EJNMMI Physics 2021
   * (doi 10.1186/s40658-021-00427-x): a parameter with CV &gt; 50 %, a pair of parameters with
   * |correlation| &gt; 0.8, and an undetermined covariance. Empty when none applies.
   */
  public List<String> flags() {
    List<String> flags = new ArrayList<>();
    List<String> names = model.parameterNames();
    boolean unknown = false;
    for (int i = 0; i < parameters.length; i++) {
      double cv = cvPercent(i);
      if (Double.isNaN(cv)) {
        unknown = true;
      } else if (cv > CV_LIMIT_PERCENT) {
        flags.add(String.format(Locale.ROOT, "CV of %s %.0f%% > %.0f%%", names.get(i), cv,
            CV_LIMIT_PERCENT));
      }
    }
    for (int i = 0; i < parameters.length; i++) {
      for (int j = 0; j < i; j++) {
        double r = correlation[i][j];
        if (Math.abs(r) > CORRELATION_LIMIT) {
          flags.add(String.format(Locale.ROOT, "|corr(%s, %s)| %.2f > %.1f", names.get(j),
              names.get(i), Math.abs(r), CORRELATION_LIMIT));
        }
      }
    }
    if (unknown) {
      flags.add("standard errors undetermined (singular JᵀWJ)");
    }
    return flags;
  }

  /** Effective half-life ln 2/λ (h) of the slowest washout component. */
  public double effectiveHalfLifeHours() {
    return Math.log(2) / parameters[1];
  }
}

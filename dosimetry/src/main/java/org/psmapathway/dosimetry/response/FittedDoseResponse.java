package org.psmapathway.dosimetry.response;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The fitted curve P(response | D) = 1 / (1 + exp(−(β₀ + β₁·D))) with the covariance of (β₀, β₁)
 * that gives its pointwise Wald band, as R's {@code predict(fit, type = "link", se.fit = TRUE)}
 * followed by {@code plogis(fit ± z·se.fit)}: the band is built on the logit scale, so it stays
 * inside (0, 1) and is asymmetric around the curve.
 *
 * <p>The covariance is the inverse Fisher information at the fitted coefficients,
 * (Σ p(1 − p) x xᵀ)⁻¹. R's {@code vcov(glm)} is the same matrix evaluated at the iterate before
 * the last (glm.fit stops on a relative deviance change below 1e-8), about 1e-5 relative away; a
 * fit with {@code glm.control(epsilon = 1e-14)} agrees with this one to 1e-9.
 *
 * @param interceptLogit β₀
 * @param slopePerGy β₁, log odds ratio per Gy
 * @param varianceIntercept Var(β₀)
 * @param covariance Cov(β₀, β₁)
 * @param varianceSlope Var(β₁)
 */
public record FittedDoseResponse(
    double interceptLogit,
    double slopePerGy,
    double varianceIntercept,
    double covariance,
    double varianceSlope) {

  /** One point of the curve with its pointwise interval. */
  public record Point(double doseGy, double probability, double lower, double upper) {}

  /**
   * The covariance at (β₀, β₁) from complete rows.
   *
   * @throws IllegalArgumentException when the information matrix is singular (all doses equal, or
   *     every fitted probability 0 or 1)
   */
  static FittedDoseResponse atEstimate(double interceptLogit, double slopePerGy, double[] doseGy) {
    double i00 = 0;
    double i01 = 0;
    double i11 = 0;
    for (double d : doseGy) {
      double p = logistic(interceptLogit + slopePerGy * d);
      double w = p * (1 - p);
      i00 += w;
      i01 += w * d;
      i11 += w * d * d;
    }
    double det = i00 * i11 - i01 * i01;
    if (!(det > 0)) {
      throw new IllegalArgumentException("doseGy: the Fisher information of the logistic fit is"
          + " singular (doses all equal or fitted probabilities 0 or 1), got determinant " + det);
    }
    return new FittedDoseResponse(interceptLogit, slopePerGy, i11 / det, -i01 / det, i00 / det);
  }

  /** Standard error of β₀ at the estimate. */
  public double seIntercept() {
    return Math.sqrt(varianceIntercept);
  }

  /** Standard error of β₁ at the estimate. */
  public double seSlope() {
    return Math.sqrt(varianceSlope);
  }

  /** D₅₀ = −β₀/β₁, the dose of 50 % predicted response; ±∞ or NaN when β₁ = 0. */
  public double d50Gy() {
    return -interceptLogit / slopePerGy;
  }

  /** Predicted probability of response at {@code doseGy}. */
  public double probability(double doseGy) {
    return logistic(interceptLogit + slopePerGy * doseGy);
  }

  /** The curve and its pointwise Wald interval at {@code doseGy}. */
  public Point at(double doseGy, double confidenceLevel) {
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
      throw new IllegalArgumentException(
          "confidenceLevel: expected a value in (0, 1), got " + confidenceLevel);
    }
    double z = NormalDistribution.of(0, 1).inverseSurvivalProbability((1 - confidenceLevel) / 2);
    double eta = interceptLogit + slopePerGy * doseGy;
    // Var(β₀ + β₁D) = Var β₀ + 2D Cov + D² Var β₁ (R predict.lm: rowSums((X %*% vcov) * X)).
    double variance = varianceIntercept + 2 * doseGy * covariance
        + doseGy * doseGy * varianceSlope;
    double se = Math.sqrt(Math.max(0, variance));
    return new Point(doseGy, logistic(eta), logistic(eta - z * se), logistic(eta + z * se));
  }

  /** R's plogis, written to stay exact for large |η|. */
  static double logistic(double eta) {
    return eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
  }
}

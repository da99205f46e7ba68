package org.psmapathway.stats.survival;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Pointwise confidence interval for a survival probability S with Greenwood standard error
 * {@code se} of log S, as {@code survival:::survfit_confint} computes it (R/survfit.R, {@code logse
 * = TRUE}). A bound that R reports as NA is {@link Double#NaN} here.
 */
public enum ConfidenceType {
  /** R's default {@code conf.type = "log"}: S·exp(±z·se), upper bound capped at 1; NA when S = 0. */
  LOG,
  /** {@code "log-log"} (the SAS default): exp(−exp(log(−log S) ∓ z·se/log S)); NA when S is 0 or 1. */
  LOG_LOG,
  /** {@code "plain"}: S ± z·S·se clipped to [0, 1]. */
  PLAIN;

  /** Two-sided normal quantile for a confidence level, R's {@code qnorm(1 - (1 - level) / 2)}. */
  public static double z(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException(
          "confidence level: expected a value in (0, 1), got " + level);
    }
    return NormalDistribution.of(0, 1).inverseCumulativeProbability(1 - (1 - level) / 2);
  }

  public double lower(double s, double se, double z) {
    switch (this) {
      case LOG:
        return s == 0 ? Double.NaN : Math.exp(Math.log(s) - z * se);
      case LOG_LOG:
        if (s == 0 || s == 1) {
          return Double.NaN;
        }
        return Math.exp(-Math.exp(Math.log(-Math.log(s)) - z * se / Math.log(s)));
      default:
        return Math.max(s - se * s * z, 0);
    }
  }

  public double upper(double s, double se, double z) {
    switch (this) {
      case LOG:
        return s == 0 ? Double.NaN : Math.min(Math.exp(Math.log(s) + z * se), 1);
      case LOG_LOG:
        if (s == 0 || s == 1) {
          return Double.NaN;
        }
        return Math.exp(-Math.exp(Math.log(-Math.log(s)) + z * se / Math.log(s)));
      default:
        return Math.min(s + se * s * z, 1);
    }
  }
}

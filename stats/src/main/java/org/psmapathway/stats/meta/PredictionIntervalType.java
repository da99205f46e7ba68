package org.psmapathway.stats.meta;

/** Which prediction interval μ̂ ± crit·√(τ̂² + se²) to report. */
public enum PredictionIntervalType {
  /** metafor's {@code predict.rma} default: crit = z, or t(k−p) under Knapp–Hartung; none for FE. */
  METAFOR,
  /** Higgins–Thompson–Spiegelhalter (2009) / Cochrane / R {@code meta}: crit = t(k−2). */
  T_K_MINUS_2
}

package org.psmapathway.core.radiobiology;

import org.psmapathway.core.text.Decimals;

/**
 * Linear-quadratic dose conversion without a time factor (research/clinical-rules.md 4; the same
 * formulas as DVHmetrics getEQD2 and PyEQD2):
 *
 * <pre>
 *   BED  = D · (1 + d / (α/β))
 *   EQD2 = D · (d + α/β) / (2 + α/β)
 * </pre>
 *
 * with D the total physical dose, n the number of fractions and d = D / n.
 */
public final class LinearQuadratic {

  /**
   * Above this dose per fraction the LQ model is unreliable (SBRT range, ~8–10 Gy); results are
   * still computed but carry a warning.
   */
  public static final double HIGH_DOSE_PER_FRACTION_GY = 8.0;

  private LinearQuadratic() {}

  public static double bedGy(double doseGy, int fractions, AlphaBeta alphaBeta) {
    requireValid(doseGy, fractions);
    double d = doseGy / fractions;
    return doseGy * (1 + d / alphaBeta.gy());
  }

  public static double eqd2Gy(double doseGy, int fractions, AlphaBeta alphaBeta) {
    requireValid(doseGy, fractions);
    double d = doseGy / fractions;
    return doseGy * (d + alphaBeta.gy()) / (2 + alphaBeta.gy());
  }

  /** Converts one schedule and says when the LQ model is being stretched. */
  public static Fractionation convert(double doseGy, int fractions, AlphaBeta alphaBeta) {
    double d = doseGy / fractions;
    String warning = d > HIGH_DOSE_PER_FRACTION_GY
        ? Decimals.fixed(d, 2) + " Gy per fraction is above "
            + Decimals.fixed(HIGH_DOSE_PER_FRACTION_GY, 0) + " Gy: the linear-quadratic model is "
            + "unreliable in the SBRT range; read EQD2/BED as indicative"
        : null;
    return new Fractionation(doseGy, fractions, d, alphaBeta, bedGy(doseGy, fractions, alphaBeta),
        eqd2Gy(doseGy, fractions, alphaBeta), warning);
  }

  private static void requireValid(double doseGy, int fractions) {
    // bio-dose validation rules: n ≥ 1, d > 0 (research/clinical-rules.md 4)
    if (fractions < 1) {
      throw new IllegalArgumentException("fractions must be ≥ 1, got " + fractions);
    }
    if (!(doseGy > 0) || !Double.isFinite(doseGy)) {
      throw new IllegalArgumentException("dose must be a positive number of Gy, got " + doseGy);
    }
  }
}

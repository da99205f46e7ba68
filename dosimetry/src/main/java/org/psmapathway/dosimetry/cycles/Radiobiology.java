package org.psmapathway.dosimetry.cycles;

/**
 * Linear-quadratic parameters of an organ at risk and the BED limit it is held to.
 * Kidney: α/β 2.6 Gy and repair half-time 2.8 h (PyTheranostics {@code data/radiobiology.json};
 * Bodei et al., Eur J Nucl Med Mol Imaging 2008;35:1847), BED limit 40 Gy without and 28 Gy with
 * risk factors (hypertension, diabetes, prior nephrotoxic chemotherapy, age; Bodei 2008, from
 * Lu-177/Y-90 PRRT). The limits are not validated for PSMA radioligand therapy: they are settings.
 *
 * @param alphaBetaGy α/β, Gy
 * @param repairHalfTimeH sublethal-damage repair half-time T_rep, h (mono-exponential repair)
 * @param bedLimitGy limit on the BED summed over cycles, Gy
 */
public record Radiobiology(double alphaBetaGy, double repairHalfTimeH, double bedLimitGy) {

  /** Kidney α/β, Gy. */
  public static final double KIDNEY_ALPHA_BETA_GY = 2.6;
  /** Kidney repair half-time, h. */
  public static final double KIDNEY_REPAIR_HALF_TIME_H = 2.8;
  /** Kidney BED limit without risk factors, Gy (default). */
  public static final double KIDNEY_BED_LIMIT_GY = 40.0;
  /** Kidney BED limit with risk factors, Gy. */
  public static final double KIDNEY_BED_LIMIT_RISK_FACTORS_GY = 28.0;

  public static final Radiobiology KIDNEY =
      new Radiobiology(KIDNEY_ALPHA_BETA_GY, KIDNEY_REPAIR_HALF_TIME_H, KIDNEY_BED_LIMIT_GY);
  public static final Radiobiology KIDNEY_WITH_RISK_FACTORS = new Radiobiology(
      KIDNEY_ALPHA_BETA_GY, KIDNEY_REPAIR_HALF_TIME_H, KIDNEY_BED_LIMIT_RISK_FACTORS_GY);

  public Radiobiology {
    positive(alphaBetaGy, "α/β (Gy)");
    positive(repairHalfTimeH, "repair half-time (h)");
    positive(bedLimitGy, "BED limit (Gy)");
  }

  private static void positive(double x, String what) {
    if (!(x > 0) || Double.isInfinite(x)) {
      throw new IllegalArgumentException(what + " must be a positive number, got " + x);
    }
  }

  /**
   * Lea–Catcheside factor G for mono-exponential clearance (λ = ln2/T_eff) and mono-exponential
   * repair (μ = ln2/T_rep), dose delivered from t = 0: G = λ/(λ + μ) = T_rep/(T_rep + T_eff).
   */
  public double leaCatcheside(double effectiveHalfLifeH) {
    if (!(effectiveHalfLifeH > 0) || Double.isInfinite(effectiveHalfLifeH)) {
      throw new IllegalArgumentException(
          "effective half-life must be a positive number of h, got " + effectiveHalfLifeH);
    }
    return repairHalfTimeH / (repairHalfTimeH + effectiveHalfLifeH);
  }

  /** BED = D·(1 + G·D/(α/β)) for one cycle (complete repair between cycles). */
  public double bed(double doseGy, double g) {
    return doseGy + g * doseGy * doseGy / alphaBetaGy;
  }

  /**
   * The dose D ≥ 0 of one cycle whose BED equals {@code bedGy}: the positive root of
   * (G/(α/β))·D² + D − BED = 0, written 2·BED/(1 + √(1 + 4·G·BED/(α/β))) to avoid cancellation.
   * Zero when {@code bedGy} ≤ 0.
   */
  public double doseForBed(double bedGy, double g) {
    if (!(bedGy > 0)) {
      return 0;
    }
    return 2 * bedGy / (1 + Math.sqrt(1 + 4 * g * bedGy / alphaBetaGy));
  }
}

package org.psmapathway.core.radiobiology;

/**
 * An α/β ratio in Gy for the linear-quadratic model, with the tissue it stands for. Presets follow
 * research/clinical-rules.md 4: prostate cancer 1.5 Gy (literature range 1.2–1.8), late rectal and
 * bladder toxicity 3 Gy, early-responding tissue 10 Gy.
 */
public record AlphaBeta(double gy, String tissue) {

  public static final AlphaBeta PROSTATE = new AlphaBeta(1.5, "prostate cancer");
  public static final AlphaBeta LATE_RECTUM_BLADDER = new AlphaBeta(3.0, "late rectum/bladder");
  public static final AlphaBeta EARLY_RESPONDING = new AlphaBeta(10.0, "early-responding tissue");

  public AlphaBeta {
    if (!(gy > 0) || !Double.isFinite(gy)) {
      throw new IllegalArgumentException("α/β must be a positive number of Gy, got " + gy);
    }
  }

  public static AlphaBeta of(double gy) {
    return new AlphaBeta(gy, "α/β " + gy + " Gy");
  }
}

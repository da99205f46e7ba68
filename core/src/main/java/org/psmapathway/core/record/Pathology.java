package org.psmapathway.core.record;

/**
 * Radical-prostatectomy pathology as written in the report: {@code pT} (pT2, pT2a–c, pT3a, pT3b,
 * pT4, pTx), {@code pN} (pN0, pN1, pNx) and margins (negative, positive). Fields may be
 * {@code null}.
 */
public record Pathology(String pT, String pN, String margins) {

  /** Seminal-vesicle invasion (pT3b): an AUA/ASTRO/SUO 2024 indication for ADT with salvage RT. */
  public boolean seminalVesicleInvasion() {
    return "pT3b".equals(pT);
  }

  public boolean nodePositive() {
    return "pN1".equals(pN);
  }
}

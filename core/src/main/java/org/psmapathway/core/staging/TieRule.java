package org.psmapathway.core.staging;

/**
 * How a lesion whose SUVmax equals a reference SUVmean is scored (clinical-rules.md 1.5, 9.2, open
 * item 3). The sources disagree, so this is a setting.
 */
public enum TieRule {
  /**
   * Ties go up: a lesion "equal to or above" the reference reaches the higher score (E-PSMA, Ceci
   * 2021; PROMISE wording as implemented in {@code JuliaHealth/MedEye3d.jl}). Default.
   */
  TIES_UP,
  /**
   * Ties go down: the higher score needs uptake strictly above the reference (the public PROMISE V2
   * tool {@code htlin222/promise-v2-tool}: 0 "≤ blood pool", 1 "≤ liver &gt; blood pool", …).
   */
  TIES_DOWN;

  /** Whether {@code suvMax} reaches the tier whose lower bound is {@code referenceSuvMean}. */
  public boolean reaches(double suvMax, double referenceSuvMean) {
    return this == TIES_UP ? suvMax >= referenceSuvMean : suvMax > referenceSuvMean;
  }

  /** The comparison sign used in rationales: {@code ≥} or {@code >}. */
  public String reachedSign() {
    return this == TIES_UP ? "≥" : ">";
  }

  /** The sign for "does not reach": {@code <} or {@code ≤}. */
  public String notReachedSign() {
    return this == TIES_UP ? "<" : "≤";
  }
}

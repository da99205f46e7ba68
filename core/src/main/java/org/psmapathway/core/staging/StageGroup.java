package org.psmapathway.core.staging;

/**
 * PSMA-PET stage groups at restaging after radical prostatectomy, as used by the UCLA 5-year
 * outcome study (Nikitas et al., JNCCN 2026; seed 000; clinical-rules.md 5.4 and 9.4). The paper
 * writes them without the {@code mi} prefix. They are defined for post-prostatectomy biochemical
 * recurrence; a prostate in situ with local disease only has no group.
 */
public enum StageGroup {
  /** Negative PSMA PET. */
  T0N0M0("T0N0M0"),
  /** Local (prostate-bed) recurrence only. */
  TRN0M0("TrN0M0"),
  /** Regional and/or extrapelvic nodes, no bone or visceral disease. */
  N1_M1A("N1-M1a"),
  /** Any bone or visceral disease. */
  M1B_M1C("M1b-M1c");

  private final String label;

  StageGroup(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

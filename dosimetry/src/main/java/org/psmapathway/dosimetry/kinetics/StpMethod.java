package org.psmapathway.dosimetry.kinetics;

/** Single-time-point methods (research/dosimetry.md §2.4). */
public enum StpMethod {

  /** Hänscheid et al., J Nucl Med 2018;59:75–81: Ã ≈ A(t)·2t/ln 2, no kinetics needed. */
  HAENSCHEID("haenscheid"),

  /**
   * Madsen et al., Med Phys 2018;45:2318: Ã = A(t)·e^(λt)/λ with a population effective
   * λ = ln 2/T_eff.
   */
  MADSEN("madsen"),

  /**
   * The patient's own cycle-1 kinetics with one later-cycle measurement (Del Prete et al., EJNMMI
   * Phys 2018, doi 10.1186/s40658-018-0232-9): the cycle-1 curve scaled to pass through it.
   */
  PRIOR_CYCLE("prior-cycle");

  private final String label;

  StpMethod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static StpMethod ofLabel(String label) {
    for (StpMethod m : values()) {
      if (m.label.equals(label)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown single-time-point method \"" + label
        + "\"; expected haenscheid, madsen or prior-cycle");
  }
}

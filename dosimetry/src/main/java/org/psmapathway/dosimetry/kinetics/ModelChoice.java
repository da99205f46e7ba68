package org.psmapathway.dosimetry.kinetics;

/** Which integration {@link TimeIntegratedActivity} uses: one model, or the choice by AICc. */
public enum ModelChoice {

  /**
   * Every exponential model whose AICc is defined (n ≥ k + 2) and whose fit converges is a
   * candidate; the lowest AICc wins, except that a candidate with fewer parameters within 2 AICc of
   * it is preferred (PyTheranostics' rule). No candidate: the trapezoid.
   */
  AUTO("auto", null),
  MONO("mono", KineticModel.MONO_EXPONENTIAL),
  BI("bi", KineticModel.BI_EXPONENTIAL),
  BI_UPTAKE("bi-uptake", KineticModel.BI_EXPONENTIAL_UPTAKE),
  TRAPEZOID("trapezoid", null);

  private final String label;
  private final KineticModel model;

  ModelChoice(String label, KineticModel model) {
    this.label = label;
    this.model = model;
  }

  public String label() {
    return label;
  }

  /** The exponential model, or null for auto and trapezoid. */
  public KineticModel model() {
    return model;
  }

  public static ModelChoice ofLabel(String label) {
    for (ModelChoice m : values()) {
      if (m.label.equals(label)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown model \"" + label
        + "\"; expected auto, mono, bi, bi-uptake or trapezoid");
  }
}

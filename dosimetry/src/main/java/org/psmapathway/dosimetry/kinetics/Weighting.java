package org.psmapathway.dosimetry.kinetics;

/**
 * The assumed measurement error of each activity, which sets the least-squares weight 1/σᵢ²
 * (PyTheranostics' sigma options: a fraction of A, √A, absolute). σ is taken from the measured
 * activity, not the fitted one, so that every model fitted to a curve uses the same weights and their
 * weighted residual sums (and AICc) can be compared.
 */
public enum Weighting {

  /** σ ∝ A: a constant relative (percentage) error, as quantitative SPECT calibration gives. */
  RELATIVE("relative"),

  /** σ ∝ √A: counting (Poisson) noise dominates. */
  POISSON("poisson"),

  /** σ constant: ordinary (unweighted) least squares. */
  ABSOLUTE("absolute");

  private final String label;

  Weighting(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** 1/σ² for a measured activity (MBq), or +∞ for A = 0 with relative or Poisson error. */
  double weight(double mbq) {
    return switch (this) {
      case RELATIVE -> 1 / (mbq * mbq);
      case POISSON -> 1 / mbq;
      case ABSOLUTE -> 1;
    };
  }

  public static Weighting ofLabel(String label) {
    for (Weighting w : values()) {
      if (w.label.equals(label)) {
        return w;
      }
    }
    throw new IllegalArgumentException("unknown weighting \"" + label
        + "\"; expected relative, poisson or absolute");
  }
}

package org.psmapathway.dosimetry.voxel;

/**
 * How a voxel-S-value kernel's total is set. research/dosimetry.md §4.2: the Lanconelli 177Lu
 * soft-tissue kernels sum to ≈ 91–95 % of the electron energy per decay Δ_e per voxel mass
 * (ΣS·m_voxel/Δ_e = 0.924 at 4.8 mm with ρ = 1.00, 0.961 with ρ = 1.04), which makes uniform-sphere
 * doses 7–9 % lower than the sphere model's.
 */
public enum KernelNormalisation {
  /** The kernel as published (Lanconelli et al. 2012; MIRDCalculator and PyTheranostics use it so). */
  PUBLISHED("published"),
  /**
   * Rescaled so that ΣS·ρ·V = Δ_e (ρ the kernel medium's density): a uniform activity then gets
   * exactly the local-energy-deposition dose, and the kernel only redistributes electron energy.
   */
  ELECTRON_ENERGY("electron-energy");

  private final String label;

  KernelNormalisation(String label) {
    this.label = label;
  }

  /** The name used on the command line and in documents. */
  public String label() {
    return label;
  }

  /** The normalisation named {@code label} ("published" or "electron-energy"). */
  public static KernelNormalisation of(String label) {
    for (KernelNormalisation n : values()) {
      if (n.label.equals(label)) {
        return n;
      }
    }
    throw new IllegalArgumentException("kernel normalisation must be published or electron-energy, got " + label);
  }
}

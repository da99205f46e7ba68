package org.psmapathway.dosimetry.organ;

/** How an organ's mean absorbed dose was obtained. */
public enum OrganDoseMethod {
  /** Phantom self S value scaled to the patient's organ mass: S·m_phantom/m_patient. */
  S_VALUE_MASS_SCALED("s-value-mass-scaled"),
  /**
   * A small gland without a phantom S value (parotid, submandibular, sublingual, lacrimal, or the
   * salivary glands as one VOI): the soft-tissue sphere S value at the gland's own mass.
   */
  SPHERE_S_VALUE("sphere-s-value"),
  /** Local deposition of the electron energy only: no S value is shipped for the region. */
  LOCAL_DEPOSITION_ONLY("local-deposition-only");

  private final String label;

  OrganDoseMethod(String label) {
    this.label = label;
  }

  /** The name used in CLI output. */
  public String label() {
    return label;
  }
}

package org.psmapathway.dosimetry.organ;

/**
 * One row of the shipped organ table: a region of a reference phantom with its self-irradiation S
 * value (NaN when none is shipped: local energy deposition only) and the phantom's target mass.
 *
 * @param sMGyPerMBqS S(target ← source) in mGy/(MBq·s) for the phantom, NaN if not shipped
 * @param phantomMassG target mass of the phantom, g
 * @param note why a proxy is used or why no S value is shipped; empty otherwise
 */
public record OrganSValue(Phantom phantom, String region, String source, String target,
    double sMGyPerMBqS, double phantomMassG, String note) {

  /** True when an S value is shipped for this region. */
  public boolean hasSValue() {
    return !Double.isNaN(sMGyPerMBqS);
  }
}

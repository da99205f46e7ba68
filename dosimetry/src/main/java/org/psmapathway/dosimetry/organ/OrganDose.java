package org.psmapathway.dosimetry.organ;

/**
 * Mean absorbed dose of one organ (self-irradiation only), with the local-deposition cross-check.
 *
 * @param tiaMBqH time-integrated activity in the organ, MBq·h
 * @param massG patient organ mass, g
 * @param meanGy the reported dose: the S-value dose when an S value is shipped, else the LED dose
 * @param sMGyPerMBqS mass-scaled S value for the patient, mGy/(MBq·s); NaN for LED only
 * @param phantom the phantom whose row was used; its S value and mass are in {@code sValue}
 * @param sValue the shipped row (its S value is NaN when none is shipped)
 * @param ledGy local energy deposition dose Ã·0.08531/m, Gy (electrons only)
 * @param ledDifferencePercent 100·(LED − S dose)/S dose; NaN when there is no S-value dose
 * @param note provenance remark of the shipped row (proxy used, or why LED only)
 */
public record OrganDose(String region, double tiaMBqH, double massG, OrganDoseMethod method,
    double meanGy, double sMGyPerMBqS, Phantom phantom, OrganSValue sValue, double ledGy,
    double ledDifferencePercent, String note) {

  /** Dose per injected activity, Gy/GBq. */
  public double gyPerGBq(double injectedMBq) {
    if (!(injectedMBq > 0) || Double.isInfinite(injectedMBq)) {
      throw new IllegalArgumentException(
          "injected activity must be a positive number of MBq, got " + injectedMBq);
    }
    return meanGy / (injectedMBq / 1000.0);
  }
}

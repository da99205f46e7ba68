package org.psmapathway.dosimetry;

/**
 * Physical constants of lutetium-177, in one place, with their sources. Units inside the dosimetry
 * module: activity MBq, time h, time-integrated activity MBq·h, S-values mGy/(MBq·s), dose Gy.
 *
 * <p>Decay data: Table 1 of "Lu-177 decay data", EJNMMI Physics 2020 (doi 10.1186/s40658-020-00301-2),
 * ICRP-107 based; the same half-life is used by PyTheranostics ({@code data/isotopes.json}). PTB
 * measured 6.639(9) d (Kossert et al., Appl Radiat Isot 2012;70:2215), so code that integrates
 * activity takes the half-life as a parameter with {@link #HALF_LIFE_HOURS} as its default.
 */
public final class Lutetium177 {

  /** Physical half-life: 6.647 d = 159.528 h. */
  public static final double HALF_LIFE_HOURS = 6.647 * 24.0;

  /** Physical decay constant λ_p = ln 2 / T½ = 4.34499e-3 per hour. */
  public static final double DECAY_CONSTANT_PER_HOUR = Math.log(2.0) / HALF_LIFE_HOURS;

  /** Mean β⁻ energy per decay, keV. */
  public static final double BETA_MEAN_ENERGY_KEV = 133.3;

  /** Conversion-electron energy per decay, keV. */
  public static final double CONVERSION_ELECTRON_ENERGY_KEV = 13.52;

  /** Auger-electron energy per decay, keV. */
  public static final double AUGER_ELECTRON_ENERGY_KEV = 1.13;

  /** Total electron energy per decay Δ_e, keV (β⁻ + conversion + Auger, rounded as published). */
  public static final double ELECTRON_ENERGY_KEV = 147.9;

  /** Photon (X and γ) energy per decay, keV. */
  public static final double PHOTON_ENERGY_KEV = 35.1;

  private static final double JOULE_PER_MEV = 1.602176634e-13;
  private static final double DECAYS_PER_MBQ_HOUR = 3.6e9;

  /**
   * Local-deposition factor: dose in Gy to 1 g of tissue per MBq·h decaying in it when all electron
   * energy stays local, Δ_e · 3.6e9 decays/(MBq·h) = 0.08531 Gy·g/(MBq·h) (rpt_dosi uses 0.08532).
   */
  public static final double LOCAL_DEPOSITION_GY_G_PER_MBQ_H =
      ELECTRON_ENERGY_KEV / 1000.0 * JOULE_PER_MEV * DECAYS_PER_MBQ_HOUR * 1000.0;

  private Lutetium177() {}

  /** Decay constant (per hour) for a given half-life (hours). */
  public static double decayConstant(double halfLifeHours) {
    if (!(halfLifeHours > 0) || Double.isInfinite(halfLifeHours)) {
      throw new IllegalArgumentException("half-life must be a positive number of hours, got " + halfLifeHours);
    }
    return Math.log(2.0) / halfLifeHours;
  }
}

package org.psmapathway.dosimetry.voxel;

/**
 * Mass density from CT numbers for voxel dosimetry: ρ = 1 + HU/1000 g/mL (the water line: HU is
 * attenuation relative to water, and for water-like tissue density follows it), with
 * <ul>
 *   <li>HU clipped to ≥ 0 first, so air and lung voxels get 1.0 g/mL instead of a density near 0
 *       that would blow the dose up where SPECT spill-out puts activity outside the body
 *       (PyTheranostics issue #41, "Voxel-S scaling by density issue with AIR", does the same);
 *   <li>ρ capped at 1.92 g/mL (ICRP cortical bone, the densest column of the sphere-model table of
 *       research/dosimetry.md §3.3), so contrast and metal do not give impossible densities.
 * </ul>
 * A single line is an approximation: scanner-specific bilinear calibrations give up to ≈ 10 %
 * lower densities for bone at the same HU. Soft tissue (0–100 HU → 1.00–1.10) is what matters for
 * 177Lu-PSMA organ and lesion doses.
 */
public final class HounsfieldDensity {

  /** Density used when no CT is given, g/mL (soft tissue). */
  public static final double SOFT_TISSUE_G_PER_ML = 1.04;

  /** Upper bound of the curve, g/mL. */
  public static final double MAX_G_PER_ML = 1.92;

  private HounsfieldDensity() {}

  /** ρ(HU), g/mL. NaN HU is rejected by the caller. */
  public static double gPerMl(double hu) {
    return Math.min(MAX_G_PER_ML, 1.0 + Math.max(0.0, hu) / 1000.0);
  }
}

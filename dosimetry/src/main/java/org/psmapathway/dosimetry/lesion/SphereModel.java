package org.psmapathway.dosimetry.lesion;

import java.util.List;
import org.psmapathway.dosimetry.Lutetium177;

/**
 * Lesion dose by the sphere model: the lesion is a uniformly filled sphere of its mass, D = Ã·S(m).
 * The mass is ρ(HU)·V; for a bone lesion the density correction is the whole of the bone variant:
 * the soft-tissue S table is read at the lesion's mass (the PyTheranostics recipe reads the
 * composition's own column at that mass; those mixture columns are not shipped here).
 * Brosch-Lenz et al. (EJNMMI Phys 2021;8:26) found unit-density S values overestimating bone-lesion
 * dose by +14 ± 10 % against Monte Carlo, which the density correction addresses.
 */
public final class SphereModel {

  private final SphereSValueTable table;
  private final boolean extrapolate;

  /**
   * @param extrapolate allow masses outside the table (named option {@code --extrapolate}): the
   *     end cubics of the log–log interpolant are extended, which is not validated
   */
  public SphereModel(SphereSValueTable table, boolean extrapolate) {
    this.table = table;
    this.extrapolate = extrapolate;
  }

  /** Shipped soft-tissue table, no extrapolation. */
  public static SphereModel softTissue() {
    return new SphereModel(SphereSValueTable.softTissue(), false);
  }

  /**
   * @param meanHu mean CT number of the lesion, NaN when there is no CT (soft tissue)
   * @throws IllegalArgumentException for a negative TIA, a non-positive volume, or a mass outside
   *     the table without extrapolation
   */
  public LesionDose dose(String lesion, double tiaMBqH, double volumeMl, double meanHu) {
    if (!(tiaMBqH >= 0) || Double.isInfinite(tiaMBqH)) {
      throw new IllegalArgumentException(
          "time-integrated activity must be a finite number >= 0 MBq·h, got " + tiaMBqH);
    }
    if (!(volumeMl > 0) || Double.isInfinite(volumeMl)) {
      throw new IllegalArgumentException("volume must be a positive number of mL, got " + volumeMl);
    }
    LesionTissue tissue = LesionTissue.fromMeanHu(meanHu);
    double mass = tissue.densityGPerMl() * volumeMl;
    double s = table.sMGyPerMBqH(mass, extrapolate);
    boolean outside = mass < table.minMassG() || mass > table.maxMassG();
    double gy = tiaMBqH * s / 1000.0;
    double fit = tiaMBqH * SphereSValueTable.cubicFitMGyPerMBqH(mass) / 1000.0;
    double diff = s > 0 ? 100.0 * (SphereSValueTable.cubicFitMGyPerMBqH(mass) - s) / s : Double.NaN;
    double led = tiaMBqH * Lutetium177.LOCAL_DEPOSITION_GY_G_PER_MBQ_H / mass;
    return new LesionDose(lesion, tiaMBqH, volumeMl, meanHu, tissue, mass, s, gy, fit, diff, led,
        outside);
  }

  /**
   * Total-tumour-burden dose: the mass-weighted mean of the lesion doses, Σ mᵢDᵢ / Σ mᵢ (the mean
   * dose of all lesions taken as one volume, PyTheranostics' TTB).
   */
  public static double tumourBurdenGy(List<LesionDose> lesions) {
    if (lesions.isEmpty()) {
      throw new IllegalArgumentException("tumour-burden dose needs at least one lesion");
    }
    double num = 0;
    double mass = 0;
    for (LesionDose d : lesions) {
      num += d.massG() * d.meanGy();
      mass += d.massG();
    }
    return num / mass;
  }
}

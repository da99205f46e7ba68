package org.psmapathway.dosimetry.lesion;

import java.util.List;
import org.psmapathway.dosimetry.Lutetium177;

/**
 * Lesion dose by the sphere model: the lesion is a uniformly filled sphere of its mass, D = Ã·S(m).
 * The mass is ρ(HU)·V, and S comes from the table of the lesion's composition (PyTheranostics'
 * recipe, {@code organ_s_dosimetry.py}): soft tissue, or for a bone lesion the soft-tissue/cortical-
 * bone mixture of its HU band. Brosch-Lenz et al. (EJNMMI Phys 2021;8:26) found unit-density S
 * values overestimating bone-lesion dose by +14 ± 10 % against Monte Carlo. Most of that is the
 * density (the same energy in more mass); the mixture table adds the composition, −0.1 to +5 %
 * (mostly +1 to +2 %) against the soft-tissue table at the same mass, which each bone lesion
 * reports beside its dose.
 */
public final class SphereModel {

  private final boolean extrapolate;

  /**
   * @param extrapolate allow masses outside the table (named option {@code --extrapolate}): the
   *     end cubics of the log–log interpolant are extended, which is not validated
   */
  public SphereModel(boolean extrapolate) {
    this.extrapolate = extrapolate;
  }

  /** The shipped tables, no extrapolation. */
  public static SphereModel shipped() {
    return new SphereModel(false);
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
    SphereSValueTable table = SphereSValueTable.of(tissue.composition());
    double mass = tissue.densityGPerMl() * volumeMl;
    double s = table.sMGyPerMBqH(mass, extrapolate);
    boolean outside = mass < table.minMassG() || mass > table.maxMassG();
    double gy = tiaMBqH * s / 1000.0;
    double led = tiaMBqH * Lutetium177.LOCAL_DEPOSITION_GY_G_PER_MBQ_H / mass;
    if (tissue.isBone()) {
      SphereSValueTable soft = SphereSValueTable.softTissue();
      // a comparison, so never extrapolated: beyond the soft-tissue table it is left out
      boolean softCovers = mass >= soft.minMassG() && mass <= soft.maxMassG();
      double softS = softCovers ? soft.sMGyPerMBqH(mass, false) : Double.NaN;
      return new LesionDose(lesion, tiaMBqH, volumeMl, meanHu, tissue, mass, s, gy, Double.NaN,
          Double.NaN, tiaMBqH * softS / 1000.0, 100.0 * (s - softS) / softS, led, outside);
    }
    double fitS = SphereSValueTable.cubicFitMGyPerMBqH(mass);
    double diff = s > 0 ? 100.0 * (fitS - s) / s : Double.NaN;
    return new LesionDose(lesion, tiaMBqH, volumeMl, meanHu, tissue, mass, s, gy,
        tiaMBqH * fitS / 1000.0, diff, Double.NaN, Double.NaN, led, outside);
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

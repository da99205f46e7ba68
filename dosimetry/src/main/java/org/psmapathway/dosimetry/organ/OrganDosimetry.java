package org.psmapathway.dosimetry.organ;

import java.util.List;
import org.psmapathway.dosimetry.Lutetium177;
import org.psmapathway.dosimetry.lesion.SphereSValueTable;

/**
 * Organ mean absorbed dose by the MIRD schema, self-irradiation only: D = Ã·S, with the phantom's
 * self S value scaled to the patient's organ mass (rpt_dosi {@code get_svalue_and_mass_scaling}),
 * and the local-energy-deposition (LED) dose as an always-available cross-check
 * (research/dosimetry.md §3.1).
 *
 * <p>Why mass scaling only for self-dose: Lu-177 gives about 81 % of its emitted energy to
 * electrons whose range (≤ 1.8 mm) is small against an organ, so almost all of it is absorbed in
 * the source organ and the absorbed fraction φ ≈ 1 whatever the organ's mass; S = Δ·φ/m then scales
 * as 1/m. Cross-organ S values are carried by photons whose absorbed fraction depends on the
 * geometry between the organs, not on the target mass alone, so scaling them would be wrong; they
 * are not used here.
 */
public final class OrganDosimetry {

  /** mGy → Gy and MBq·h → MBq·s: D[Gy] = Ã[MBq·h]·3600·S[mGy/(MBq·s)]/1000. */
  private static final double SECONDS_PER_HOUR = 3600.0;

  private final OrganSValueTable table;

  public OrganDosimetry(OrganSValueTable table) {
    this.table = table;
  }

  /** With the shipped ICRP-110 table. */
  public static OrganDosimetry icrp110() {
    return new OrganDosimetry(OrganSValueTable.icrp110());
  }

  /** S_patient = S_phantom·m_phantom/m_patient (self-dose only), mGy/(MBq·s). */
  public static double massScaled(double sPhantom, double phantomMassG, double patientMassG) {
    return sPhantom * phantomMassG / patientMassG;
  }

  /** D = Ã·3600·S/1000 Gy, Ã in MBq·h, S in mGy/(MBq·s). */
  public static double sValueDoseGy(double tiaMBqH, double sMGyPerMBqS) {
    return tiaMBqH * SECONDS_PER_HOUR * sMGyPerMBqS / 1000.0;
  }

  /** LED: D = Ã·0.08531/m Gy (all electron energy absorbed locally, photons escape). */
  public static double localDepositionGy(double tiaMBqH, double massG) {
    return tiaMBqH * Lutetium177.LOCAL_DEPOSITION_GY_G_PER_MBQ_H / massG;
  }

  /**
   * The dose of one region. A region with a shipped S value gets the mass-scaled S-value dose and
   * the LED dose side by side. A small gland without one ({@link SmallGlands}) gets the
   * soft-tissue sphere S value at its own mass, PyTheranostics' per-gland option
   * (research/dosimetry.md §3.4). Any other region the table knows without an S value (red marrow)
   * or does not know at all gets the LED dose only, labelled {@link
   * OrganDoseMethod#LOCAL_DEPOSITION_ONLY}.
   *
   * @throws IllegalArgumentException for a negative or non-finite TIA or a non-positive mass
   */
  public OrganDose dose(String region, double tiaMBqH, double massG, Phantom phantom) {
    if (!(tiaMBqH >= 0) || Double.isInfinite(tiaMBqH)) {
      throw new IllegalArgumentException(
          "time-integrated activity must be a finite number >= 0 MBq·h, got " + tiaMBqH);
    }
    if (!(massG > 0) || Double.isInfinite(massG)) {
      throw new IllegalArgumentException("mass must be a positive number of g, got " + massG);
    }
    double led = localDepositionGy(tiaMBqH, massG);
    OrganSValue row = table.find(phantom, region).orElse(null);
    if ((row == null || !row.hasSValue()) && SmallGlands.is(region)) {
      SphereSValueTable spheres = SphereSValueTable.softTissue();
      if (massG >= spheres.minMassG() && massG <= spheres.maxMassG()) {
        double s = spheres.sMGyPerMBqH(massG, false) / SECONDS_PER_HOUR;
        double d = sValueDoseGy(tiaMBqH, s);
        double diff = d > 0 ? 100.0 * (led - d) / d : Double.NaN;
        return new OrganDose(region, tiaMBqH, massG, OrganDoseMethod.SPHERE_S_VALUE, d, s,
            phantom, row, led, diff, SmallGlands.SPHERE_NOTE);
      }
      return new OrganDose(region, tiaMBqH, massG, OrganDoseMethod.LOCAL_DEPOSITION_ONLY, led,
          Double.NaN, phantom, row, led, Double.NaN, "gland mass outside the sphere S-value table ("
              + spheres.minMassG() + "-" + spheres.maxMassG() + " g): local energy deposition only");
    }
    if (row == null || !row.hasSValue()) {
      String note = row == null
          ? "no S value shipped for this region: local energy deposition only"
          : row.note();
      return new OrganDose(region, tiaMBqH, massG, OrganDoseMethod.LOCAL_DEPOSITION_ONLY, led,
          Double.NaN, phantom, row, led, Double.NaN, note);
    }
    double s = massScaled(row.sMGyPerMBqS(), row.phantomMassG(), massG);
    double d = sValueDoseGy(tiaMBqH, s);
    double diff = d > 0 ? 100.0 * (led - d) / d : Double.NaN;
    return new OrganDose(region, tiaMBqH, massG, OrganDoseMethod.S_VALUE_MASS_SCALED, d, s, phantom,
        row, led, diff, row.note());
  }

  /**
   * Several VOIs dosed as one organ (the salivary glands as parotid and submandibular VOIs): Ã and
   * mass added, and the mean dose the mass-weighted mean of the parts' doses, Σ mᵢDᵢ / Σ mᵢ (the
   * mean over the glands' voxels). The parts must share one method; otherwise the sum is dosed by
   * local deposition, with a note saying why.
   */
  public OrganDose sum(String region, List<OrganDose> parts, Phantom phantom) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a sum of regions needs at least one region");
    }
    double tia = 0;
    double mass = 0;
    double massDose = 0;
    OrganDoseMethod method = parts.get(0).method();
    for (OrganDose p : parts) {
      tia += p.tiaMBqH();
      mass += p.massG();
      massDose += p.massG() * p.meanGy();
      if (p.method() != method) {
        method = null;
      }
    }
    double led = localDepositionGy(tia, mass);
    OrganSValue row = table.find(phantom, region).orElse(null);
    if (method == null || method == OrganDoseMethod.LOCAL_DEPOSITION_ONLY) {
      return new OrganDose(region, tia, mass, OrganDoseMethod.LOCAL_DEPOSITION_ONLY, led,
          Double.NaN, phantom, row, led, Double.NaN, method == null
              ? "its regions were dosed by different methods: local energy deposition of the sum"
              : "local energy deposition only, as its regions");
    }
    double d = massDose / mass;
    double s = tia > 0 ? d * 1000.0 / (tia * SECONDS_PER_HOUR) : Double.NaN;
    double diff = d > 0 ? 100.0 * (led - d) / d : Double.NaN;
    return new OrganDose(region, tia, mass, method, d, s, phantom, row, led, diff,
        "mass-weighted mean of the doses of " + parts.size() + " regions");
  }
}

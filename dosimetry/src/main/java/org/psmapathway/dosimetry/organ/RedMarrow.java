package org.psmapathway.dosimetry.organ;

import org.psmapathway.dosimetry.Lutetium177;

/**
 * Red-marrow self-dose by the blood-based method (EANM; PyTheranostics
 * {@code dosimetry/bone_marrow.py}): Ã_RM = Ã_blood-conc·RMBLR·m_RM, with the red-marrow-to-blood
 * activity concentration ratio RMBLR = 1 for small molecules such as PSMA ligands (the default) or
 * 0.19/(1 − Hct) when the haematocrit is given (Sgouros' formula, derived for antibodies:
 * a named setting, not the default). The dose is local energy deposition in the marrow, because no
 * red-marrow self S value is shipped.
 *
 * <p>Not included: the cross-dose from activity in the remainder of the body and from bone
 * lesions, which needs a full S matrix (OLINDA / OpenDose cross-organ values) that is not shipped.
 * In metastatic castration-resistant disease with bone involvement this can dominate, so the
 * blood-based value is a lower bound of the marrow dose.
 */
public final class RedMarrow {

  /** RMBLR for small molecules (PSMA, SSTR ligands): marrow and blood concentrations equal. */
  public static final double RMBLR_SMALL_MOLECULE = 1.0;

  /** Numerator of Sgouros' haematocrit-based RMBLR: RMECFF 0.19. */
  public static final double RMECFF = 0.19;

  private RedMarrow() {}

  /** RMBLR = 0.19/(1 − Hct), haematocrit as a fraction in (0, 1). */
  public static double rmblrFromHaematocrit(double haematocrit) {
    if (!(haematocrit > 0 && haematocrit < 1)) {
      throw new IllegalArgumentException(
          "haematocrit must be a fraction between 0 and 1, got " + haematocrit);
    }
    return RMECFF / (1.0 - haematocrit);
  }

  /**
   * The blood-based marrow dose.
   *
   * @param bloodTiaConcentrationMBqHPerMl time-integrated activity concentration of blood, MBq·h/mL
   * @param rmblr red-marrow-to-blood concentration ratio
   * @param marrowMassG red-marrow mass, g (ICRP 89: 1170 g male, 900 g female)
   */
  public static RedMarrowDose bloodBased(double bloodTiaConcentrationMBqHPerMl, double rmblr,
      double marrowMassG) {
    if (!(bloodTiaConcentrationMBqHPerMl >= 0) || Double.isInfinite(bloodTiaConcentrationMBqHPerMl)) {
      throw new IllegalArgumentException("blood time-integrated activity concentration must be a "
          + "finite number >= 0 MBq·h/mL, got " + bloodTiaConcentrationMBqHPerMl);
    }
    if (!(rmblr > 0) || Double.isInfinite(rmblr)) {
      throw new IllegalArgumentException("RMBLR must be a positive number, got " + rmblr);
    }
    if (!(marrowMassG > 0) || Double.isInfinite(marrowMassG)) {
      throw new IllegalArgumentException(
          "red-marrow mass must be a positive number of g, got " + marrowMassG);
    }
    double tia = bloodTiaConcentrationMBqHPerMl * rmblr * marrowMassG;
    double gy = tia * Lutetium177.LOCAL_DEPOSITION_GY_G_PER_MBQ_H / marrowMassG;
    return new RedMarrowDose(tia, marrowMassG, rmblr, gy);
  }

  /**
   * Red-marrow dose by the blood method.
   *
   * @param tiaMBqH Ã_RM, MBq·h
   * @param rmblr the ratio used
   * @param meanGy self-dose by local deposition, Gy (cross-dose not included)
   */
  public record RedMarrowDose(double tiaMBqH, double massG, double rmblr, double meanGy) {}
}

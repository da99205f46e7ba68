package org.psmapathway.core.response;

import java.util.List;
import java.util.Map;
import org.psmapathway.core.record.Lesion;
import org.psmapathway.core.record.PetScan;

/**
 * RECIP 1.0, Response Evaluation Criteria in PSMA PET (Gafita et al., J Nucl Med
 * 2022;63:1651–1658; clinical-rules.md 3.1): from the PSMA-positive total tumour volume (PSMA-VOL)
 * at baseline and follow-up and the presence of new lesions.
 *
 * <ul>
 *   <li>CR: no PSMA-ligand uptake on follow-up (PSMA-VOL 0).
 *   <li>PR: PSMA-VOL decline ≥30% and no new lesions.
 *   <li>PD: PSMA-VOL increase ≥20% and new lesions.
 *   <li>SD: everything else (a ≥30% decline with new lesions, a ≥20% increase without them, and
 *       changes between).
 * </ul>
 *
 * Thresholds are inclusive (≤ −30%, ≥ +20%).
 */
public final class Recip {

  /** PR: PSMA-VOL change ≤ −30% (Gafita 2022). */
  public static final double PARTIAL_RESPONSE_MAX_CHANGE_PERCENT = -30;

  /** PD: PSMA-VOL change ≥ +20% with new lesions (Gafita 2022). */
  public static final double PROGRESSION_MIN_CHANGE_PERCENT = 20;

  private Recip() {}

  /**
   * Classifies a volume change.
   *
   * @return the category, or a not-applicable result when the baseline volume is 0 (RECIP needs
   *     measurable baseline disease)
   * @throws IllegalArgumentException for a negative or non-finite volume, or a follow-up volume of
   *     0 with new lesions (contradictory: a new lesion has uptake)
   */
  public static RecipResult classify(
      double baselineVolumeMl, double followUpVolumeMl, boolean newLesions) {
    requireVolume("baselineVolumeMl", baselineVolumeMl);
    requireVolume("followUpVolumeMl", followUpVolumeMl);
    if (baselineVolumeMl == 0) {
      return RecipResult.notApplicable(
          "RECIP 1.0 not applicable: baseline PSMA-VOL is 0 mL (no measurable disease)");
    }
    if (followUpVolumeMl == 0 && newLesions) {
      throw new IllegalArgumentException(
          "followUpVolumeMl is 0 but new lesions are reported: contradictory RECIP input");
    }
    double change = PercentChange.of(baselineVolumeMl, followUpVolumeMl);
    String volumes =
        "PSMA-VOL "
            + baselineVolumeMl
            + " → "
            + followUpVolumeMl
            + " mL ("
            + PercentChange.format(change)
            + ")";
    String lesions = newLesions ? "new lesions" : "no new lesions";
    if (followUpVolumeMl == 0) {
      return new RecipResult(
          RecipCategory.CR, change, volumes + ": no PSMA-ligand uptake on follow-up");
    }
    if (!newLesions && PercentChange.atMost(change, PARTIAL_RESPONSE_MAX_CHANGE_PERCENT)) {
      return new RecipResult(RecipCategory.PR, change, volumes + ", decline ≥30%, " + lesions);
    }
    if (newLesions && PercentChange.atLeast(change, PROGRESSION_MIN_CHANGE_PERCENT)) {
      return new RecipResult(RecipCategory.PD, change, volumes + ", increase ≥20%, " + lesions);
    }
    String why;
    if (PercentChange.atMost(change, PARTIAL_RESPONSE_MAX_CHANGE_PERCENT)) {
      why = ", decline ≥30% but new lesions";
    } else if (PercentChange.atLeast(change, PROGRESSION_MIN_CHANGE_PERCENT)) {
      why = ", increase ≥20% but no new lesions";
    } else {
      why = ", change between −30% and +20%, " + lesions;
    }
    return new RecipResult(RecipCategory.SD, change, volumes + why);
  }

  /**
   * RECIP between two scans: PSMA-VOL from {@link PetScan#totalTumourVolumeMl()}, new lesions =
   * lesion ids on the follow-up scan absent from the baseline scan.
   *
   * @return a not-applicable result naming the missing field when a volume is not recorded
   * @throws IllegalArgumentException for lesions without ids or with repeated ids, or a follow-up
   *     volume of 0 on a scan that lists lesions
   */
  public static RecipResult compare(PetScan baseline, PetScan followUp) {
    if (baseline.totalTumourVolumeMl() == null) {
      return RecipResult.notApplicable(
          "RECIP 1.0 not applicable: baseline.totalTumourVolumeMl not recorded");
    }
    if (followUp.totalTumourVolumeMl() == null) {
      return RecipResult.notApplicable(
          "RECIP 1.0 not applicable: followUp.totalTumourVolumeMl not recorded");
    }
    Map<String, Lesion> before = LesionTracker.byId(baseline, "baseline");
    List<String> newIds =
        LesionTracker.byId(followUp, "followUp").keySet().stream()
            .filter(id -> !before.containsKey(id))
            .toList();
    if (followUp.totalTumourVolumeMl() == 0 && !followUp.lesions().isEmpty()) {
      throw new IllegalArgumentException(
          "followUp.totalTumourVolumeMl is 0 but the scan lists "
              + followUp.lesions().size()
              + " PSMA-avid lesion(s): contradictory RECIP input");
    }
    RecipResult result =
        classify(baseline.totalTumourVolumeMl(), followUp.totalTumourVolumeMl(), !newIds.isEmpty());
    if (newIds.isEmpty() || !result.applicable()) {
      return result;
    }
    return new RecipResult(
        result.category(),
        result.percentChange(),
        result.rationale() + " (" + String.join(", ", newIds) + ")");
  }

  private static void requireVolume(String name, double volumeMl) {
    if (!(volumeMl >= 0) || Double.isInfinite(volumeMl)) {
      throw new IllegalArgumentException(
          name + ": expected a finite volume ≥ 0 mL, was " + volumeMl);
    }
  }
}

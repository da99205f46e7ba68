package org.psmapathway.core.protocol;

/**
 * One target of the protocol plan with its biologically effective dose.
 *
 * @param volume record-format volume code (prostate-bed, local-recurrence, pelvic-nodes, node)
 * @param lesionId the PET lesion boosted, or {@code null}
 * @param doseGy total physical dose
 * @param fractions number of fractions
 * @param firstFraction treatment day on which the target's first fraction is given
 * @param eqd2Gy15 EQD2 at α/β 1.5 Gy (prostate cancer)
 * @param eqd2Gy3 EQD2 at α/β 3 Gy (late rectum/bladder)
 * @param source where the dose comes from
 */
public record PlannedTarget(String volume, String lesionId, double doseGy, int fractions,
    int firstFraction, double eqd2Gy15, double eqd2Gy3, String source) {}

package org.psmapathway.store.synthetic;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Every parameter of the synthetic-cohort generator, with {@link #seed000()} calibrated to the
 * seed-000 study (Nikitas et al., JNCCN 2026;24:11–18, n = 113: Table 1 and the Kaplan–Meier
 * outcomes from the start of salvage RT). Values marked "assumption" are not in the seed; their
 * choice is explained in {@code docs/synthetic-cohorts.md}.
 *
 * @param isupWeights ISUP grade 1–5 counts (Table 1: 4, 28, 40, 14, 27)
 * @param pathologicStageWeights pT2N0/Nx, pT2N1, pT3N0/Nx, pT3N1 counts (Table 1: 50, 2, 40, 21)
 * @param pNxShare share of pNx within "N0/Nx" (assumption)
 * @param pT3bShare share of pT3b within pT3 (assumption)
 * @param marginWeights negative, positive, unknown counts (Table 1: 62, 33, 18)
 * @param initialPsa initial PSA, ng/mL (Table 1: 8.0 (5.4–14.0))
 * @param surgeryToPetMonths months from prostatectomy to PSMA PET (Table 1: 19.9 (5.6–51.8))
 * @param petToSalvageRtMonths months from PET to the start of salvage RT (Table 1: 1.9 (1.1–2.6))
 * @param ageAtPetYears age at PET (Table 1: 67 (62–72))
 * @param psaAtPet PSA at PET, ng/mL (Table 1: 0.4 (0.3–1.1))
 * @param followUpMonths potential follow-up from salvage RT (text: median 59.4 (IQR 47.4–69.5))
 * @param stagePrognosticCorrelation correlation of the stage score with the outcome score
 *     (assumption; makes advanced stages progress earlier without changing any margin)
 * @param progressionFree PFS (72.6% / 48.7% at 24 / 60 months, median 49.2)
 * @param distantMetastasisFree DMFS (85.8% / 72.4%, median 76.4)
 * @param nextTherapyFree free of next systemic therapy (92.9% / 82.7%)
 * @param overall OS (100% / 97.1%)
 * @param adtShareByGroup share given ADT with salvage RT, by stage group in {@link
 *     org.psmapathway.core.staging.StageGroup} order (assumption)
 * @param wholePelvisShareByGroup share given elective pelvic-nodal RT when no regional node is
 *     visible, same order (assumption; nodal disease always gets it)
 * @param prostateBedShareExtraBed share of patients with nodal or distant disease whose prostate
 *     bed is also treated (assumption)
 * @param nextTherapyWeights ADT + ARPI, ADT + two ARPIs, ARPI alone (text: 12.4%, 3.5%, 3.5%)
 * @param dataCutoff the administrative end of follow-up; every date lies on or before it
 * @param psaDetectionLimitNgMl ultrasensitive assay limit, ng/mL (assumption)
 * @param earliestEventMonths no outcome event earlier than this after the start of RT (the first
 *     PSA after RT is taken about three months later; changes no published point)
 */
public record CohortModel(
    double[] isupWeights,
    double[] pathologicStageWeights,
    double pNxShare,
    double pT3bShare,
    double[] marginWeights,
    QuartileDistribution initialPsa,
    QuartileDistribution surgeryToPetMonths,
    QuartileDistribution petToSalvageRtMonths,
    QuartileDistribution ageAtPetYears,
    QuartileDistribution psaAtPet,
    QuartileDistribution followUpMonths,
    double stagePrognosticCorrelation,
    PiecewiseExponential progressionFree,
    PiecewiseExponential distantMetastasisFree,
    PiecewiseExponential nextTherapyFree,
    PiecewiseExponential overall,
    double[] adtShareByGroup,
    double[] wholePelvisShareByGroup,
    double prostateBedShareExtraBed,
    double[] nextTherapyWeights,
    LocalDate dataCutoff,
    double psaDetectionLimitNgMl,
    double earliestEventMonths) {

  public CohortModel {
    Objects.requireNonNull(dataCutoff, "dataCutoff");
    if (!(stagePrognosticCorrelation >= 0 && stagePrognosticCorrelation < 1)) {
      throw new IllegalArgumentException("stagePrognosticCorrelation: expected in [0, 1), got "
          + stagePrognosticCorrelation);
    }
    isupWeights = isupWeights.clone();
    pathologicStageWeights = pathologicStageWeights.clone();
    marginWeights = marginWeights.clone();
    adtShareByGroup = adtShareByGroup.clone();
    wholePelvisShareByGroup = wholePelvisShareByGroup.clone();
    nextTherapyWeights = nextTherapyWeights.clone();
  }

  /** The model calibrated to seed 000 (see the class comment and docs/synthetic-cohorts.md). */
  public static CohortModel seed000() {
    double[] pfsMonths = {24, 49.2, 60};
    double[] pfs = {0.726, 0.5, 0.487};
    double[] dmMonths = {24, 60, 76.4};
    double[] dm = {0.858, 0.724, 0.5};
    double[] nstMonths = {24, 60};
    double[] nst = {0.929, 0.827};
    double[] osMonths = {24, 60};
    double[] os = {1.0, 0.971};
    // PFS beyond 60 months: the 49.2→60 piece (KM plateau between two close published points) is
    // not a plausible long-run hazard, so the tail uses the average hazard of 24→60 months.
    double pfsTail = -Math.log(0.487 / 0.726) / 36;
    return new CohortModel(
        new double[] {4, 28, 40, 14, 27},
        new double[] {50, 2, 40, 21},
        0.15,
        0.35,
        new double[] {62, 33, 18},
        new QuartileDistribution(8.0, 5.4, 14.0, 1.0, 150),
        new QuartileDistribution(19.9, 5.6, 51.8, 2.5, 180),
        new QuartileDistribution(1.9, 1.1, 2.6, 0.25, 3.0),
        new QuartileDistribution(67, 62, 72, 45, 85),
        new QuartileDistribution(0.4, 0.3, 1.1, 0.1, 20),
        new QuartileDistribution(59.4, 47.4, 69.5, 18, 108),
        0.5,
        new PiecewiseExponential(pfsMonths, pfs, pfsTail),
        new PiecewiseExponential(dmMonths, dm,
            PiecewiseExponential.lastIntervalHazard(dmMonths, dm)),
        new PiecewiseExponential(nstMonths, nst,
            PiecewiseExponential.lastIntervalHazard(nstMonths, nst)),
        new PiecewiseExponential(osMonths, os,
            PiecewiseExponential.lastIntervalHazard(osMonths, os)),
        new double[] {0.20, 0.25, 0.65, 0.80},
        new double[] {0.35, 0.35, 0.35, 0.30},
        0.85,
        new double[] {12.4, 3.5, 3.5},
        LocalDate.of(2025, 12, 31),
        0.03,
        3.0);
  }
}

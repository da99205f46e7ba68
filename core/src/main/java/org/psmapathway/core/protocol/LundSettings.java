package org.psmapathway.core.protocol;

/**
 * Settings of the adaptive salvage-RT protocol of NCT02699424 (Lund). Doses the registry does not
 * give are taken from the Lund successor trial PROPER2 (NCT04858880) where it states them, and
 * are otherwise project defaults, named as such in every plan.
 *
 * @param rule responder metric (the registry states none)
 * @param threshold responder threshold for the metric (the registry states none): a ratio for
 *     {@link ResponderRule#FRACTION_OF_BASELINE} (default 1.0 = any decline), a rate per day for
 *     {@link ResponderRule#DECAY_RATE}
 * @param decisionFraction fraction after which patients are classified (registry: 25 × 2 Gy =
 *     50 Gy, "fifth week")
 * @param bedGy prostate-bed total (registry outcome text and PROPER2: 70 Gy in 2 Gy fractions)
 * @param bedFractions fractions of the prostate-bed course (35)
 * @param localBoostGy simultaneous boost to a PET-visible local recurrence over the whole course
 *     (PROPER2: 73.5 Gy in 35 fractions)
 * @param electiveNodesGy elective pelvic nodal dose (PROPER2: 46 Gy in 23 fractions)
 * @param electiveNodesFractions fractions of the nodal course (23)
 * @param nodeBoostGy simultaneous boost to each PET-positive node over the nodal course; neither
 *     registry states it: project default 55.2 Gy in 23 fractions (2.4 Gy per fraction, EQD2
 *     61.5 Gy at α/β 1.5)
 * @param maxNodesForRadiotherapy more PET-positive nodes than this means no further RT but
 *     systemic therapy (registry: "more than 3 lymph node metastases")
 */
public record LundSettings(
    ResponderRule rule,
    double threshold,
    int decisionFraction,
    double bedGy,
    int bedFractions,
    double localBoostGy,
    double electiveNodesGy,
    int electiveNodesFractions,
    double nodeBoostGy,
    int maxNodesForRadiotherapy) {

  public LundSettings {
    if (rule == null) {
      throw new IllegalArgumentException("responder rule is required");
    }
    if (!Double.isFinite(threshold) || (rule == ResponderRule.FRACTION_OF_BASELINE
        && !(threshold > 0))) {
      throw new IllegalArgumentException("threshold must be a positive ratio for "
          + rule.code() + ", got " + threshold);
    }
    if (decisionFraction < 1 || decisionFraction >= bedFractions) {
      throw new IllegalArgumentException("decision fraction must lie within the bed course (1–"
          + (bedFractions - 1) + "), got " + decisionFraction);
    }
  }

  public static LundSettings defaults() {
    return new LundSettings(ResponderRule.FRACTION_OF_BASELINE, 1.0, 25, 70.0, 35, 73.5, 46.0, 23,
        55.2, 3);
  }

  public LundSettings withRule(ResponderRule newRule, double newThreshold) {
    return new LundSettings(newRule, newThreshold, decisionFraction, bedGy, bedFractions,
        localBoostGy, electiveNodesGy, electiveNodesFractions, nodeBoostGy,
        maxNodesForRadiotherapy);
  }

  /** Dose per fraction of the initial phase, the same as the bed course (2 Gy). */
  double bedDosePerFractionGy() {
    return bedGy / bedFractions;
  }
}

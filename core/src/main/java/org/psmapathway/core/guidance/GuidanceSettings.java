package org.psmapathway.core.guidance;

import java.time.LocalDate;

/**
 * Named settings of the guidance pathway, each a choice where sources differ
 * (docs/clinical-rules.md, "Guidance").
 *
 * @param oligometastaticMaxLesions most PET-positive lesions outside the prostate bed (regional
 *     nodes and metastases) for disease to count as oligometastatic; 5 follows the ESTRO/EORTC
 *     consensus (Lievens et al., Radiother Oncol 2020), 3 follows STOMP and ORIOLE
 * @param visceralCanBeOligometastatic whether visceral (miM1c) disease can count as
 *     oligometastatic; off by default, so that miM1c routes to systemic therapy as in the
 *     decision sketch of research/clinical-rules.md 6.5
 * @param extendedAdtMinFeatures AUA high-risk features from which the 18–24-month ADT course is
 *     listed as an option (AUA 2024 Part II statement 5 gives no count; 2 is this project's
 *     convention); pN1 always lists it
 * @param petIndicationPsaNgMl PSA above which PSMA PET is indicated at recurrence (EAU: PSA
 *     &gt;0.2 ng/mL when the result will change management)
 * @param decisionDate a fixed decision date, or {@code null} for the automatic rule: the date of
 *     the latest PSMA PET when a treatment started after it (the decision that scan informed),
 *     otherwise the assessment date
 */
public record GuidanceSettings(
    int oligometastaticMaxLesions,
    boolean visceralCanBeOligometastatic,
    int extendedAdtMinFeatures,
    double petIndicationPsaNgMl,
    LocalDate decisionDate) {

  public GuidanceSettings {
    if (oligometastaticMaxLesions < 1) {
      throw new IllegalArgumentException(
          "oligometastaticMaxLesions must be at least 1, got " + oligometastaticMaxLesions);
    }
    if (extendedAdtMinFeatures < 1) {
      throw new IllegalArgumentException(
          "extendedAdtMinFeatures must be at least 1, got " + extendedAdtMinFeatures);
    }
    if (!(petIndicationPsaNgMl > 0)) {
      throw new IllegalArgumentException(
          "petIndicationPsaNgMl must be above 0, got " + petIndicationPsaNgMl);
    }
  }

  public static GuidanceSettings defaults() {
    return new GuidanceSettings(5, false, 2, 0.2, null);
  }

  public GuidanceSettings withOligometastaticMaxLesions(int lesions) {
    return new GuidanceSettings(lesions, visceralCanBeOligometastatic, extendedAdtMinFeatures,
        petIndicationPsaNgMl, decisionDate);
  }

  public GuidanceSettings withDecisionDate(LocalDate date) {
    return new GuidanceSettings(oligometastaticMaxLesions, visceralCanBeOligometastatic,
        extendedAdtMinFeatures, petIndicationPsaNgMl, date);
  }
}

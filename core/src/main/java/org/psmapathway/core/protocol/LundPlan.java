package org.psmapathway.core.protocol;

import java.time.LocalDate;
import java.util.List;
import org.psmapathway.core.record.PsaValue;

/**
 * The plan of the adaptive salvage-RT protocol for one patient.
 *
 * @param patientId record id
 * @param settings the settings used (responder rule and doses)
 * @param rtStart first day of the salvage course
 * @param decisionDate the day of the decision fraction (fraction 25: 50 Gy)
 * @param baseline last PSA on or before the first RT day, or {@code null}
 * @param atDecision the PSA the rule reads at the decision point, or {@code null}
 * @param metric the rule's value (ratio, or k per day), or {@code null} when undetermined
 * @param classification responder, non-responder or undetermined
 * @param classificationRationale the values, the rule and the threshold, and that the threshold
 *     is not from the registry
 * @param petDate the PSMA PET the adaptation is based on, or {@code null}
 * @param petFindings what the PET shows in words
 * @param plan what the protocol does next, in words
 * @param systemicReferral whether the patient is referred for systemic therapy instead of RT
 * @param targets every planned target with EQD2 at α/β 1.5 and 3
 * @param lastFraction the last treatment day of the plan
 * @param schedule PSA measurements: weekly during RT, then 6, 12, 24 and 60 months after
 * @param notes settings that are not from the protocol, and data problems
 */
public record LundPlan(
    String patientId,
    LundSettings settings,
    LocalDate rtStart,
    LocalDate decisionDate,
    PsaValue baseline,
    PsaValue atDecision,
    Double metric,
    PsaResponseClass classification,
    String classificationRationale,
    LocalDate petDate,
    String petFindings,
    String plan,
    boolean systemicReferral,
    List<PlannedTarget> targets,
    int lastFraction,
    List<FollowUpVisit> schedule,
    List<String> notes) {

  public LundPlan {
    targets = List.copyOf(targets);
    schedule = List.copyOf(schedule);
    notes = List.copyOf(notes);
  }
}

package org.psmapathway.core.psa;

import org.psmapathway.core.record.PsaValue;

/**
 * PSA kinetics and event definitions of one patient (clinical-rules.md 2), as built by {@link
 * PsaAssessor}.
 *
 * @param latest the most recent PSA, or {@code null} when none is recorded
 * @param nadir the lowest PSA after the most recent local treatment, or {@code null}
 * @param doublingTime never {@code null}: when none can be computed its status says why
 * @param velocity over the doubling-time values, or {@code null} with fewer than 2 dates
 * @param persistence after prostatectomy only, otherwise {@code null}
 * @param biochemicalRecurrence AUA after prostatectomy, Phoenix after primary radiotherapy without
 *     prostatectomy, otherwise not applicable (definition "none") with the reason
 * @param nccnRecurrence NCCN after prostatectomy, otherwise not applicable
 * @param twoConsecutiveRises two consecutive rises with the settings' interval and threshold
 * @param pcwg3 PCWG3 for the latest ARPI, chemotherapy or radioligand line, or {@code null}
 */
public record PsaAssessment(
    PsaValue latest,
    PsaNadir nadir,
    DoublingTime doublingTime,
    PsaVelocity velocity,
    Persistence persistence,
    RecurrenceResult biochemicalRecurrence,
    RecurrenceResult nccnRecurrence,
    RecurrenceResult twoConsecutiveRises,
    Pcwg3Result pcwg3) {

  /** The findings a recurrence decision needs. */
  public RecurrenceFindings recurrenceFindings() {
    return new RecurrenceFindings(latest, doublingTime, persistence, biochemicalRecurrence,
        twoConsecutiveRises);
  }
}

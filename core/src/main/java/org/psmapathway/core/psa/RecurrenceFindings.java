package org.psmapathway.core.psa;

import org.psmapathway.core.record.PsaValue;

/**
 * The PSA findings a recurrence decision needs (research/clinical-rules.md 6.5 steps 1–2): the
 * latest value, the doubling time, persistence and the two recurrence definitions used after
 * prostatectomy. A subset of {@link PsaAssessment}, computed on its own when a decision is replayed
 * on an earlier date, where PCWG3, NCCN and velocity are not needed.
 */
public record RecurrenceFindings(
    PsaValue latest,
    DoublingTime doublingTime,
    Persistence persistence,
    RecurrenceResult biochemicalRecurrence,
    RecurrenceResult twoConsecutiveRises) {}

package org.psmapathway.core.psa;

import java.util.List;
import java.util.Objects;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PsaValue;

/**
 * Builds a {@link PsaAssessment}: every PSA rule of clinical-rules.md 2 applied to one patient.
 * Stateless and thread-safe; the treatment landmarks are found once and shared by the rules.
 */
public final class PsaAssessor {

  private PsaAssessor() {}

  public static PsaAssessment assess(PatientRecord patient, PsaSettings settings) {
    Objects.requireNonNull(patient, "patient");
    Objects.requireNonNull(settings, "settings");
    PsaHistory h = new PsaHistory(patient);
    List<PsaValue> psa = h.psa;
    PsaValue latest = psa.isEmpty() ? null : psa.get(psa.size() - 1);
    DoublingTime doublingTime = DoublingTimes.select(h, settings);
    RecurrenceResult recurrence = recurrence(h);
    return new PsaAssessment(latest, PsaNadir.of(h), doublingTime, velocity(h, doublingTime,
        settings), h.prostatectomy == null ? null
            : Persistence.afterProstatectomy(h.prostatectomy, psa), recurrence,
        Recurrences.nccn(h), Recurrences.twoConsecutiveRises(h, settings),
        Pcwg3.evaluate(patient, settings));
  }

  /**
   * Only the findings a recurrence decision needs, at a fraction of the cost of {@link #assess}:
   * the same rules on the same landmarks, without PCWG3, NCCN, nadir and velocity.
   */
  public static RecurrenceFindings recurrenceFindings(PatientRecord patient,
      PsaSettings settings) {
    Objects.requireNonNull(patient, "patient");
    Objects.requireNonNull(settings, "settings");
    PsaHistory h = new PsaHistory(patient);
    List<PsaValue> psa = h.psa;
    return new RecurrenceFindings(psa.isEmpty() ? null : psa.get(psa.size() - 1),
        DoublingTimes.select(h, settings), h.prostatectomy == null ? null
            : Persistence.afterProstatectomy(h.prostatectomy, psa), recurrence(h),
        Recurrences.twoConsecutiveRises(h, settings));
  }

  /** AUA after prostatectomy, Phoenix after primary radiotherapy, otherwise not applicable. */
  private static RecurrenceResult recurrence(PsaHistory h) {
    if (h.prostatectomy != null) {
      return Recurrences.aua(h);
    }
    if (h.primaryRadiotherapy != null) {
      return Recurrences.phoenix(h);
    }
    return RecurrenceResult.notApplicable("none", "no prostatectomy or primary"
        + " radiotherapy recorded: neither AUA nor Phoenix applies");
  }

  /**
   * Velocity over the values the doubling time used (Connolly et al. Eur Urol 2007 methods); when
   * the policy selected fewer than 2, over the all-detectable selection (detectable values from the
   * nadir on), so that a velocity is shown even where RTOG declines a doubling time.
   */
  private static PsaVelocity velocity(PsaHistory h, DoublingTime doublingTime,
      PsaSettings settings) {
    PsaVelocity velocity = PsaVelocity.of(doublingTime.valuesUsed());
    if (velocity != null || doublingTime.policy() == DoublingTimePolicy.ALL_DETECTABLE) {
      return velocity;
    }
    return PsaVelocity.of(DoublingTimes.allDetectable(h, settings).valuesUsed());
  }
}

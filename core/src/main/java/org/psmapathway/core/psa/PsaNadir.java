package org.psmapathway.core.psa;

import java.time.LocalDate;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PsaValue;

/**
 * The PSA nadir: the lowest value after the most recent local treatment (prostatectomy, or the end
 * of a primary, adjuvant or salvage radiotherapy course), or the lowest overall when no local
 * treatment is recorded. The nadir the Phoenix definition rises from (Roach et al. IJROBP 2006) and
 * the start of the all-detectable doubling-time window.
 *
 * @param value the lowest value; a below-detection result counts at its detection limit and wins a
 *     tie with an equal measured value; among equal values the latest
 * @param afterTreatment the local treatment it follows, e.g. "prostatectomy on 2020-01-15", or
 *     {@code null} when no local treatment is recorded
 * @param afterDate the date of that treatment (operation day or last day of the course), or null
 */
public record PsaNadir(PsaValue value, String afterTreatment, LocalDate afterDate) {

  /** The nadir of a patient, or {@code null} when no PSA follows the last local treatment. */
  public static PsaNadir of(PatientRecord patient) {
    return of(new PsaHistory(patient));
  }

  static PsaNadir of(PsaHistory history) {
    int index = history.nadirIndex();
    return index < 0 ? null : new PsaNadir(history.psa.get(index), history.localTreatment(),
        history.localTreatmentDate);
  }
}

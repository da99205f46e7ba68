package org.psmapathway.core.psa;

import java.time.LocalDate;
import java.util.List;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PsaValue;
import org.psmapathway.core.text.Dates;

/**
 * PSA persistence after radical prostatectomy (EAU guidelines: the first PSA measured 4–8 weeks
 * after the operation is ≥0.1 ng/mL, i.e. PSA never became undetectable; clinical-rules.md 2.3).
 * The first value at least 28 days after the operation is used; there is no upper limit, because a
 * late first value still shows whether PSA ever fell.
 *
 * @param persistent whether that value is measured and ≥0.1 ng/mL; {@code null} when there is no
 *     such value
 * @param valueUsed the first PSA ≥4 weeks after the operation, or {@code null}
 * @param reason the value, the threshold and the verdict in words
 */
public record Persistence(Boolean persistent, PsaValue valueUsed, String reason) {

  /** Days after the operation before PSA has cleared (EAU: measured 4–8 weeks after RP). */
  static final int CLEARANCE_DAYS = 28;

  private static final double THRESHOLD_NG_ML = 0.1;

  /** Persistence of a patient, or {@code null} without a prostatectomy (the concept needs one). */
  public static Persistence of(PatientRecord patient) {
    return patient.prostatectomy() == null
        ? null : afterProstatectomy(patient.prostatectomy().date(), patient.psa());
  }

  /** Persistence after a prostatectomy on {@code operation}; {@code psa} in chronological order. */
  public static Persistence afterProstatectomy(LocalDate operation, List<PsaValue> psa) {
    LocalDate cleared = operation.plusDays(CLEARANCE_DAYS);
    for (int i = 0; i < psa.size(); i++) {
      PsaValue v = psa.get(i);
      if (!v.date().isBefore(cleared)) {
        boolean persistent = !v.belowDetection() && v.valueNgMl() >= THRESHOLD_NG_ML;
        String verdict = persistent ? "≥0.1 ng/mL: PSA persistence"
            : v.belowDetection() ? "undetectable: no persistence" : "<0.1 ng/mL: no persistence";
        return new Persistence(persistent, v, "first PSA ≥4 weeks after the prostatectomy on "
            + Dates.iso(operation) + " is " + Fmt.psa(v) + ", " + verdict + " (EAU)");
      }
    }
    return new Persistence(null, null,
        "no PSA measured ≥4 weeks after the prostatectomy on " + Dates.iso(operation));
  }
}

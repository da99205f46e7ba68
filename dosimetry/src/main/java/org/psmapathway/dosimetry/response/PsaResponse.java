package org.psmapathway.dosimetry.response;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.psmapathway.core.psa.Pcwg3;
import org.psmapathway.core.psa.Pcwg3Result;
import org.psmapathway.core.psa.PsaSettings;
import org.psmapathway.core.record.PsaValue;

/**
 * The outcome of the seed-002 analysis from a patient's PSA series: PCWG3 PSA50 (Scher et al. JCO
 * 2016) as {@code core} decides it, with cycle 1 as the start of the line of therapy.
 *
 * <ul>
 *   <li>baseline: the last PSA on or before the cycle-1 date;
 *   <li>response (1): a decline ≥50 % from baseline confirmed by the first value measured ≥3
 *       weeks later, itself ≥50 % down;
 *   <li>non-response (0): every other patient with a baseline and an on-therapy value, including
 *       a ≥50 % decline not (yet) confirmed — the series ends before a confirming value, which is
 *       counted as no response rather than guessed;
 *   <li>missing (NaN, row dropped): no baseline, a baseline below detection, or no value after
 *       cycle 1.
 * </ul>
 *
 * <p>The series should end at the response assessment (after cycle 2, about 12 weeks): values
 * after it would let a late response count.
 *
 * @param response 1, 0, or NaN when PCWG3 cannot judge (see above)
 * @param bestChangePercent the waterfall value, lowest (v − baseline)/baseline × 100 over values
 *     after cycle 1; NaN when response is NaN
 * @param pcwg3 core's full result, with its rationale in words
 */
public record PsaResponse(double response, double bestChangePercent, Pcwg3Result pcwg3) {

  /**
   * @param cycle1Date date of the first 177Lu-PSMA administration
   * @param psa the patient's PSA values in any order
   */
  public static PsaResponse of(LocalDate cycle1Date, List<PsaValue> psa) {
    List<PsaValue> sorted = new ArrayList<>(psa);
    sorted.sort(Comparator.comparing(PsaValue::date));
    Pcwg3Result r = Pcwg3.evaluate(cycle1Date, sorted, PsaSettings.defaults());
    if (r.maxChangePercent() == null) {
      return new PsaResponse(Double.NaN, Double.NaN, r);
    }
    return new PsaResponse(r.psa50() ? 1 : 0, r.maxChangePercent(), r);
  }
}

package org.psmapathway.core.psa;

import java.time.LocalDate;
import java.util.List;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PsaValue;

/**
 * Biochemical-recurrence definitions (clinical-rules.md 2.3, 2.4). Each takes the patient's PSA
 * series in chronological order and returns a {@link RecurrenceResult} that names its rule.
 */
public final class Recurrences {

  static final String AUA = "AUA";
  static final String NCCN = "NCCN";
  static final String PHOENIX = "Phoenix";
  static final String TWO_RISES = "two consecutive rises";

  private static final double AUA_NG_ML = 0.2;
  private static final double NCCN_NG_ML = 0.1;
  private static final double PHOENIX_RISE_NG_ML = 2.0;
  private static final String AUA_SOURCE = "AUA, Cookson et al. J Urol 2007";
  private static final String NCCN_SOURCE = "NCCN";
  private static final String PHOENIX_SOURCE = "Phoenix, Roach et al. IJROBP 2006";

  private Recurrences() {}

  /**
   * AUA (Cookson et al. J Urol 2007): after prostatectomy, PSA ≥0.2 ng/mL with a second
   * confirmatory value ≥0.2 ng/mL. The confirmation is the next PSA measured on a later day: a
   * value that falls back below 0.2 in between refutes the first, so the recurrence is not
   * backdated to a blip. Dated at the first value of the confirmed pair. Values up to the operation
   * day are ignored.
   */
  public static RecurrenceResult aua(PatientRecord patient) {
    return aua(new PsaHistory(patient));
  }

  static RecurrenceResult aua(PsaHistory h) {
    if (h.prostatectomy == null) {
      return RecurrenceResult.notApplicable(AUA, "AUA recurrence is defined after prostatectomy;"
          + " no prostatectomy recorded");
    }
    List<PsaValue> psa = h.psa;
    for (int i = h.firstAfter(h.prostatectomy); i < psa.size(); i++) {
      PsaValue first = psa.get(i);
      if (!atLeast(first, AUA_NG_ML)) {
        continue;
      }
      int next = i + 1;
      while (next < psa.size() && psa.get(next).date().equals(first.date())) {
        next++;
      }
      if (next == psa.size()) {
        return RecurrenceResult.notMet(AUA, () -> "PSA " + Fmt.psa(first) + " is ≥0.2 ng/mL after the"
            + " prostatectomy on " + h.prostatectomy + "; awaiting confirmation by a second value"
            + " ≥0.2 ng/mL (" + AUA_SOURCE + ")");
      }
      PsaValue second = psa.get(next);
      if (atLeast(second, AUA_NG_ML)) {
        return RecurrenceResult.met(AUA, first.date(), second.date(), () -> "PSA " + Fmt.psa(first)
            + " confirmed by " + Fmt.psa(second) + ": ≥0.2 ng/mL twice after the prostatectomy on "
            + h.prostatectomy + " (" + AUA_SOURCE + ")");
      }
    }
    return RecurrenceResult.notMet(AUA, () -> "no confirmed PSA ≥0.2 ng/mL after the prostatectomy on "
        + h.prostatectomy + " (" + AUA_SOURCE + ")");
  }

  /**
   * NCCN PSA recurrence after prostatectomy: "detectable PSA that increases on ≥2 subsequent
   * determinations, or rises to &gt;0.1 ng/mL" (clinical-rules.md 2.3). Dated at the first value
   * where either holds: the third of three consecutive rising detectable values, or the first
   * measured value &gt;0.1 ng/mL.
   */
  public static RecurrenceResult nccn(PatientRecord patient) {
    return nccn(new PsaHistory(patient));
  }

  static RecurrenceResult nccn(PsaHistory h) {
    if (h.prostatectomy == null) {
      return RecurrenceResult.notApplicable(NCCN, "NCCN recurrence is defined after"
          + " prostatectomy; no prostatectomy recorded");
    }
    List<PsaValue> psa = h.psa;
    int from = h.firstAfter(h.prostatectomy);
    for (int i = from; i < psa.size(); i++) {
      PsaValue v = psa.get(i);
      if (!v.belowDetection() && v.valueNgMl() > NCCN_NG_ML + PsaHistory.TOLERANCE) {
        return RecurrenceResult.met(NCCN, v.date(), null, () -> "PSA " + Fmt.psa(v)
            + " is >0.1 ng/mL after the prostatectomy on " + h.prostatectomy + " (" + NCCN_SOURCE
            + ")");
      }
      if (i - from >= 2 && risingTriple(h, i, 0, 0)) {
        int last = i;
        return RecurrenceResult.met(NCCN, v.date(), null, () -> "detectable PSA increased on 2"
            + " subsequent determinations: " + triple(psa, last) + " after the prostatectomy on "
            + h.prostatectomy + " (" + NCCN_SOURCE + ")");
      }
    }
    return RecurrenceResult.notMet(NCCN, () -> "no PSA >0.1 ng/mL and no detectable PSA rising on 2"
        + " subsequent determinations after the prostatectomy on " + h.prostatectomy + " ("
        + NCCN_SOURCE + ")");
  }

  /**
   * Phoenix (RTOG-ASTRO, Roach et al. IJROBP 2006), after primary radiotherapy without
   * prostatectomy: failure when PSA ≥ nadir + 2 ng/mL, the nadir being the lowest post-radiotherapy
   * value so far (running nadir; a below-detection result counts at its limit). Dated "at call",
   * the date of that value, not backdated; "with or without hormonal therapy", so values on ADT
   * count.
   */
  public static RecurrenceResult phoenix(PatientRecord patient) {
    return phoenix(new PsaHistory(patient));
  }

  static RecurrenceResult phoenix(PsaHistory h) {
    if (h.prostatectomy != null || h.primaryRadiotherapy == null) {
      return RecurrenceResult.notApplicable(PHOENIX, h.prostatectomy != null
          ? "Phoenix applies after primary radiotherapy without prostatectomy; a prostatectomy is"
              + " recorded"
          : "Phoenix applies after primary radiotherapy; none recorded");
    }
    LocalDate end = PsaHistory.lastDay(h.primaryRadiotherapy);
    List<PsaValue> psa = h.psa;
    PsaValue nadir = null;
    for (int i = h.firstAfter(end); i < psa.size(); i++) {
      PsaValue v = psa.get(i);
      if (nadir != null && !v.belowDetection()
          && v.valueNgMl() >= nadir.valueNgMl() + PHOENIX_RISE_NG_ML - PsaHistory.TOLERANCE) {
        PsaValue low = nadir;
        return RecurrenceResult.met(PHOENIX, v.date(), null, () -> "PSA " + Fmt.psa(v)
            + " is ≥ nadir " + Fmt.psa(low) + " + 2.0 ng/mL after primary radiotherapy ending " + end
            + "; dated at call, not backdated (" + PHOENIX_SOURCE + ")");
      }
      if (nadir == null || v.valueNgMl() <= nadir.valueNgMl()) {
        nadir = v;
      }
    }
    if (nadir == null) {
      return RecurrenceResult.notMet(PHOENIX, () -> "no PSA after primary radiotherapy ending " + end
          + " (" + PHOENIX_SOURCE + ")");
    }
    PsaValue low = nadir;
    return RecurrenceResult.notMet(PHOENIX, () -> "no PSA ≥ nadir " + Fmt.psa(low)
        + " + 2.0 ng/mL after primary radiotherapy ending " + end + " (" + PHOENIX_SOURCE + ")");
  }

  /**
   * Two consecutive rises (clinical-rules.md 2.3, operational): three consecutive detectable
   * values v1 &lt; v2 &lt; v3, each ≥ the settings' interval after the one before (PCWG: ≥1 week),
   * v3 ≥ the settings' threshold; dated at v3. Applies to every patient: after the most recent
   * local treatment when one is recorded, otherwise over the whole series (the same rising-PSA
   * pattern is the PCWG entry criterion on systemic therapy). Values on ADT count.
   */
  public static RecurrenceResult twoConsecutiveRises(PatientRecord patient, PsaSettings settings) {
    return twoConsecutiveRises(new PsaHistory(patient), settings);
  }

  static RecurrenceResult twoConsecutiveRises(PsaHistory h, PsaSettings settings) {
    List<PsaValue> psa = h.psa;
    int from = h.firstAfter(h.localTreatmentDate);
    for (int i = from + 2; i < psa.size(); i++) {
      if (risingTriple(h, i, settings.risingMinimumIntervalDays(),
          settings.risingThresholdNgMl())) {
        int last = i;
        return RecurrenceResult.met(TWO_RISES, psa.get(i).date(), null, () -> "PSA rose twice: "
            + triple(psa, last) + ", each ≥" + settings.risingMinimumIntervalDays()
            + " days apart, last ≥" + Fmt.number(settings.risingThresholdNgMl()) + " ng/mL"
            + scope(h));
      }
    }
    return RecurrenceResult.notMet(TWO_RISES, () -> "no three consecutive rising detectable PSA"
        + " values ≥" + settings.risingMinimumIntervalDays() + " days apart ending ≥"
        + Fmt.number(settings.risingThresholdNgMl()) + " ng/mL" + scope(h));
  }

  /** " after the salvage radiotherapy ending …", or nothing without a local treatment. */
  private static String scope(PsaHistory h) {
    String landmark = h.localTreatment();
    return landmark == null ? "" : " after the " + landmark;
  }

  /** Whether values i-2, i-1, i are detectable, strictly rising, spaced and end ≥ threshold. */
  private static boolean risingTriple(
      PsaHistory h, int i, int minimumIntervalDays, double thresholdNgMl) {
    PsaValue a = h.psa.get(i - 2);
    PsaValue b = h.psa.get(i - 1);
    PsaValue c = h.psa.get(i);
    int interval = Math.max(1, minimumIntervalDays);
    return !a.belowDetection() && !b.belowDetection() && !c.belowDetection()
        && a.valueNgMl() < b.valueNgMl() && b.valueNgMl() < c.valueNgMl()
        && h.day[i - 1] - h.day[i - 2] >= interval && h.day[i] - h.day[i - 1] >= interval
        && c.valueNgMl() >= thresholdNgMl - PsaHistory.TOLERANCE;
  }

  private static String triple(List<PsaValue> psa, int i) {
    return Fmt.psa(psa.get(i - 2)) + " < " + Fmt.psa(psa.get(i - 1)) + " < " + Fmt.psa(psa.get(i));
  }

  private static boolean atLeast(PsaValue v, double thresholdNgMl) {
    return !v.belowDetection() && v.valueNgMl() >= thresholdNgMl - PsaHistory.TOLERANCE;
  }
}

package org.psmapathway.core.psa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.psmapathway.core.record.PsaValue;

/**
 * The RTOG selection of doubling-time values after prostatectomy (RTOG "Calculation of PSA
 * doubling time" page; clinical-rules.md 2.1):
 *
 * <ul>
 *   <li>defined after prostatectomy only; when radiotherapy followed the operation, only values
 *       after the end of the latest such course are candidates (the rise after RP is what RTOG
 *       measures, and radiotherapy resets it);
 *   <li>"if PSA fluctuates back to ≤0.1, start from the last value ≥0.1": the series starts at the
 *       last value ≤0.1 ng/mL when that value is exactly 0.1 and detectable, otherwise just after
 *       it. A below-detection result, and a value on ADT unless the settings keep them, also
 *       restart the series: the values must be consecutive, detectable and unsuppressed. So the
 *       lowest value used is ≥0.1;
 *   <li>values spaced ≥2 months (2 × 30.4375 days) apart: walking back from the latest value, a
 *       value is kept when it is ≥2 months before the last kept one (the most recent rise is the
 *       one that matters), and at least 3 must remain;
 *   <li>one value used must be ≥0.2 ng/mL and ≥6 weeks after the operation.
 * </ul>
 */
final class RtogSelection {

  static final double MINIMUM_SPACING_DAYS = 2 * DoublingTimes.DAYS_PER_MONTH;
  static final int WEEKS_6 = 42;
  private static final double RESTART_NG_ML = 0.1;
  private static final double REQUIRED_NG_ML = 0.2;
  private static final String SOURCE = "RTOG PSA doubling time calculation page";

  private RtogSelection() {}

  static DoublingTime select(PsaHistory h, PsaSettings settings) {
    DoublingTimePolicy policy = DoublingTimePolicy.RTOG;
    if (h.prostatectomy == null) {
      return DoublingTime.insufficient(policy, List.of(),
          "RTOG doubling time is defined after prostatectomy; no prostatectomy recorded");
    }
    LocalDate after = h.prostatectomy;
    String afterText = "prostatectomy on " + after;
    if (h.postProstatectomyRtEnd != null) {
      after = h.postProstatectomyRtEnd;
      afterText = "post-prostatectomy radiotherapy ending " + after;
    }
    int from = h.firstAfter(after);
    if (from == h.psa.size()) {
      return DoublingTime.insufficient(policy, List.of(), "no PSA values after the " + afterText);
    }
    int start = from;
    int restart = -1;
    for (int i = from; i < h.psa.size(); i++) {
      PsaValue v = h.psa.get(i);
      boolean suppressed = settings.excludeValuesOnAdt() && h.onAdt(i);
      if (!PsaHistory.loggable(v) || suppressed
          || v.valueNgMl() <= RESTART_NG_ML + PsaHistory.TOLERANCE) {
        boolean exactlyRestart = PsaHistory.loggable(v) && !suppressed
            && v.valueNgMl() >= RESTART_NG_ML - PsaHistory.TOLERANCE;
        start = exactlyRestart ? i : i + 1;
        restart = i;
      }
    }
    List<PsaValue> used = spaced(h, start);
    if (used.size() < DoublingTimes.MINIMUM_VALUES) {
      return DoublingTime.insufficient(policy, used, "not enough detectable values: "
          + used.size() + " consecutive detectable PSA value" + (used.size() == 1 ? "" : "s")
          + " ≥0.1 ng/mL spaced ≥2 months apart after the " + afterText
          + (restart >= 0 ? ", since " + Fmt.psa(h.psa.get(restart)) : "") + "; at least "
          + DoublingTimes.MINIMUM_VALUES + " are needed (" + SOURCE + ")");
    }
    LocalDate sixWeeks = h.prostatectomy.plusDays(WEEKS_6);
    boolean reached = false;
    for (int i = 0; i < used.size() && !reached; i++) {
      PsaValue v = used.get(i);
      reached = v.valueNgMl() >= REQUIRED_NG_ML - PsaHistory.TOLERANCE
          && !v.date().isBefore(sixWeeks);
    }
    if (!reached) {
      return DoublingTime.insufficient(policy, used, "no PSA ≥0.2 ng/mL at least 6 weeks after"
          + " the prostatectomy among the values used; RTOG requires one (" + SOURCE + ")");
    }
    return DoublingTimes.fit(used, policy);
  }

  /** Values from {@code start} on, thinned from the latest backwards to ≥2 months apart. */
  private static List<PsaValue> spaced(PsaHistory h, int start) {
    List<PsaValue> kept = new ArrayList<>();
    long last = Long.MAX_VALUE;
    for (int i = h.psa.size() - 1; i >= start; i--) {
      if (last == Long.MAX_VALUE || last - h.day[i] >= MINIMUM_SPACING_DAYS) {
        kept.add(h.psa.get(i));
        last = h.day[i];
      }
    }
    // Reverse in place: the fit and the caller expect chronological order.
    for (int i = 0, j = kept.size() - 1; i < j; i++, j--) {
      PsaValue tmp = kept.get(i);
      kept.set(i, kept.get(j));
      kept.set(j, tmp);
    }
    return kept;
  }
}

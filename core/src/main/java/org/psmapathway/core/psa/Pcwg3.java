package org.psmapathway.core.psa;

import java.time.LocalDate;
import java.util.List;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PsaValue;
import org.psmapathway.core.record.Radioligand;

/**
 * PCWG3 PSA response and progression (Scher et al. JCO 2016; clinical-rules.md 2.5):
 *
 * <ul>
 *   <li>PSA50: decline ≥50% from baseline, confirmed by a second value ≥3 weeks later;
 *   <li>progression after a decline: ≥25% and ≥2 ng/mL above the nadir (the lowest on-therapy value
 *       so far), confirmed by a second value ≥3 weeks later; at any time;
 *   <li>progression without a decline: ≥25% and ≥2 ng/mL above baseline, counted from 12 weeks on
 *       ("ignore early rises"), confirmed likewise.
 * </ul>
 *
 * <p>The confirming value is the first one measured ≥3 weeks after the qualifying value; it must
 * still meet the criterion against the same reference. A qualifying value it does not confirm is
 * passed over and the search goes on. Below-detection results count at their detection limit (an
 * upper bound, so a "&lt;x" at or below half the baseline is a ≥50% decline) and never as a rise.
 */
public final class Pcwg3 {

  static final int WEEK_12_DAYS = 84;
  static final String FROM_NADIR = "rise from nadir";
  static final String FROM_BASELINE = "rise from baseline after 12 weeks";
  private static final double PROGRESSION_FACTOR = 1.25;
  private static final double PROGRESSION_NG_ML = 2.0;
  private static final String SOURCE = "PCWG3, Scher et al. JCO 2016";

  private Pcwg3() {}

  /**
   * PCWG3 for the patient's most recent line: the latest start of an ARPI, chemotherapy or
   * radioligand treatment; {@code null} when there is none. Radioligand administrations of one
   * agent form one line, started by the first of them, until another ARPI or chemotherapy starts
   * or an administration is numbered cycle 1.
   */
  public static Pcwg3Result evaluate(PatientRecord patient, PsaSettings settings) {
    TherapyLine line = TherapyLine.current(patient.treatments(), false, null);
    return line == null ? null : evaluate(line.start(), line.name(), patient.psa(), settings);
  }

  /** PCWG3 for a line of therapy that started on {@code therapyStart}; PSA chronological. */
  public static Pcwg3Result evaluate(
      LocalDate therapyStart, List<PsaValue> psa, PsaSettings settings) {
    return evaluate(therapyStart, "therapy", psa, settings);
  }

  static Pcwg3Result evaluate(
      LocalDate start, String therapy, List<PsaValue> psa, PsaSettings settings) {
    int first = 0;
    while (first < psa.size() && !psa.get(first).date().isAfter(start)) {
      first++;
    }
    String line = therapy + " started " + start;
    if (first == 0) {
      return Pcwg3Result.withoutBaseline(start, null, line + "; no PSA on or before that day:"
          + " no baseline (" + SOURCE + ")");
    }
    PsaValue baseline = psa.get(first - 1);
    if (!PsaHistory.loggable(baseline)) {
      return Pcwg3Result.withoutBaseline(start, baseline, line + "; baseline "
          + Fmt.psa(baseline) + " is not measured: percent changes are undefined (" + SOURCE
          + ")");
    }
    if (first == psa.size()) {
      return Pcwg3Result.withoutBaseline(start, baseline, line + "; baseline "
          + Fmt.psa(baseline) + "; no PSA since the start (" + SOURCE + ")");
    }
    double base = baseline.valueNgMl();
    // Days since the start of every value, computed once: the confirmation search revisits them.
    long[] day = new long[psa.size()];
    long startDay = start.toEpochDay();
    for (int i = first; i < day.length; i++) {
      day[i] = psa.get(i).date().toEpochDay() - startDay;
    }
    StringBuilder why = new StringBuilder(256).append(line).append("; baseline ")
        .append(Fmt.psa(baseline));

    double maxChange = Double.POSITIVE_INFINITY;
    int week12 = -1;
    long week12Distance = Long.MAX_VALUE;
    for (int i = first; i < psa.size(); i++) {
      maxChange = Math.min(maxChange, change(psa.get(i), base));
      long distance = Math.abs(day[i] - WEEK_12_DAYS);
      if (distance <= settings.pcwg3Week12WindowDays() && distance < week12Distance) {
        week12 = i;
        week12Distance = distance;
      }
    }
    Double at12Weeks = week12 < 0 ? null : change(psa.get(week12), base);
    why.append("; maximal change ").append(Fmt.percent(maxChange));
    if (at12Weeks != null) {
      why.append("; change at 12 weeks ").append(Fmt.percent(at12Weeks)).append(" (")
          .append(psa.get(week12).date()).append(')');
    }

    int confirmDays = settings.pcwg3ConfirmationDays();
    int psa50 = -1;
    int psa50By = -1;
    for (int i = first; i < psa.size() && psa50 < 0; i++) {
      if (halved(psa.get(i), base)) {
        int j = firstAfterDays(day, i, confirmDays);
        if (j < 0 || halved(psa.get(j), base)) {
          psa50 = i;
          psa50By = j;
        }
      }
    }
    boolean psa50Met = psa50 >= 0 && psa50By >= 0;
    if (psa50Met) {
      why.append("; PSA50: ").append(Fmt.psa(psa.get(psa50))).append(" confirmed by ")
          .append(Fmt.psa(psa.get(psa50By)));
    } else if (psa50 >= 0) {
      why.append("; ≥50% decline ").append(Fmt.psa(psa.get(psa50)))
          .append(", awaiting confirmation by a value ≥").append(confirmDays)
          .append(" days later");
    } else {
      why.append("; no confirmed ≥50% decline");
    }

    int qualifying = -1;
    int confirming = -1;
    String rule = null;
    double nadir = Double.POSITIVE_INFINITY;
    for (int i = first; i < psa.size() && qualifying < 0; i++) {
      PsaValue v = psa.get(i);
      boolean declined = nadir < base;
      double reference = declined ? nadir : base;
      boolean counts = declined || day[i] >= WEEK_12_DAYS;
      if (counts && rises(v, reference)) {
        int j = firstAfterDays(day, i, confirmDays);
        if (j < 0 || rises(psa.get(j), reference)) {
          qualifying = i;
          confirming = j;
          rule = declined ? FROM_NADIR : FROM_BASELINE;
          why.append(j < 0 ? "; possible PSA progression, " : "; PSA progression, ").append(rule)
              .append(" (").append(Fmt.number(reference)).append(" ng/mL): ").append(Fmt.psa(v))
              .append(" is ≥25% and ≥2 ng/mL above it");
          why.append(j < 0 ? ", awaiting confirmation by a value ≥" + confirmDays + " days later"
              : ", confirmed by " + Fmt.psa(psa.get(j)));
        }
      }
      nadir = Math.min(nadir, v.valueNgMl());
    }
    if (qualifying < 0) {
      why.append("; no PSA progression");
    }
    why.append(" (").append(SOURCE).append(')');

    boolean progression = qualifying >= 0 && confirming >= 0;
    return new Pcwg3Result(start, baseline, maxChange, at12Weeks, psa50Met,
        psa50Met ? psa.get(psa50).date() : null, progression,
        progression ? psa.get(qualifying).date() : null, rule, progression,
        progression ? psa.get(confirming).date() : null,
        qualifying >= 0 && !progression ? psa.get(qualifying).date() : null, why.toString());
  }

  private static double change(PsaValue v, double base) {
    return (v.valueNgMl() - base) / base * 100;
  }

  private static boolean halved(PsaValue v, double base) {
    return v.valueNgMl() <= 0.5 * base + PsaHistory.TOLERANCE;
  }

  private static boolean rises(PsaValue v, double reference) {
    return !v.belowDetection()
        && v.valueNgMl() >= PROGRESSION_FACTOR * reference - PsaHistory.TOLERANCE
        && v.valueNgMl() - reference >= PROGRESSION_NG_ML - PsaHistory.TOLERANCE;
  }

  /** Index of the first value ≥ {@code days} after value {@code i}, or -1. */
  private static int firstAfterDays(long[] day, int i, int days) {
    for (int j = i + 1; j < day.length; j++) {
      if (day[j] - day[i] >= days) {
        return j;
      }
    }
    return -1;
  }
}

package org.psmapathway.core.psa;

import java.time.LocalDate;
import java.util.List;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.Prostatectomy;
import org.psmapathway.core.record.PsaValue;
import org.psmapathway.core.record.Radiotherapy;
import org.psmapathway.core.record.RtIntent;
import org.psmapathway.core.record.SystemicClass;
import org.psmapathway.core.record.SystemicTherapy;
import org.psmapathway.core.record.Treatment;

/**
 * The treatment landmarks every PSA rule needs, found once per patient so that each rule is a loop
 * over the PSA list. PSA values are in chronological order (the reader sorts them).
 *
 * <p>A local treatment is the prostatectomy or a radiotherapy course given with primary, adjuvant
 * or salvage intent; its date is the operation day or the last day of the course. A course without
 * an end date (ongoing) is dated by its start, the only day the record knows.
 */
final class PsaHistory {

  /**
   * Slack for threshold comparisons on sums and products (nadir + 2.0, 1.25 × nadir). PSA is
   * reported with at most 3 decimals, so 1e-9 only absorbs binary rounding: 1.2 + 2.0 must equal
   * 3.2.
   */
  static final double TOLERANCE = 1e-9;

  final List<PsaValue> psa;
  /** Epoch day of each PSA value, computed once: every rule compares days between values. */
  final long[] day;
  final LocalDate prostatectomy;
  final LocalDate localTreatmentDate;
  /** The radiotherapy course that is the most recent local treatment; null for the operation. */
  private final Radiotherapy localCourse;
  final Radiotherapy primaryRadiotherapy;
  /** End of the latest radiotherapy course started after the prostatectomy, or null. */
  final LocalDate postProstatectomyRtEnd;
  /**
   * Whether an ADT course runs up to the latest PSA value (no end, or an end on or after it): PSA
   * then rises under castrate testosterone, the castration-resistant setting in which the doubling
   * time is measured on ADT.
   */
  final boolean adtContinuing;
  /** Start of the latest line of systemic therapy (ADT, ARPI, chemotherapy, radioligand). */
  final LocalDate systemicLineStart;
  private final TherapyLine line;
  private final long[] adtFrom;
  private final long[] adtTo;

  PsaHistory(PatientRecord patient) {
    psa = patient.psa();
    day = new long[psa.size()];
    for (int i = 0; i < day.length; i++) {
      day[i] = psa.get(i).date().toEpochDay();
    }
    Prostatectomy rp = patient.prostatectomy();
    prostatectomy = rp == null ? null : rp.date();
    LocalDate localDate = prostatectomy;
    Radiotherapy localRt = null;
    Radiotherapy primary = null;
    LocalDate postRpRt = null;
    List<Treatment> treatments = patient.treatments();
    int adtCount = 0;
    for (int i = 0; i < treatments.size(); i++) {
      Treatment t = treatments.get(i);
      if (t instanceof SystemicTherapy s && s.kind() == SystemicClass.ADT) {
        adtCount++;
      } else if (t instanceof Radiotherapy rt) {
        LocalDate end = lastDay(rt);
        if (rt.intent() == RtIntent.PRIMARY) {
          primary = rt;
        }
        if (isLocalIntent(rt.intent()) && (localDate == null || !end.isBefore(localDate))) {
          localDate = end;
          localRt = rt;
        }
        if (prostatectomy != null && rt.start().isAfter(prostatectomy)
            && (postRpRt == null || end.isAfter(postRpRt))) {
          postRpRt = end;
        }
      }
    }
    localTreatmentDate = localDate;
    localCourse = localRt;
    primaryRadiotherapy = primary;
    postProstatectomyRtEnd = postRpRt;
    adtFrom = new long[adtCount];
    adtTo = new long[adtCount];
    long lastPsa = day.length == 0 ? Long.MIN_VALUE : day[day.length - 1];
    boolean continuing = false;
    int k = 0;
    for (int i = 0; i < treatments.size(); i++) {
      Treatment t = treatments.get(i);
      if (t instanceof SystemicTherapy s && s.kind() == SystemicClass.ADT) {
        adtFrom[k] = s.start().toEpochDay();
        adtTo[k] = s.end() == null ? Long.MAX_VALUE : s.end().toEpochDay();
        continuing |= adtFrom[k] <= lastPsa && adtTo[k] >= lastPsa;
        k++;
      }
    }
    adtContinuing = continuing;
    line = day.length == 0 ? null
        : TherapyLine.current(treatments, true, psa.get(psa.size() - 1).date());
    systemicLineStart = line == null ? null : line.start();
  }

  // The landmarks in words are written when a result quotes them, not for every patient.

  /** The most recent local treatment in words, e.g. "salvage radiotherapy ending 2019-05-01". */
  String localTreatment() {
    if (localCourse != null) {
      return localCourse.intent().code() + " radiotherapy "
          + (localCourse.end() == null ? "started " : "ending ") + localTreatmentDate;
    }
    return prostatectomy == null ? null : "prostatectomy on " + prostatectomy;
  }

  /** The start of the latest line of systemic therapy in words, or null. */
  String systemicLine() {
    return line == null ? null : "start of " + line.name() + " on " + line.start();
  }

  /** Primary, adjuvant and salvage courses treat the prostate or its bed with curative intent. */
  private static boolean isLocalIntent(RtIntent intent) {
    return intent == RtIntent.PRIMARY || intent == RtIntent.ADJUVANT
        || intent == RtIntent.SALVAGE;
  }

  /** Last day of a radiotherapy course, or its start while no end is recorded. */
  static LocalDate lastDay(Radiotherapy course) {
    return course.end() == null ? course.start() : course.end();
  }

  /** Index of the first PSA value strictly after {@code date}; 0 for null, size() if none. */
  int firstAfter(LocalDate date) {
    if (date == null) {
      return 0;
    }
    int i = 0;
    while (i < psa.size() && !psa.get(i).date().isAfter(date)) {
      i++;
    }
    return i;
  }

  /**
   * Index of the nadir: the lowest value after the most recent local treatment (over all values
   * without one), or -1 when there is none. A below-detection result counts at its detection limit
   * and wins a tie with an equal detectable value; among equal values the latest wins, so that the
   * kinetics that follow start where PSA last stood at its lowest.
   */
  int nadirIndex() {
    return nadirIndexAfter(localTreatmentDate);
  }

  /** Index of the lowest value after {@code date} (ties as {@link #nadirIndex()}), or -1. */
  int nadirIndexAfter(LocalDate date) {
    int best = -1;
    for (int i = firstAfter(date); i < psa.size(); i++) {
      if (best < 0 || lowerOrEqual(psa.get(i), psa.get(best))) {
        best = i;
      }
    }
    return best;
  }

  private static boolean lowerOrEqual(PsaValue candidate, PsaValue best) {
    if (candidate.valueNgMl() != best.valueNgMl()) {
      return candidate.valueNgMl() < best.valueNgMl();
    }
    return candidate.belowDetection() || !best.belowDetection();
  }

  /** Whether ADT was being given when PSA value {@code index} was drawn (ongoing ADT counts). */
  boolean onAdt(int index) {
    long d = day[index];
    for (int i = 0; i < adtFrom.length; i++) {
      if (d >= adtFrom[i] && d <= adtTo[i]) {
        return true;
      }
    }
    return false;
  }

  /** Whether value {@code index} was drawn during an ADT course that ended before the latest PSA. */
  boolean onCompletedAdt(int index) {
    long d = day[index];
    long lastPsa = day[day.length - 1];
    for (int i = 0; i < adtFrom.length; i++) {
      if (d >= adtFrom[i] && d <= adtTo[i] && adtTo[i] < lastPsa) {
        return true;
      }
    }
    return false;
  }

  /** A value whose logarithm exists: measured (not "&lt;x") and above zero. */
  static boolean loggable(PsaValue value) {
    return !value.belowDetection() && value.valueNgMl() > 0;
  }
}

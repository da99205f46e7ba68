package org.psmapathway.core.psa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PsaValue;

/**
 * PSA doubling time: the log-linear fit ({@link #fit}) and the policies that select the values it
 * is fitted to ({@link #select}).
 *
 * <p>Duplicate dates: the reader accepts two results on one day (a repeat draw), so they reach this
 * class. They are merged into one point at the mean of their logarithms (their geometric mean):
 * a repeat draw must not count twice in the fit or towards the minimum number of values.
 */
public final class DoublingTimes {

  /** Days per month: 365.25 / 12 (clinical-rules.md 2.1). */
  static final double DAYS_PER_MONTH = 365.25 / 12;

  /** Minimum number of values on distinct dates (Arlen et al. J Urol 2008; RTOG page). */
  static final int MINIMUM_VALUES = 3;

  private static final double LN2 = Math.log(2);
  private static final String PSAWG = "PSA Working Group, Arlen et al. J Urol 2008";

  private DoublingTimes() {}

  /** {@link #fit(List, DoublingTimePolicy)} without a policy label. */
  public static DoublingTime fit(List<PsaValue> values) {
    return fit(values, null);
  }

  /**
   * Fits ln(PSA) = a + k·t by ordinary least squares, t in days since the first value, and returns
   * ln 2 / k in months of 365.25 / 12 days (MSKCC-calculator formula, clinical-rules.md 2.1). No
   * selection: every detectable value is fitted; below-detection and zero values are left out
   * because their logarithm does not exist (RTOG page: detectable values only).
   *
   * <p>k ≤ 0 gives {@code NOT_RISING}, fewer than 2 dates {@code INSUFFICIENT_DATA}: a doubling
   * time is never negative or infinite. Values may come in any order.
   *
   * @param policy label stored in the result ({@code null} when no policy selected the values)
   */
  public static DoublingTime fit(List<PsaValue> values, DoublingTimePolicy policy) {
    List<PsaValue> used = new ArrayList<>(values.size());
    boolean sorted = true;
    for (int i = 0; i < values.size(); i++) {
      PsaValue v = values.get(i);
      if (PsaHistory.loggable(v)) {
        sorted &= used.isEmpty() || !v.date().isBefore(used.get(used.size() - 1).date());
        used.add(v);
      }
    }
    if (!sorted) {
      used.sort(Comparator.comparing(PsaValue::date));
    }
    int n = used.size();
    if (n == 0) {
      return DoublingTime.insufficient(policy, used, "no detectable PSA values to fit");
    }
    // Logarithms of ratios to the first value: the fit is then exactly invariant to the unit
    // (scaling every value) and free of the cancellation of subtracting large logarithms.
    double first = used.get(0).valueNgMl();
    long[] days = new long[n];
    for (int i = 0; i < n; i++) {
      days[i] = used.get(i).date().toEpochDay();
    }
    double[] x = new double[n];
    double[] y = new double[n];
    int points = 0;
    for (int i = 0; i < n; ) {
      long day = days[i];
      double sum = 0;
      int count = 0;
      for (; i < n && days[i] == day; i++, count++) {
        sum += Math.log(used.get(i).valueNgMl() / first);
      }
      x[points] = day - days[0];
      y[points] = sum / count;
      points++;
    }
    if (points < 2) {
      return DoublingTime.insufficient(policy, used, n + " detectable PSA value"
          + (n == 1 ? "" : "s") + " on one date (" + used.get(0).date()
          + "); a log-linear fit needs values on at least 2 dates");
    }
    return regress(x, y, points, used, policy);
  }

  private static DoublingTime regress(
      double[] x, double[] y, int n, List<PsaValue> used, DoublingTimePolicy policy) {
    double meanX = 0;
    double meanY = 0;
    for (int i = 0; i < n; i++) {
      meanX += x[i];
      meanY += y[i];
    }
    meanX /= n;
    meanY /= n;
    double sxx = 0;
    double sxy = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - meanX;
      double dy = y[i] - meanY;
      sxx += dx * dx;
      sxy += dx * dy;
      syy += dy * dy;
    }
    double slope = sxy / sxx;
    // Constant PSA: the horizontal line passes through every point, nothing is left unexplained.
    double rSquared = syy == 0 ? 1.0 : Math.min(1.0, sxy * sxy / (sxx * syy));
    double months = LN2 / slope / DAYS_PER_MONTH;
    if (!(slope > 0) || !Double.isFinite(months)) {
      return new DoublingTime(DoublingTimeStatus.NOT_RISING, policy, null, slope, rSquared, used,
          "PSA is not rising over the " + used.size() + " values from " + used.get(0).date()
              + " to " + used.get(used.size() - 1).date()
              + " (log-linear slope ≤ 0): a doubling time is not calculable");
    }
    return new DoublingTime(DoublingTimeStatus.OK, policy, months, slope, rSquared, used, null);
  }

  /** The doubling time of a patient under {@code settings}' policy. */
  public static DoublingTime select(PatientRecord patient, PsaSettings settings) {
    return select(new PsaHistory(patient), settings);
  }

  static DoublingTime select(PsaHistory history, PsaSettings settings) {
    return switch (settings.doublingTimePolicy()) {
      case ALL_DETECTABLE -> allDetectable(history, settings);
      case RTOG -> RtogSelection.select(history, settings);
    };
  }

  /**
   * {@link DoublingTimePolicy#ALL_DETECTABLE}: detectable values from the nadir after the most
   * recent local treatment onwards (the nadir itself included when detectable), at least 3 dates
   * (Arlen et al. J Urol 2008). Values drawn on ADT are left out: PSA under suppressed testosterone
   * says nothing about the tumour's growth off treatment (clinical-rules.md 2.1).
   *
   * <p>When ADT continues up to the latest value, the disease is rising or responding on castrate
   * testosterone, and the current kinetics are those on ADT (PCWG3 pre-treatment PSADT, Scher et
   * al. JCO 2016; nmCRPC trial entry such as PROSPER and SPARTAN): the window then starts at the
   * nadir after the start of the current line of systemic therapy and keeps the values on that
   * ADT. If that window holds too few values for a fit while the window before ADT gives a doubling
   * time, the latter is reported; its dates show which period it describes.
   */
  static DoublingTime allDetectable(PsaHistory h, PsaSettings settings) {
    if (h.psa.isEmpty()) {
      return DoublingTime.insufficient(DoublingTimePolicy.ALL_DETECTABLE, List.of(),
          "no PSA values");
    }
    DoublingTime beforeAdt =
        window(h, settings, h.localTreatmentDate, h.localTreatment(), false);
    if (!h.adtContinuing || h.systemicLineStart == null || !settings.excludeValuesOnAdt()
        || (h.localTreatmentDate != null && !h.systemicLineStart.isAfter(h.localTreatmentDate))) {
      return beforeAdt;
    }
    DoublingTime onAdt = window(h, settings, h.systemicLineStart, h.systemicLine(), true);
    if (onAdt.status() == DoublingTimeStatus.INSUFFICIENT_DATA
        && beforeAdt.status() == DoublingTimeStatus.OK) {
      return beforeAdt;
    }
    return onAdt;
  }

  /**
   * Detectable values from the nadir after {@code anchor}; values on ADT left out when the settings
   * say so, except those on the continuing ADT when {@code keepContinuingAdt}.
   */
  private static DoublingTime window(PsaHistory h, PsaSettings settings, LocalDate anchor,
      String anchorLabel, boolean keepContinuingAdt) {
    DoublingTimePolicy policy = DoublingTimePolicy.ALL_DETECTABLE;
    int nadir = h.nadirIndexAfter(anchor);
    if (nadir < 0) {
      return DoublingTime.insufficient(policy, List.of(), "no PSA values after the " + anchorLabel);
    }
    List<PsaValue> used = new ArrayList<>(h.psa.size() - nadir);
    int belowDetection = 0;
    int onAdt = 0;
    for (int i = nadir; i < h.psa.size(); i++) {
      PsaValue v = h.psa.get(i);
      if (!PsaHistory.loggable(v)) {
        belowDetection++;
      } else if (settings.excludeValuesOnAdt()
          && (keepContinuingAdt ? h.onCompletedAdt(i) : h.onAdt(i))) {
        onAdt++;
      } else {
        used.add(v);
      }
    }
    int dates = distinctDates(used);
    if (dates < MINIMUM_VALUES) {
      return DoublingTime.insufficient(policy, used, dates + " date" + (dates == 1 ? "" : "s")
          + " with a detectable PSA from the nadir (" + Fmt.psa(h.psa.get(nadir)) + ")"
          + (anchorLabel == null ? "" : " after the " + anchorLabel)
          + excluded(belowDetection, onAdt) + "; at least " + MINIMUM_VALUES
          + " are needed (" + PSAWG + ")");
    }
    return fit(used, policy);
  }

  private static String excluded(int belowDetection, int onAdt) {
    if (belowDetection == 0 && onAdt == 0) {
      return "";
    }
    return " (left out: " + (belowDetection > 0 ? belowDetection + " below detection" : "")
        + (belowDetection > 0 && onAdt > 0 ? ", " : "")
        + (onAdt > 0 ? onAdt + " measured on ADT" : "") + ")";
  }

  /** Number of distinct dates in a chronological list. */
  static int distinctDates(List<PsaValue> values) {
    int dates = 0;
    for (int i = 0; i < values.size(); i++) {
      if (i == 0 || !values.get(i).date().equals(values.get(i - 1).date())) {
        dates++;
      }
    }
    return dates;
  }
}

package org.psmapathway.core.psa;

import java.util.List;
import org.psmapathway.core.record.PsaValue;

/**
 * PSA velocity in ng/mL per year (years of 365.25 days) by the three methods compared by Connolly
 * et al. (Eur Urol 2007;52:1044), as implemented in {@code zx8754/PSA_Velocity}
 * (clinical-rules.md 2.2). Two results on one day are merged into their mean.
 *
 * @param regressionNgMlPerYear slope of the least-squares line of PSA on time (the default method)
 * @param firstLastNgMlPerYear (last − first) / (time between them)
 * @param meanOfSuccessiveRatesNgMlPerYear arithmetic mean of ΔPSA/Δt over consecutive pairs
 * @param valuesUsed number of detectable values the velocity was computed from
 */
public record PsaVelocity(
    double regressionNgMlPerYear,
    double firstLastNgMlPerYear,
    double meanOfSuccessiveRatesNgMlPerYear,
    int valuesUsed) {

  private static final double DAYS_PER_YEAR = 365.25;

  /**
   * The velocity of the detectable values in {@code values} (chronological order), or {@code null}
   * when they fall on fewer than 2 dates. Below-detection results are left out: their value is a
   * detection limit, not a measurement.
   */
  public static PsaVelocity of(List<PsaValue> values) {
    int n = values.size();
    long[] days = new long[n];
    for (int i = 0; i < n; i++) {
      days[i] = values.get(i).date().toEpochDay();
    }
    double[] x = new double[n];
    double[] y = new double[n];
    int points = 0;
    int used = 0;
    long day0 = 0;
    for (int i = 0; i < n; ) {
      PsaValue v = values.get(i);
      if (v.belowDetection()) {
        i++;
        continue;
      }
      long day = days[i];
      if (points == 0) {
        day0 = day;
      }
      double sum = 0;
      int count = 0;
      for (; i < n && days[i] == day; i++) {
        if (!values.get(i).belowDetection()) {
          sum += values.get(i).valueNgMl();
          count++;
        }
      }
      x[points] = day - day0;
      y[points] = sum / count;
      points++;
      used += count;
    }
    if (points < 2) {
      return null;
    }
    double meanX = 0;
    double meanY = 0;
    double successive = 0;
    for (int i = 0; i < points; i++) {
      meanX += x[i];
      meanY += y[i];
      if (i > 0) {
        successive += (y[i] - y[i - 1]) / (x[i] - x[i - 1]);
      }
    }
    meanX /= points;
    meanY /= points;
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < points; i++) {
      sxx += (x[i] - meanX) * (x[i] - meanX);
      sxy += (x[i] - meanX) * (y[i] - meanY);
    }
    double firstLast = (y[points - 1] - y[0]) / (x[points - 1] - x[0]);
    return new PsaVelocity(sxy / sxx * DAYS_PER_YEAR, firstLast * DAYS_PER_YEAR,
        successive / (points - 1) * DAYS_PER_YEAR, used);
  }
}

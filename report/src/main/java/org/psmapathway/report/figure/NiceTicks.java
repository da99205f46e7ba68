package org.psmapathway.report.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Tick positions a reader expects: on a linear axis multiples of 1, 2 or 5 × 10ⁿ (Heckbert,
 * "Nice numbers for graph labels", Graphics Gems 1990); on a log axis the 1–2–5 series
 * (0.1, 0.2, 0.5, 1, 2, 5, …), refined to 1–1.5–2–3–5–7 or finer when the range is narrow, as
 * forest plots of hazard ratios usually show.
 */
public final class NiceTicks {

  private static final double[][] LOG_MANTISSAS = {
      {1, 2, 5},
      {1, 1.5, 2, 3, 5, 7},
      {1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9}};

  private NiceTicks() {}

  /** A nice step for about {@code target} intervals over [min, max]. */
  public static double linearStep(double min, double max, int target) {
    double range = nice(max - min, false);
    return nice(range / Math.max(1, target - 1), true);
  }

  /** Ticks covering [min, max] with a nice step: the first ≤ min, the last ≥ max. */
  public static List<Double> linear(double min, double max, int target) {
    if (!(max > min)) {
      max = min + 1;
    }
    double step = linearStep(min, max, target);
    double first = Math.floor(min / step) * step;
    double last = Math.ceil(max / step) * step;
    List<Double> ticks = new ArrayList<>();
    for (int i = 0; first + i * step <= last + step * 1e-9; i++) {
      ticks.add(round(first + i * step, step));
    }
    return ticks;
  }

  /**
   * Ticks of the coarsest series that gives at least 4 ticks from the largest tick ≤ min to the
   * smallest tick ≥ max (so both ends of the axis carry a label).
   */
  public static List<Double> log(double min, double max) {
    if (!(min > 0) || !(max > min) || !Double.isFinite(max)) {
      throw new IllegalArgumentException("a log axis needs 0 < min < max, got " + min + ", " + max);
    }
    List<Double> ticks = List.of();
    for (double[] mantissas : LOG_MANTISSAS) {
      ticks = enclosing(logSeries(min / 10, max * 10, mantissas), min, max);
      if (ticks.size() >= 4) {
        break;
      }
    }
    return ticks;
  }

  private static List<Double> enclosing(List<Double> series, double min, double max) {
    int first = 0;
    int last = series.size() - 1;
    for (int i = 0; i < series.size(); i++) {
      if (series.get(i) <= min * (1 + 1e-9)) {
        first = i;
      }
    }
    for (int i = series.size() - 1; i >= 0; i--) {
      if (series.get(i) >= max * (1 - 1e-9)) {
        last = i;
      }
    }
    return series.subList(first, last + 1);
  }

  private static List<Double> logSeries(double min, double max, double[] mantissas) {
    List<Double> ticks = new ArrayList<>();
    int lo = (int) Math.floor(Math.log10(min));
    int hi = (int) Math.ceil(Math.log10(max));
    for (int e = lo; e <= hi; e++) {
      for (double m : mantissas) {
        ticks.add(new BigDecimal(m).scaleByPowerOfTen(e).doubleValue());
      }
    }
    return ticks;
  }

  /** Heckbert's nice number: 1, 2, 5 or 10 × 10ⁿ, rounded or ceiled. */
  static double nice(double x, boolean round) {
    double exp = Math.floor(Math.log10(x));
    double f = x / Math.pow(10, exp);
    double nf;
    if (round) {
      nf = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
    } else {
      nf = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
    }
    return nf * Math.pow(10, exp);
  }

  /** Removes floating-point noise (0.30000000000000004 → 0.3) at the step's precision. */
  private static double round(double x, double step) {
    int decimals = Math.max(0, (int) -Math.floor(Math.log10(step)) + 1);
    return new BigDecimal(x).setScale(decimals, java.math.RoundingMode.HALF_EVEN).doubleValue();
  }

  /** A tick label without trailing zeros: 0.5, 1, 2.5, 10. */
  public static String label(double x) {
    if (x == 0) {
      return "0";
    }
    return new BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString();
  }
}

package org.psmapathway.core.psa;

import org.psmapathway.core.record.PsaValue;

/**
 * Number and value wording for reasons and rationales. Plain concatenation rather than {@code
 * String.format}, and a fast path for numbers of at most 3 decimals: a rationale is built for every
 * assessment, and formatting was the largest cost of a batch assessment.
 */
final class Fmt {

  private Fmt() {}

  /** "0.2 ng/mL on 2024-01-01", or "&lt;0.1 ng/mL on …" for a below-detection result. */
  static String psa(PsaValue value) {
    return ng(value) + " on " + value.date();
  }

  /** "0.2 ng/mL", or "&lt;0.1 ng/mL" for a below-detection result. */
  static String ng(PsaValue value) {
    return (value.belowDetection() ? "<" : "") + number(value.valueNgMl()) + " ng/mL";
  }

  /** A percentage rounded to one decimal with its sign, e.g. "+55.0%", "-60.0%". */
  static String percent(double percent) {
    double rounded = Math.round(percent * 10) / 10.0;
    return (rounded > 0 ? "+" : "") + number(rounded == 0 ? 0.0 : rounded) + "%";
  }

  /**
   * The same text as {@link Double#toString(double)}. A value that is exactly the double nearest
   * to a decimal with at most 3 decimals, between 0.001 and 10^7 (where {@code toString} uses
   * plain notation), is written from that decimal with integer arithmetic: two such decimals never
   * share a double, so it is also the shortest text {@code toString} would choose.
   */
  static String number(double value) {
    double abs = Math.abs(value);
    if (abs >= 1e-3 && abs < 1e7) {
      long thousandths = Math.round(abs * 1000);
      if (thousandths / 1000.0 == abs) {
        long whole = thousandths / 1000;
        int fraction = (int) (thousandths % 1000);
        String decimals = fraction == 0 ? "0"
            : fraction % 100 == 0 ? Integer.toString(fraction / 100)
            : fraction % 10 == 0 ? (fraction < 100 ? "0" : "") + fraction / 10
            : (fraction < 10 ? "00" : fraction < 100 ? "0" : "") + fraction;
        return (value < 0 ? "-" : "") + whole + "." + decimals;
      }
    }
    return Double.toString(value);
  }
}

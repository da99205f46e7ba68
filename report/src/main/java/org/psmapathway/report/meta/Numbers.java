package org.psmapathway.report.meta;

import java.util.Locale;

/** Number formats of the meta-analysis figures (Cochrane Handbook / RevMan conventions). */
final class Numbers {

  private Numbers() {}

  /** Effects and bounds: two decimals; "−" is a true minus sign. */
  static String effect(double x) {
    return fixed(x, 2);
  }

  static String fixed(double x, int decimals) {
    if (Double.isNaN(x)) {
      return "NA";
    }
    String s = String.format(Locale.ROOT, "%." + decimals + "f", x);
    return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
  }

  /** "0.46 [0.22, 0.99]". */
  static String withInterval(double estimate, double lower, double upper) {
    return effect(estimate) + " [" + effect(lower) + ", " + effect(upper) + "]";
  }

  /** P values as journals print them: "p = 0.03", "p = 0.002", "p < 0.001". */
  static String p(double p) {
    if (Double.isNaN(p)) {
      return "p = NA";
    }
    if (p < 0.001) {
      return "p < 0.001";
    }
    return "p = " + (p < 0.01 ? fixed(p, 3) : fixed(p, 2));
  }

  /** Weights in percent with one decimal. */
  static String percent(double x) {
    return fixed(x, 1) + "%";
  }
}

package org.psmapathway.app;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers in text output the way R prints them: significant digits without trailing zeros,
 * {@code NA} for NaN, {@code Inf}, and p-values as {@code format.pval} writes them ({@code <2e-16}
 * below R's machine-epsilon floor).
 */
final class RFormat {

  /** .Machine$double.eps, format.pval's default eps. */
  private static final double EPS = Math.ulp(1.0);

  private RFormat() {}

  /** {@code signif(v, digits)} as R prints it: 1.5, 0.000123, 1.23e-07, NA, Inf. */
  static String signif(double v, int digits) {
    if (Double.isNaN(v)) {
      return "NA";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "Inf" : "-Inf";
    }
    if (v == 0) {
      return "0";
    }
    String s = String.format(Locale.ROOT, "%." + digits + "g", v);
    int e = s.indexOf('e');
    String mantissa = e < 0 ? s : s.substring(0, e);
    if (mantissa.contains(".")) {
      mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    if (e < 0) {
      return mantissa;
    }
    int exponent = Integer.parseInt(s.substring(e + 1));
    return mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d",
        Math.abs(exponent));
  }

  /** format.pval(p, digits): {@code <2e-16} below machine epsilon. */
  static String pValue(double p, int digits) {
    if (!Double.isNaN(p) && p < EPS) {
      return "<2e-16";
    }
    return signif(p, digits);
  }

  /**
   * A column of numbers with common decimals, as R's {@code format()} of a numeric vector: enough
   * decimals that every value shows at least {@code digits} significant digits, but no more than
   * the values need (R's formatReal). When that would take more than 8 decimals (a tiny value),
   * each value is written with {@code signif} instead, as R then switches to scientific notation.
   */
  static String[] column(double[] xs, int digits) {
    int decimals = 0;
    for (double x : xs) {
      if (Double.isFinite(x) && x != 0) {
        BigDecimal r = new BigDecimal(x).round(new MathContext(digits, RoundingMode.HALF_EVEN))
            .stripTrailingZeros();
        decimals = Math.max(decimals, r.scale());
      }
    }
    String[] out = new String[xs.length];
    for (int i = 0; i < xs.length; i++) {
      double x = xs[i];
      if (!Double.isFinite(x) || decimals > 8) {
        out[i] = signif(x, digits);
      } else {
        out[i] = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
      }
    }
    return out;
  }

  /** Right-aligns {@code s} in {@code width} characters. */
  static String right(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }

  /** Left-aligns {@code s} in {@code width} characters. */
  static String left(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}

package org.psmapathway.app.survival;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Numbers and tables laid out as R's {@code print} lays them out, so that text output can be put
 * next to R's and read line by line. A numeric column is formatted as R's {@code formatReal} does
 * for a vector: enough decimals that every value shows {@code digits} significant digits (trailing
 * zeros dropped), the same decimals for the whole column, and scientific notation when that is
 * narrower than fixed (R's {@code scipen = 0}). NA and NaN print as {@code NA}.
 */
public final class RPrint {

  private RPrint() {}

  /** R's {@code format(x, digits = digits)} of a numeric vector. */
  public static String[] column(double[] x, int digits) {
    int decimals = 0;
    int sigMax = 1;
    int fixedWidth = 0;
    int sciWidth = 0;
    boolean any = false;
    for (double v : x) {
      if (!Double.isFinite(v)) {
        continue;
      }
      any = true;
      BigDecimal r = round(v, digits);
      int sig = r.signum() == 0 ? 1 : r.precision();
      decimals = Math.max(decimals, Math.max(0, r.scale()));
      sigMax = Math.max(sigMax, sig);
    }
    if (!any) {
      String[] out = new String[x.length];
      for (int i = 0; i < x.length; i++) {
        out[i] = label(x[i]);
      }
      return out;
    }
    for (double v : x) {
      if (Double.isFinite(v)) {
        fixedWidth = Math.max(fixedWidth, fixed(v, decimals).length());
        sciWidth = Math.max(sciWidth, sci(v, sigMax - 1).length());
      }
    }
    boolean useSci = fixedWidth > sciWidth;
    String[] out = new String[x.length];
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      out[i] = !Double.isFinite(v) ? label(v) : useSci ? sci(v, sigMax - 1) : fixed(v, decimals);
    }
    return out;
  }

  /** One number as R's {@code format(x, digits = digits)}. */
  public static String number(double x, int digits) {
    return column(new double[] {x}, digits)[0];
  }

  /** Integers (counts) as text. */
  public static String[] integers(int[] x) {
    String[] out = new String[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = Integer.toString(x[i]);
    }
    return out;
  }

  /**
   * R's {@code format.pval(p, digits)}: values below machine epsilon as {@code <2e-16}, others
   * with {@code digits} significant digits.
   */
  public static String pValue(double p, int digits) {
    if (Double.isNaN(p)) {
      return "NA";
    }
    double eps = Math.ulp(1.0);
    if (p < eps) {
      return "<" + number(eps, digits);
    }
    return number(p, digits);
  }

  /**
   * A matrix as {@code print(matrix)}: row names left-aligned, every column right-aligned under
   * its header, one space between columns.
   */
  public static String table(List<String> rowNames, List<String> headers, List<String[]> columns) {
    int nameWidth = 0;
    for (String r : rowNames) {
      nameWidth = Math.max(nameWidth, r.length());
    }
    int[] widths = new int[headers.size()];
    for (int c = 0; c < headers.size(); c++) {
      widths[c] = headers.get(c).length();
      for (String s : columns.get(c)) {
        widths[c] = Math.max(widths[c], s.length());
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append(" ".repeat(nameWidth));
    for (int c = 0; c < headers.size(); c++) {
      sb.append(' ').append(pad(headers.get(c), widths[c]));
    }
    sb.append('\n');
    for (int r = 0; r < rowNames.size(); r++) {
      sb.append(rowNames.get(r)).append(" ".repeat(nameWidth - rowNames.get(r).length()));
      for (int c = 0; c < headers.size(); c++) {
        sb.append(' ').append(pad(columns.get(c)[r], widths[c]));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String pad(String s, int width) {
    return " ".repeat(Math.max(0, width - s.length())) + s;
  }

  private static BigDecimal round(double v, int digits) {
    BigDecimal r = new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_EVEN));
    r = r.stripTrailingZeros();
    return r;
  }

  private static String fixed(double v, int decimals) {
    return new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** R's scientific form: mantissa with {@code decimals} decimals, exponent with sign and 2 digits. */
  private static String sci(double v, int decimals) {
    String s = String.format(Locale.ROOT, "%." + decimals + "e", v);
    int e = s.indexOf('e');
    String mantissa = s.substring(0, e);
    int exp = Integer.parseInt(s.substring(e + 1));
    return mantissa + "e" + (exp < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d",
        Math.abs(exp));
  }

  private static String label(double v) {
    if (Double.isNaN(v)) {
      return "NA";
    }
    return v > 0 ? "Inf" : "-Inf";
  }
}

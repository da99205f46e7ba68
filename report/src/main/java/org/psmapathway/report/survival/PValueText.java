package org.psmapathway.report.survival;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * P values as clinical journals print them (NEJM, Lancet and JCO author instructions): below 0.001
 * as {@code P<0.001}; below 0.01 with 3 decimals, otherwise with 2 (P = 0.04, P = 0.003); never
 * {@code P = 0} or {@code P = 1.00} (shown as P>0.99).
 */
public final class PValueText {

  private PValueText() {}

  /** {@code "P<0.001"}, {@code "P = 0.003"}, {@code "P = 0.27"}, {@code "P>0.99"}; "P = NA" for NaN. */
  public static String of(double p) {
    if (Double.isNaN(p)) {
      return "P = NA";
    }
    if (p < 0.001) {
      return "P<0.001";
    }
    if (p > 0.99) {
      return "P>0.99";
    }
    int decimals = p < 0.01 ? 3 : 2;
    BigDecimal r = new BigDecimal(p).round(new MathContext(15)).setScale(decimals,
        RoundingMode.HALF_UP);
    return "P = " + r.toPlainString();
  }
}

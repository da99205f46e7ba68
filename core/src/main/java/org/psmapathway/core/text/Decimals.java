package org.psmapathway.core.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as the rationales write them. Every assessment builds dozens of reasons, and {@code
 * String.format} (a pattern parse and a locale lookup per call) and {@code Double.toString} were
 * the largest cost of assessing a cohort; these give the same text with integer arithmetic in the
 * common cases and fall back to the exact library routine otherwise.
 */
public final class Decimals {

  private static final long[] POWERS = {1, 10, 100, 1000, 10_000, 100_000, 1_000_000};

  private Decimals() {}

  /**
   * The same text as {@link Double#toString(double)}. A value that is exactly the double nearest
   * to a decimal with at most 3 decimals, between 0.001 and 10^7 (where {@code toString} uses
   * plain notation), is written from that decimal: two such decimals never share a double, so it
   * is also the shortest text {@code toString} would choose.
   */
  public static String plain(double value) {
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

  /** A whole number without ".0" (70, not 70.0); otherwise as {@link #plain}. */
  public static String trimmed(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value) : plain(value);
  }

  /**
   * {@code value} with exactly {@code decimals} decimals (0–6), rounded half-up on its shortest
   * decimal form: the text of {@code String.format(Locale.ROOT, "%.Nf", value)}.
   */
  public static String fixed(double value, int decimals) {
    if (decimals < 0 || decimals >= POWERS.length) {
      throw new IllegalArgumentException("decimals must be 0–6, was " + decimals);
    }
    double scaled = Math.abs(value) * POWERS[decimals];
    double fraction = scaled - Math.floor(scaled);
    if (!Double.isFinite(value) || scaled >= 1e15 || Math.abs(fraction - 0.5) < 1e-6) {
      // near a tie, only the decimal form of the double decides: let BigDecimal read it
      return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
    long units = Math.round(scaled);
    long whole = units / POWERS[decimals];
    StringBuilder s = new StringBuilder(24);
    if (value < 0 && units != 0) {
      s.append('-');
    }
    s.append(whole);
    if (decimals > 0) {
      String digits = Long.toString(units % POWERS[decimals]);
      s.append('.');
      for (int i = digits.length(); i < decimals; i++) {
        s.append('0');
      }
      s.append(digits);
    }
    return s.toString();
  }

  /** With an explicit sign, as {@code "%+.Nf"}: +45.4, -30.0, +0.0. */
  public static String signed(double value, int decimals) {
    String text = fixed(value, decimals);
    return text.startsWith("-") ? text : "+" + text;
  }
}

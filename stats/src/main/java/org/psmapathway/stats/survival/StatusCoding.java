package org.psmapathway.stats.survival;

import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Reads an event-status column the way R's {@code Surv(time, event)} does: a logical column
 * (TRUE/FALSE, T/F) means TRUE = event; a numeric column whose largest value is 2 is taken as
 * 1 = censored, 2 = event (R subtracts 1, {@code survival/R/Surv.R}); otherwise 0 = censored, 1 =
 * event. Where R would turn a value into NA with a warning, this throws and names the row.
 */
public final class StatusCoding {

  private StatusCoding() {
  }

  /** Converts the cells of a status column to 0/1. Cells must not be empty or NA: drop those rows first. */
  public static int[] toEventIndicator(String[] cells) {
    if (cells == null || cells.length == 0) {
      throw new IllegalArgumentException("status: expected at least one value");
    }
    boolean logical = isLogical(cells[0]);
    int[] out = new int[cells.length];
    for (int i = 0; i < cells.length; i++) {
      String c = cells[i] == null ? "" : cells[i].trim();
      if (logical) {
        if (!isLogical(c)) {
          throw new IllegalArgumentException("status[" + i
              + "]: expected TRUE or FALSE like the rows before it, got '" + c + "'");
        }
        out[i] = c.toUpperCase(Locale.ROOT).startsWith("T") ? 1 : 0;
      } else {
        out[i] = parseCode(c, i);
      }
    }
    if (!logical) {
      double[] codes = new double[out.length];
      for (int i = 0; i < out.length; i++) {
        codes[i] = out[i];
      }
      return toEventIndicator(codes, i -> "status[" + i + "]");
    }
    return out;
  }

  /**
   * Converts numeric status codes to 0/1 by R's rule: when the largest code is 2 the coding is
   * 1 = censored, 2 = event (R subtracts 1), otherwise 0 = censored, 1 = event. The one place this
   * rule lives; {@code coxph} and {@code survfit} columns both go through it.
   *
   * @param where names row i in an error message, e.g. {@code i -> "column 'status' row " + i}
   */
  public static int[] toEventIndicator(double[] codes, IntFunction<String> where) {
    double max = Double.NEGATIVE_INFINITY;
    for (double c : codes) {
      max = Math.max(max, c);
    }
    double shift = max == 2 ? 1 : 0;
    int[] out = new int[codes.length];
    for (int i = 0; i < codes.length; i++) {
      double s = codes[i] - shift;
      if (s != 0 && s != 1) {
        throw new IllegalArgumentException(where.apply(i) + ": expected "
            + (shift == 1 ? "1 (censored) or 2 (event)"
                : "0 (censored) or 1 (event) for 0/1 coding (1/2 coding needs a 2)")
            + ", got '" + text(codes[i]) + "'");
      }
      out[i] = (int) s;
    }
    return out;
  }

  private static String text(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  private static boolean isLogical(String c) {
    String u = c == null ? "" : c.trim().toUpperCase(Locale.ROOT);
    return u.equals("TRUE") || u.equals("FALSE") || u.equals("T") || u.equals("F");
  }

  private static int parseCode(String c, int row) {
    // the usual cells, "0", "1", "2", without a trip through parseDouble (million-row files)
    if (c.length() == 1 && c.charAt(0) >= '0' && c.charAt(0) <= '9') {
      return c.charAt(0) - '0';
    }
    try {
      double v = Double.parseDouble(c);
      if (v != Math.rint(v) || Math.abs(v) > 1e9) {
        throw new NumberFormatException();
      }
      return (int) v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("status[" + row
          + "]: expected 0/1, 1/2 or TRUE/FALSE, got '" + c + "'");
    }
  }
}

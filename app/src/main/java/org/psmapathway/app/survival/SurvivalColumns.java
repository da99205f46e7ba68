package org.psmapathway.app.survival;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.psmapathway.app.table.CsvTable;
import org.psmapathway.stats.survival.StatusCoding;

/**
 * The time and event columns of the survival commands ({@code psma cox}, later {@code km},
 * {@code logrank}), read from a {@link CsvTable} with every bad cell recorded as
 * {@code file:line:column} (thrown by {@link CsvTable#check()}).
 *
 * <p>Event coding as R's {@code Surv(time, event)} (survival/R/Surv.R), implemented by
 * {@link StatusCoding}: 0/1 (1 = event), TRUE/FALSE (TRUE = event), or 1/2 (2 = event) when every
 * value is 1 or 2. An empty cell or {@code NA} is missing (NaN): the row is dropped and counted by
 * the model, not rejected.
 */
public final class SurvivalColumns {

  private static final Pattern ROW = Pattern.compile("^status\\[(\\d+)\\]: (.*)$", Pattern.DOTALL);

  private SurvivalColumns() {}

  /**
   * Follow-up times, NaN where missing. A negative or infinite time is recorded as a problem
   * (R's {@code coxph} stops on negative times; an infinite time is not a follow-up).
   */
  public static double[] times(CsvTable t, String column) {
    double[] x = t.numbers(column);
    if (x == null) {
      return null;
    }
    String[] cells = null;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && !(x[i] >= 0 && Double.isFinite(x[i]))) {
        cells = cells == null ? t.text(column) : cells;
        t.problem(i, column, "column \"" + column + "\": expected a follow-up time >= 0, got "
            + cells[i]);
      }
    }
    return x;
  }

  /**
   * Event indicators as 1 (event), 0 (censored) or NaN (missing). A cell that is neither a number
   * nor TRUE/FALSE, or a code outside the conventions (e.g. 3, or 0 in a 1/2 column), is recorded
   * as a problem naming its line.
   */
  public static double[] events(CsvTable t, String column) {
    double[] numeric = conventionalCodes(t.numbersIfAll(column));
    if (numeric != null) {
      return numeric;
    }
    String[] cells = t.text(column);
    if (cells == null) {
      return null;
    }
    double[] out = new double[cells.length];
    List<Integer> present = new ArrayList<>();
    for (int i = 0; i < cells.length; i++) {
      out[i] = Double.NaN;
      if (cells[i] != null) {
        present.add(i);
      }
    }
    if (present.isEmpty()) {
      t.problem(-1, null, "column \"" + column + "\": every value is missing");
      return out;
    }
    String[] values = new String[present.size()];
    for (int k = 0; k < values.length; k++) {
      values[k] = cells[present.get(k)];
    }
    int[] coded;
    try {
      coded = StatusCoding.toEventIndicator(values);
    } catch (IllegalArgumentException e) {
      Matcher m = ROW.matcher(e.getMessage());
      if (m.matches()) {
        int row = present.get(Integer.parseInt(m.group(1)));
        String why = m.group(2);
        t.problem(row, column, "column \"" + column + "\": " + why + (why.contains("TRUE/FALSE")
            ? "" : " (event codes: 0/1, TRUE/FALSE, or 1/2 when every value is 1 or 2)"));
      } else {
        t.problem(-1, null, "column \"" + column + "\": " + e.getMessage());
      }
      return out;
    }
    for (int k = 0; k < coded.length; k++) {
      out[present.get(k)] = coded[k];
    }
    return out;
  }

  /**
   * The common case without a String per row: every present value 0 or 1, or every present value
   * 1 or 2 (then 2 = event), the codings StatusCoding accepts for numbers. Null for anything else,
   * which the text path then reads (TRUE/FALSE) or reports with StatusCoding's message.
   */
  private static double[] conventionalCodes(double[] x) {
    if (x == null) {
      return null;
    }
    boolean zero = false;
    boolean two = false;
    boolean any = false;
    for (double v : x) {
      if (Double.isNaN(v)) {
        continue;
      }
      any = true;
      if (v == 0) {
        zero = true;
      } else if (v == 2) {
        two = true;
      } else if (v != 1) {
        return null;
      }
    }
    if (!any || (zero && two)) {
      return null;
    }
    if (two) {
      double[] out = x.clone();
      for (int i = 0; i < out.length; i++) {
        out[i] -= 1; // NaN stays NaN
      }
      return out;
    }
    return x;
  }
}

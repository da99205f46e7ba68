package org.psmapathway.app.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.psmapathway.app.table.CsvTable;
import org.psmapathway.stats.survival.GroupCoding;
import org.psmapathway.stats.survival.StatusCoding;

/**
 * The columns of a survival analysis read from a {@link CsvTable}, shared by the commands that
 * take {@code --time}, {@code --event}/{@code --status}, {@code --group} and {@code --strata}
 * ({@code psma km}, {@code logrank}, {@code cif}, and the regression commands).
 *
 * <p>As R's model frame with {@code na.action = na.omit}: a row with a missing value (empty cell or
 * {@code NA}) in any used column is dropped and counted ({@link #dropped()}); every other value
 * must be valid, and each invalid one is reported as {@code file:line:column: message} — all of
 * them at once, through {@link CsvTable#check()}.
 */
public final class SurvivalColumns {

  /** The row reference at the start of a {@code stats} exception message: {@code time[12]: …}. */
  private static final Pattern ROW_MESSAGE = Pattern.compile("^([A-Za-z]+)\\[(\\d+)\\]: (.*)$",
      Pattern.DOTALL);

  private final CsvTable table;
  private final int[] rows;
  private final int dropped;
  /** Text cells of the columns read by {@link #complete}, so each column is read once. */
  private final Map<String, String[]> cells;

  private SurvivalColumns(CsvTable table, int[] rows, int dropped, Map<String, String[]> cells) {
    this.table = table;
    this.rows = rows;
    this.dropped = dropped;
    this.cells = cells;
  }

  /**
   * Keeps the rows with a value in every one of {@code columns} (null entries ignored). Unknown
   * columns are reported (all of them) and thrown as bad input.
   */
  public static SurvivalColumns complete(CsvTable table, String... columns) {
    Map<String, String[]> byName = new HashMap<>();
    List<String[]> cells = new ArrayList<>();
    for (String c : columns) {
      if (c != null) {
        String[] text = table.text(c);
        cells.add(text);
        byName.put(c, text);
      }
    }
    table.check();
    int n = table.rowCount();
    int[] keep = new int[n];
    int kept = 0;
    for (int r = 0; r < n; r++) {
      boolean complete = true;
      for (String[] col : cells) {
        if (col[r] == null) {
          complete = false;
          break;
        }
      }
      if (complete) {
        keep[kept++] = r;
      }
    }
    if (kept == 0) {
      table.problem(-1, null, "no row has a value in every one of the columns "
          + String.join(", ", Arrays.stream(columns).filter(Objects::nonNull).toList()));
      table.check();
    }
    return new SurvivalColumns(table, Arrays.copyOf(keep, kept), n - kept, byName);
  }

  private String[] text(String column) {
    String[] t = cells.get(column);
    return t != null ? t : table.text(column);
  }

  /** Rows dropped for a missing value (R: "n observations deleted due to missingness"). */
  public int dropped() {
    return dropped;
  }

  /** Rows kept. */
  public int size() {
    return rows.length;
  }

  /** The file row (0-based data row) of kept row {@code i}. */
  public int row(int i) {
    return rows[i];
  }

  public CsvTable table() {
    return table;
  }

  /** Follow-up times of the kept rows: numbers, finite and {@code >= 0}. */
  public double[] times(String column) {
    double[] all = table.numbers(column);
    table.check(); // non-numeric cells
    String[] text = text(column);
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      double t = all[rows[i]];
      if (!(t >= 0) || Double.isInfinite(t)) {
        table.problem(rows[i], column, "column \"" + column + "\": expected a finite time >= 0, got "
            + text[rows[i]]);
      }
      out[i] = t;
    }
    table.check();
    return out;
  }

  /**
   * Event indicators (0 censored, 1 event) of the kept rows with R's {@code Surv()} coding: 0/1,
   * TRUE/FALSE, or 1/2 when the largest value is 2 ({@link StatusCoding}).
   */
  public int[] events(String column) {
    String[] all = text(column);
    String[] cells = new String[rows.length];
    for (int i = 0; i < rows.length; i++) {
      cells[i] = all[rows[i]];
    }
    try {
      return StatusCoding.toEventIndicator(cells);
    } catch (IllegalArgumentException e) {
      throw located(e, column);
    }
  }

  /**
   * Group levels of the kept rows in R's factor order: numerically sorted when every value is a
   * number ({@code factor(sex)} with sex 1, 2, 10), otherwise sorted text. Labels are the values as
   * written in the file.
   */
  public GroupCoding groups(String column) {
    String[] all = text(column);
    String[] cells = new String[rows.length];
    boolean numeric = true;
    double[] values = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      cells[i] = all[rows[i]];
      if (numeric) {
        try {
          values[i] = Double.parseDouble(cells[i]);
          numeric = Double.isFinite(values[i]);
        } catch (NumberFormatException notNumber) {
          numeric = false;
        }
      }
    }
    if (!numeric) {
      return GroupCoding.ofLabels(cells);
    }
    // levels by numeric value; the first spelling of a value labels it
    Map<Double, String> label = new HashMap<>();
    for (int i = 0; i < cells.length; i++) {
      label.putIfAbsent(values[i], cells[i]);
    }
    double[] levels = label.keySet().stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int[] index = new int[cells.length];
    for (int i = 0; i < cells.length; i++) {
      index[i] = Arrays.binarySearch(levels, values[i]);
    }
    String[] labels = new String[levels.length];
    for (int k = 0; k < levels.length; k++) {
      labels[k] = label.get(levels[k]);
    }
    return GroupCoding.ofIndex(index, labels);
  }

  /**
   * Competing-risks status of the kept rows: 0 where the cell equals {@code censorCode}, otherwise
   * the 1-based position of the cell's value among {@code causes} (the distinct other values, in
   * factor order, as {@link #groups} orders them).
   */
  public CompetingStatus competing(String column, String censorCode) {
    GroupCoding levels = groups(column);
    int censor = levels.labels().indexOf(censorCode);
    if (censor < 0) {
      // numeric spellings: "0" and "0.0" are the same code
      for (int k = 0; k < levels.size(); k++) {
        if (sameNumber(levels.labels().get(k), censorCode)) {
          censor = k;
        }
      }
    }
    List<String> causes = new ArrayList<>();
    int[] code = new int[levels.size()];
    for (int k = 0; k < levels.size(); k++) {
      if (k == censor) {
        code[k] = 0;
      } else {
        causes.add(levels.labels().get(k));
        code[k] = causes.size();
      }
    }
    int[] status = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      status[i] = code[levels.index()[i]];
    }
    return new CompetingStatus(status, causes, censor >= 0);
  }

  /** Status codes (0 = censored, k = cause k) and the cause labels. */
  public record CompetingStatus(int[] status, List<String> causes, boolean censorSeen) {}

  private static boolean sameNumber(String a, String b) {
    try {
      return Double.parseDouble(a) == Double.parseDouble(b);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * Turns an exception of module {@code stats} that names a 0-based row of the kept data
   * ({@code time[3]: expected …}) into bad input at {@code file:line:column}; other messages are
   * reported against the file.
   */
  public RuntimeException located(IllegalArgumentException e, String column) {
    Matcher m = ROW_MESSAGE.matcher(e.getMessage() == null ? "" : e.getMessage());
    if (m.matches()) {
      int i = Integer.parseInt(m.group(2));
      if (i < rows.length) {
        table.problem(rows[i], column, "column \"" + column + "\": " + m.group(3));
        table.check();
      }
    }
    table.problem(-1, null, e.getMessage());
    table.check();
    return e; // not reached: check() throws
  }

  // ---- The model commands (cox, finegray): columns with NaN for missing, so that the design
  // matrix drops and counts incomplete rows together with the covariates' missing values.

  private static final Pattern STATUS_ROW =
      Pattern.compile("^status\\[(\\d+)\\]: (.*)$", Pattern.DOTALL);

  /**
   * Follow-up times, NaN where missing. A negative or infinite time is recorded as a problem
   * (R's {@code coxph} stops on negative times; an infinite time is not a follow-up).
   */
  public static double[] timesOrMissing(CsvTable t, String column) {
    double[] x = t.numbers(column);
    if (x == null) {
      return null;
    }
    String[] cells = null;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && !(x[i] >= 0 && Double.isFinite(x[i]))) {
        cells = cells == null ? t.text(column) : cells;
        t.problem(i, column, "column \"" + column + "\": expected a finite time >= 0, got "
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
  public static double[] eventsOrMissing(CsvTable t, String column) {
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
      Matcher m = STATUS_ROW.matcher(e.getMessage());
      if (m.matches()) {
        int row = present.get(Integer.parseInt(m.group(1)));
        String why = m.group(2);
        t.problem(row, column, "column \"" + column + "\": " + why);
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

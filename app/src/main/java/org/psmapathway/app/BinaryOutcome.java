package org.psmapathway.app;

import org.psmapathway.app.table.CsvTable;

/**
 * The 0/1 outcome column of {@code psma logistic} and {@code psma roc}: 1 = case (event), 0 =
 * control, empty or NA = missing (the row is dropped and counted). Any other value is recorded as
 * a problem at its {@code file:line:column}.
 */
final class BinaryOutcome {

  private BinaryOutcome() {}

  static double[] read(CsvTable t, String column) {
    double[] y = t.numbers(column);
    if (y == null) {
      return null;
    }
    String[] cells = null;
    for (int i = 0; i < y.length; i++) {
      if (!Double.isNaN(y[i]) && y[i] != 0 && y[i] != 1) {
        cells = cells == null ? t.text(column) : cells;
        t.problem(i, column, "column \"" + column + "\": expected 0 or 1, got " + cells[i]);
      }
    }
    return y;
  }
}

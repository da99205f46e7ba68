package org.psmapathway.stats.descriptive;

/**
 * Checks and margins of an r × c table of counts (rows = levels, columns = groups), shared by the
 * chi-squared and Fisher tests.
 */
final class ContingencyTable {
  final int[][] counts;
  final int rows;
  final int columns;
  final long[] rowSums;
  final long[] columnSums;
  final long total;

  ContingencyTable(int[][] counts) {
    if (counts.length < 2) {
      throw new IllegalArgumentException(
          "table: expected at least 2 rows, got " + counts.length);
    }
    this.rows = counts.length;
    this.columns = counts[0].length;
    if (columns < 2) {
      throw new IllegalArgumentException("table: expected at least 2 columns, got " + columns);
    }
    this.counts = new int[rows][];
    this.rowSums = new long[rows];
    this.columnSums = new long[columns];
    long sum = 0;
    for (int i = 0; i < rows; i++) {
      if (counts[i].length != columns) {
        throw new IllegalArgumentException("table[" + i + "]: expected " + columns
            + " columns like row 0, got " + counts[i].length);
      }
      this.counts[i] = counts[i].clone();
      for (int j = 0; j < columns; j++) {
        if (counts[i][j] < 0) {
          throw new IllegalArgumentException("table[" + i + "][" + j
              + "]: expected a non-negative count, got " + counts[i][j]);
        }
        rowSums[i] += counts[i][j];
        columnSums[j] += counts[i][j];
        sum += counts[i][j];
      }
    }
    this.total = sum;
    if (total == 0) {
      throw new IllegalArgumentException("table: expected at least one count, got all zero");
    }
  }

  /** Expected count under independence, R's {@code outer(rowSums, colSums) / n}. */
  double expected(int i, int j) {
    return (double) rowSums[i] * (double) columnSums[j] / total;
  }

  double minExpected() {
    double min = Double.POSITIVE_INFINITY;
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        min = Math.min(min, expected(i, j));
      }
    }
    return min;
  }
}

package org.psmapathway.stats.descriptive;

/**
 * Fisher's exact test of independence, two-sided, as R's {@code fisher.test(x)} (R:
 * src/library/stats/R/fisher.test.R).
 *
 * <p>2 × 2: the hypergeometric density of the [1,1] cell over its support; p = Σ d over the support
 * points with d ≤ d(observed) · (1 + 1e-7) — R's {@code relErr} that keeps tables of equal
 * probability from being lost to rounding.
 *
 * <p>r × c: R calls the network algorithm FEXACT (Mehta &amp; Patel). This class enumerates every
 * table with the observed margins instead, which gives the same sum of the probabilities of the
 * tables no more probable than the observed one (FEXACT compares log-probabilities with a tolerance
 * of 3.45e-7 — see R's src/library/stats/src/fexact.c, {@code f2xact} — and so does this). Enumeration
 * grows with the number of tables; beyond {@link #MAX_TABLES} it refuses with an exception rather than
 * approximating.
 */
public final class FisherExact {
  static final String METHOD = "Fisher's Exact Test for Count Data";
  /** Most tables enumerated before the test refuses (about a second of work). */
  public static final long MAX_TABLES = 50_000_000L;
  /** R fisher.test.R: relErr <- 1 + 10^(-7). */
  private static final double LOG_REL_ERR_2X2 = Math.log1p(1e-7);
  /** R fexact.c f2xact: "tol is chosen as the square root of the smallest relative spacing". */
  private static final double LOG_TOLERANCE_RXC = 3.45254e-7;

  private FisherExact() {}

  /**
   * Two-sided p-value for a table of counts (rows = levels, columns = groups). Rows or columns that
   * sum to zero carry no information and are dropped, as they do not change the exact distribution.
   *
   * @throws IllegalArgumentException for fewer than 2 non-empty rows or columns, negative counts, or
   *     an r × c table whose exact enumeration would exceed {@link #MAX_TABLES} tables
   */
  public static HypothesisTest test(int[][] table) {
    ContingencyTable t = nonEmpty(new ContingencyTable(table));
    LogFactorials lf = new LogFactorials((int) t.total);
    double p = t.rows == 2 && t.columns == 2 ? twoByTwo(t, lf) : enumerate(t, lf);
    return new HypothesisTest(METHOD, "", Double.NaN, Double.NaN, Math.min(1, p));
  }

  private static double twoByTwo(ContingencyTable t, LogFactorials lf) {
    // fisher.test.R: m <- sum(x[, 1]); n <- sum(x[, 2]); k <- sum(x[1, ]); x <- x[1, 1]
    int m = (int) t.columnSums[0];
    int n = (int) t.columnSums[1];
    int k = (int) t.rowSums[0];
    int x = t.counts[0][0];
    int lo = Math.max(0, k - n);
    int hi = Math.min(k, m);
    double[] logDensity = new double[hi - lo + 1];
    double max = Double.NEGATIVE_INFINITY;
    for (int s = lo; s <= hi; s++) {
      // dhyper(s, m, n, k, log = TRUE)
      double d = lf.of(m) - lf.of(s) - lf.of(m - s) + lf.of(n) - lf.of(k - s) - lf.of(n - k + s)
          - (lf.of(m + n) - lf.of(k) - lf.of(m + n - k));
      logDensity[s - lo] = d;
      max = Math.max(max, d);
    }
    // dnhyper(1): d <- exp(d - max(d)); d / sum(d)
    double sum = 0;
    double[] density = new double[logDensity.length];
    for (int i = 0; i < density.length; i++) {
      density[i] = Math.exp(logDensity[i] - max);
      sum += density[i];
    }
    double bound = logDensity[x - lo] + LOG_REL_ERR_2X2;
    double p = 0;
    for (int i = 0; i < density.length; i++) {
      if (logDensity[i] <= bound) {
        p += density[i] / sum;
      }
    }
    return p;
  }

  private static double enumerate(ContingencyTable t, LogFactorials lf) {
    int rows = t.rows;
    int columns = t.columns;
    // log P(table) = constant − Σ log x_ij!, constant = Σ log r_i! + Σ log c_j! − log n!
    double constant = -lf.of((int) t.total);
    for (long r : t.rowSums) {
      constant += lf.of((int) r);
    }
    for (long c : t.columnSums) {
      constant += lf.of((int) c);
    }
    double observed = 0;
    for (int[] row : t.counts) {
      for (int x : row) {
        observed -= lf.of(x);
      }
    }
    int[] remaining = new int[rows];
    for (int i = 0; i < rows; i++) {
      remaining[i] = (int) t.rowSums[i];
    }
    int[] columnSums = new int[columns];
    for (int j = 0; j < columns; j++) {
      columnSums[j] = (int) t.columnSums[j];
    }
    Enumeration e = new Enumeration(lf, columnSums, remaining, observed + LOG_TOLERANCE_RXC,
        constant);
    e.column(0, 0.0);
    return e.p;
  }

  /** Depth-first walk over all tables with the given margins, one column at a time. */
  private static final class Enumeration {
    private final LogFactorials lf;
    private final int[] columnSums;
    private final int[] remaining;
    private final double bound;
    private final double constant;
    private final int rows;
    private long tables;
    double p;

    Enumeration(LogFactorials lf, int[] columnSums, int[] remaining, double bound,
        double constant) {
      this.lf = lf;
      this.columnSums = columnSums;
      this.remaining = remaining;
      this.bound = bound;
      this.constant = constant;
      this.rows = remaining.length;
    }

    void column(int j, double partial) {
      if (j == columnSums.length - 1) {
        // The last column is forced: it takes whatever each row has left.
        double logP = partial;
        for (int i = 0; i < rows; i++) {
          logP -= lf.of(remaining[i]);
        }
        if (++tables > MAX_TABLES) {
          throw new IllegalArgumentException("table: more than " + MAX_TABLES
              + " tables share its margins, too many for exact enumeration; R's fisher.test uses"
              + " the network algorithm (FEXACT), which is not implemented here; use the"
              + " chi-squared test or a smaller table");
        }
        if (logP <= bound) {
          p += Math.exp(constant + logP);
        }
        return;
      }
      cell(j, 0, columnSums[j], partial);
    }

    /** Choose the count of row i in column j, with {@code left} of the column still to place. */
    private void cell(int j, int i, int left, double partial) {
      if (i == rows - 1) {
        if (left > remaining[i]) {
          return;
        }
        remaining[i] -= left;
        column(j + 1, partial - lf.of(left));
        remaining[i] += left;
        return;
      }
      // Rows below i can absorb at most the sum of what they have left.
      int capacityBelow = 0;
      for (int r = i + 1; r < rows; r++) {
        capacityBelow += remaining[r];
      }
      int from = Math.max(0, left - capacityBelow);
      int to = Math.min(left, remaining[i]);
      for (int x = from; x <= to; x++) {
        remaining[i] -= x;
        cell(j, i + 1, left - x, partial - lf.of(x));
        remaining[i] += x;
      }
    }
  }

  private static ContingencyTable nonEmpty(ContingencyTable t) {
    int keepRows = 0;
    for (long r : t.rowSums) {
      keepRows += r > 0 ? 1 : 0;
    }
    int keepColumns = 0;
    for (long c : t.columnSums) {
      keepColumns += c > 0 ? 1 : 0;
    }
    if (keepRows == t.rows && keepColumns == t.columns) {
      return t;
    }
    int[][] kept = new int[keepRows][keepColumns];
    int ri = 0;
    for (int i = 0; i < t.rows; i++) {
      if (t.rowSums[i] == 0) {
        continue;
      }
      int ci = 0;
      for (int j = 0; j < t.columns; j++) {
        if (t.columnSums[j] > 0) {
          kept[ri][ci++] = t.counts[i][j];
        }
      }
      ri++;
    }
    if (keepRows < 2 || keepColumns < 2) {
      throw new IllegalArgumentException("table: expected at least 2 non-empty rows and 2 non-empty"
          + " columns, got " + keepRows + " × " + keepColumns);
    }
    return new ContingencyTable(kept);
  }
}

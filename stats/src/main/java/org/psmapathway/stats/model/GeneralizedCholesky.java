package org.psmapathway.stats.model;

/**
 * The generalized Cholesky decomposition of survival's {@code cholesky2.c}, {@code chsolve2.c} and
 * {@code chinv2.c}: A = L D L' for a symmetric positive semi-definite p×p matrix, where a pivot below
 * {@code toler} × (largest diagonal) marks the column as redundant. Its D element is set to 0, solving
 * gives 0 for it and the inverse has a zero row and column, which is how {@code coxph} reports a
 * collinear covariate as NA instead of failing. A library Cholesky would throw instead.
 *
 * <p>The matrix is held in the lower triangle of a {@code double[p][p]} (diagonal = D, below = L).
 */
public final class GeneralizedCholesky {

  private final double[][] m;
  private final int rank;
  private final boolean nonNegative;

  private GeneralizedCholesky(double[][] m, int rank, boolean nonNegative) {
    this.m = m;
    this.rank = rank;
    this.nonNegative = nonNegative;
  }

  /**
   * Decomposes {@code a} (only its upper triangle is read, as in {@code cholesky2}, which copies it to
   * the lower one); {@code a} is not modified.
   */
  public static GeneralizedCholesky decompose(double[][] a, double toler) {
    int n = a.length;
    double[][] m = new double[n][n];
    double eps = 0;
    for (int i = 0; i < n; i++) {
      m[i][i] = a[i][i];
      if (a[i][i] > eps) {
        eps = a[i][i];
      }
      for (int j = i + 1; j < n; j++) {
        m[j][i] = a[i][j];
      }
    }
    eps = eps == 0 ? toler : eps * toler; // no positive diagonal at all
    int rank = 0;
    boolean nonneg = true;
    for (int i = 0; i < n; i++) {
      double pivot = m[i][i];
      if (!Double.isFinite(pivot) || pivot < eps) {
        m[i][i] = 0;
        if (pivot < -8 * eps) {
          nonneg = false;
        }
      } else {
        rank++;
        for (int j = i + 1; j < n; j++) {
          double temp = m[j][i] / pivot;
          m[j][i] = temp;
          m[j][j] -= temp * temp * pivot;
          for (int k = j + 1; k < n; k++) {
            m[k][j] -= temp * m[k][i];
          }
        }
      }
    }
    return new GeneralizedCholesky(m, rank, nonneg);
  }

  /** Number of non-redundant columns. */
  public int rank() {
    return rank;
  }

  /** False when a pivot was clearly negative (the matrix is not positive semi-definite). */
  public boolean nonNegative() {
    return nonNegative;
  }

  /** cholesky2's return value: rank, negated when the matrix was not non-negative definite. */
  public int flag() {
    return nonNegative ? rank : -rank;
  }

  /** True when column {@code i} was found redundant (its D element is 0). */
  public boolean singular(int i) {
    return m[i][i] == 0;
  }

  /** Solves A x = y in place ({@code chsolve2}); redundant columns get 0. */
  public void solveInPlace(double[] y) {
    int n = m.length;
    for (int i = 0; i < n; i++) {
      double temp = y[i];
      for (int j = 0; j < i; j++) {
        temp -= y[j] * m[i][j];
      }
      y[i] = temp;
    }
    for (int i = n - 1; i >= 0; i--) {
      if (m[i][i] == 0) {
        y[i] = 0;
      } else {
        double temp = y[i] / m[i][i];
        for (int j = i + 1; j < n; j++) {
          temp -= y[j] * m[j][i];
        }
        y[i] = temp;
      }
    }
  }

  /**
   * The quadratic form x'A⁻x = Σ b_i² / D_i over the non-redundant pivots, where F b = x is the
   * forward half of {@code chsolve2} with the columns of redundant pivots read as zero: for a
   * full-rank A this is x'A⁻¹x, for a singular one the generalised inverse that leaves the
   * redundant directions out. This is the chi-square of a score test ({@code survdiff},
   * {@code cmprsk}'s Gray test) computed without forming A⁻¹ x.
   */
  public double quadraticForm(double[] x) {
    int n = m.length;
    if (x.length != n) {
      throw new IllegalArgumentException("x: expected " + n + " values, got " + x.length);
    }
    double[] b = x.clone();
    double q = 0;
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < i; k++) {
        if (m[k][k] != 0) {
          b[i] -= m[i][k] * b[k];
        }
      }
      if (m[i][i] != 0) {
        q += b[i] * b[i] / m[i][i];
      }
    }
    return q;
  }

  /** Returns A⁻ (generalized inverse, {@code chinv2}) as a full symmetric matrix. */
  public double[][] inverse() {
    int n = m.length;
    double[][] w = new double[n][];
    for (int i = 0; i < n; i++) {
      w[i] = m[i].clone();
    }
    // invert the Cholesky factor in the lower triangle (its diagonal is 1)
    for (int i = 0; i < n; i++) {
      if (w[i][i] > 0) {
        w[i][i] = 1 / w[i][i];
        for (int j = i + 1; j < n; j++) {
          w[j][i] = -w[j][i];
          for (int k = 0; k < i; k++) {
            w[j][k] += w[j][i] * w[i][k];
          }
        }
      }
    }
    // F'DF into the upper triangle
    for (int i = 0; i < n; i++) {
      if (w[i][i] == 0) {
        for (int j = 0; j < i; j++) {
          w[j][i] = 0;
        }
        for (int j = i; j < n; j++) {
          w[i][j] = 0;
        }
      } else {
        for (int j = i + 1; j < n; j++) {
          double temp = w[j][i] * w[j][j];
          w[i][j] = temp;
          for (int k = i; k < j; k++) {
            w[i][k] += temp * w[j][k];
          }
        }
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        w[i][j] = w[j][i];
      }
    }
    return w;
  }
}

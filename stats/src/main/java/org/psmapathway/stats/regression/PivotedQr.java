package org.psmapathway.stats.regression;

/**
 * Householder QR with R's limited column pivoting, a port of LINPACK {@code dqrdc2} as modified for
 * R (R: src/appl/dqrdc2.f) plus the least-squares solve of {@code dqrls} (src/appl/dqrls.f), which is
 * what {@code lm.fit} and {@code glm.fit} call through {@code C_Cdqrls}.
 *
 * <p>A column whose norm, after the earlier columns are projected out, falls below {@code tol} times
 * its original norm is moved to the end; the rank is the number of columns left in front. The moved
 * (aliased) columns get coefficient 0 in the solve, which R later reports as NA.
 */
final class PivotedQr {
  /** Columns of the decomposed matrix (column-major): R on and above the diagonal, Householder below. */
  private final double[][] qr;
  private final double[] qraux;
  /** pivot[j] = original index of the column now in position j (0-based). */
  final int[] pivot;
  final int rank;
  private final int n;
  private final int p;

  /**
   * @param columns p columns of length n; copied, not modified
   * @param tol R's {@code tol}: 1e-7 in {@code lm.fit}, min(1e-7, epsilon / 1000) in {@code glm.fit}
   */
  PivotedQr(double[][] columns, double tol) {
    this.p = columns.length;
    this.n = columns[0].length;
    double[][] x = new double[p][];
    for (int j = 0; j < p; j++) {
      x[j] = columns[j].clone();
    }
    double[] qraux = new double[p];
    double[] work0 = new double[p];
    double[] work1 = new double[p];
    int[] jpvt = new int[p];
    for (int j = 0; j < p; j++) {
      jpvt[j] = j;
      qraux[j] = norm(x[j], 0);
      work0[j] = qraux[j];
      work1[j] = qraux[j] == 0 ? 1 : qraux[j];
    }
    int lup = Math.min(n, p);
    int k = p + 1; // Fortran's k: one past the last non-negligible column (1-based)
    for (int l = 0; l < lup; l++) {
      // Cycle negligible columns to the end; "the check for l .le. k avoids infinite cycling".
      while (l + 1 < k && qraux[l] < work1[l] * tol) {
        double[] column = x[l];
        System.arraycopy(x, l + 1, x, l, p - l - 1);
        x[p - 1] = column;
        int i = jpvt[l];
        double t = qraux[l];
        double tt = work0[l];
        double ttt = work1[l];
        for (int j = l + 1; j < p; j++) {
          jpvt[j - 1] = jpvt[j];
          qraux[j - 1] = qraux[j];
          work0[j - 1] = work0[j];
          work1[j - 1] = work1[j];
        }
        jpvt[p - 1] = i;
        qraux[p - 1] = t;
        work0[p - 1] = tt;
        work1[p - 1] = ttt;
        k--;
      }
      if (l == n - 1) {
        break;
      }
      // Householder transformation for column l.
      double[] xl = x[l];
      double nrmxl = norm(xl, l);
      if (nrmxl == 0) {
        continue;
      }
      if (xl[l] != 0) {
        nrmxl = Math.copySign(nrmxl, xl[l]);
      }
      for (int i = l; i < n; i++) {
        xl[i] /= nrmxl;
      }
      xl[l] = 1 + xl[l];
      // Apply it to the remaining columns, updating their norms.
      for (int j = l + 1; j < p; j++) {
        double[] xj = x[j];
        double dot = 0;
        for (int i = l; i < n; i++) {
          dot += xl[i] * xj[i];
        }
        double t = -dot / xl[l];
        for (int i = l; i < n; i++) {
          xj[i] += t * xl[i];
        }
        if (qraux[j] != 0) {
          double tt = 1 - (Math.abs(xj[l]) / qraux[j]) * (Math.abs(xj[l]) / qraux[j]);
          tt = Math.max(tt, 0);
          // "modified 9/99 by doug bates to fix failure to pivot": recompute the norm when the
          // downdate has lost too much precision.
          if (Math.abs(tt) < 1e-6) {
            qraux[j] = norm(xj, l + 1);
            work0[j] = qraux[j];
          } else {
            qraux[j] = qraux[j] * Math.sqrt(tt);
          }
        }
      }
      qraux[l] = xl[l];
      xl[l] = -nrmxl;
    }
    this.rank = Math.min(k - 1, n);
    this.qr = x;
    this.qraux = qraux;
    this.pivot = jpvt;
  }

  /**
   * Least-squares coefficients in pivoted order (dqrls: Q'y then back-substitution on the leading
   * rank × rank block of R); positions rank..p-1 are 0.
   */
  double[] solve(double[] y) {
    double[] qty = y.clone();
    int steps = Math.min(rank, n - 1);
    // dqrsl, job for Q'y: apply the Householder reflections in order.
    for (int j = 0; j < steps; j++) {
      if (qraux[j] == 0) {
        continue;
      }
      double[] xj = qr[j];
      double diagonal = xj[j];
      xj[j] = qraux[j];
      double dot = 0;
      for (int i = j; i < n; i++) {
        dot += xj[i] * qty[i];
      }
      double t = -dot / xj[j];
      for (int i = j; i < n; i++) {
        qty[i] += t * xj[i];
      }
      xj[j] = diagonal;
    }
    double[] b = new double[p];
    for (int j = rank - 1; j >= 0; j--) {
      double s = qty[j];
      for (int c = j + 1; c < rank; c++) {
        s -= qr[c][j] * b[c];
      }
      b[j] = s / qr[j][j];
    }
    return b;
  }

  /**
   * (R'R)⁻¹ for the leading rank × rank block of R, R's {@code chol2inv(Qr$qr[p1, p1])} in
   * {@code summary.glm}; in pivoted order.
   */
  double[][] unscaledCovariance() {
    int r = rank;
    // Invert the upper-triangular R by back-substitution, column by column.
    double[][] inverse = new double[r][r]; // inverse[i][j], upper triangular
    for (int j = r - 1; j >= 0; j--) {
      inverse[j][j] = 1 / qr[j][j];
      for (int i = j - 1; i >= 0; i--) {
        double s = 0;
        for (int c = i + 1; c <= j; c++) {
          s += qr[c][i] * inverse[c][j];
        }
        inverse[i][j] = -s / qr[i][i];
      }
    }
    double[][] covariance = new double[r][r];
    for (int i = 0; i < r; i++) {
      for (int j = i; j < r; j++) {
        double s = 0;
        for (int c = j; c < r; c++) {
          s += inverse[i][c] * inverse[j][c];
        }
        covariance[i][j] = s;
        covariance[j][i] = s;
      }
    }
    return covariance;
  }

  /** Euclidean norm of column[from..n-1], scaled like BLAS dnrm2 to avoid overflow. */
  private double norm(double[] column, int from) {
    double scale = 0;
    double ssq = 1;
    for (int i = from; i < n; i++) {
      if (column[i] != 0) {
        double a = Math.abs(column[i]);
        if (scale < a) {
          ssq = 1 + ssq * (scale / a) * (scale / a);
          scale = a;
        } else {
          ssq += (a / scale) * (a / scale);
        }
      }
    }
    return scale * Math.sqrt(ssq);
  }
}

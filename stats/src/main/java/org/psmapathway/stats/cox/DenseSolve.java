package org.psmapathway.stats.cox;

/**
 * Small dense solves by Gaussian elimination with partial pivoting, standing in for R's {@code solve()}
 * (LAPACK LU) where R uses it on p × p matrices: {@code cox.zph} tests and {@code cmprsk::crr}.
 */
final class DenseSolve {

  private DenseSolve() {
  }

  /** Solves A X = B for X (B has m columns); A and B are not modified. */
  static double[][] solve(double[][] a, double[][] b, String what) {
    int n = a.length;
    int m = b[0].length;
    double[][] w = new double[n][n + m];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, w[i], 0, n);
      System.arraycopy(b[i], 0, w[i], n, m);
    }
    for (int c = 0; c < n; c++) {
      int piv = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(w[r][c]) > Math.abs(w[piv][c])) {
          piv = r;
        }
      }
      double[] t = w[c];
      w[c] = w[piv];
      w[piv] = t;
      if (w[c][c] == 0 || !Double.isFinite(w[c][c])) {
        throw new IllegalArgumentException(what + ": matrix is singular, cannot solve");
      }
      for (int r = c + 1; r < n; r++) {
        double f = w[r][c] / w[c][c];
        if (f != 0) {
          for (int k = c; k < n + m; k++) {
            w[r][k] -= f * w[c][k];
          }
        }
      }
    }
    double[][] x = new double[n][m];
    for (int col = 0; col < m; col++) {
      for (int r = n - 1; r >= 0; r--) {
        double s = w[r][n + col];
        for (int k = r + 1; k < n; k++) {
          s -= w[r][k] * x[k][col];
        }
        x[r][col] = s / w[r][r];
      }
    }
    return x;
  }

  static double[] solve(double[][] a, double[] b, String what) {
    double[][] bb = new double[b.length][1];
    for (int i = 0; i < b.length; i++) {
      bb[i][0] = b[i];
    }
    double[][] x = solve(a, bb, what);
    double[] out = new double[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = x[i][0];
    }
    return out;
  }

  static double[][] inverse(double[][] a, String what) {
    int n = a.length;
    double[][] id = new double[n][n];
    for (int i = 0; i < n; i++) {
      id[i][i] = 1;
    }
    return solve(a, id, what);
  }
}

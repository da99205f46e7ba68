package org.psmapathway.stats.meta;

/**
 * Dense linear algebra for the small systems of meta-analysis (k studies × p coefficients): the weighted
 * projection P = W − W X (X'WX)⁻¹ X'W of metafor's rma.uni, and (X'WX)⁻¹ by Cholesky. O(k²p) per call,
 * which for meta-analyses (k in the tens or hundreds) is negligible.
 */
final class WeightedLeastSquares {
  private WeightedLeastSquares() {
  }

  /** (X'WX)⁻¹ for diagonal weights w. */
  static double[][] inverseCrossProduct(double[][] x, double[] w) {
    int k = x.length;
    int p = x[0].length;
    double[][] a = new double[p][p];
    for (int i = 0; i < k; i++) {
      for (int r = 0; r < p; r++) {
        double wr = w[i] * x[i][r];
        for (int c = 0; c <= r; c++) {
          a[r][c] += wr * x[i][c];
        }
      }
    }
    for (int r = 0; r < p; r++) {
      for (int c = 0; c < r; c++) {
        a[c][r] = a[r][c];
      }
    }
    return invertSymmetric(a);
  }

  /** log det(X'WX). */
  static double logDetCrossProduct(double[][] x, double[] w) {
    double[][] inv = inverseCrossProduct(x, w);
    double[][] l = cholesky(inv);
    double s = 0;
    for (int i = 0; i < l.length; i++) {
      s += 2 * Math.log(l[i][i]);
    }
    return -s;
  }

  /** β = (X'WX)⁻¹ X'W y. */
  static double[] coefficients(double[][] x, double[] w, double[] y, double[][] inv) {
    int p = inv.length;
    double[] xwy = new double[p];
    for (int i = 0; i < x.length; i++) {
      for (int r = 0; r < p; r++) {
        xwy[r] += x[i][r] * w[i] * y[i];
      }
    }
    double[] b = new double[p];
    for (int r = 0; r < p; r++) {
      for (int c = 0; c < p; c++) {
        b[r] += inv[r][c] * xwy[c];
      }
    }
    return b;
  }

  /** P = W − W X (X'WX)⁻¹ X' W (symmetric k × k). */
  static double[][] projection(double[][] x, double[] w) {
    int k = x.length;
    int p = x[0].length;
    double[][] inv = inverseCrossProduct(x, w);
    double[][] h = new double[k][p]; // X (X'WX)^-1
    for (int i = 0; i < k; i++) {
      for (int r = 0; r < p; r++) {
        double s = 0;
        for (int c = 0; c < p; c++) {
          s += x[i][c] * inv[c][r];
        }
        h[i][r] = s;
      }
    }
    double[][] pm = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j <= i; j++) {
        double s = 0;
        for (int r = 0; r < p; r++) {
          s += h[i][r] * x[j][r];
        }
        double v = (i == j ? w[i] : 0) - w[i] * s * w[j];
        pm[i][j] = v;
        pm[j][i] = v;
      }
    }
    return pm;
  }

  /** y'Py. */
  static double quadratic(double[][] pm, double[] y) {
    double s = 0;
    for (int i = 0; i < y.length; i++) {
      double r = 0;
      for (int j = 0; j < y.length; j++) {
        r += pm[i][j] * y[j];
      }
      s += y[i] * r;
    }
    return s;
  }

  static double trace(double[][] pm) {
    double s = 0;
    for (int i = 0; i < pm.length; i++) {
      s += pm[i][i];
    }
    return s;
  }

  /** Σ_ij P_ij² = tr(PP) for symmetric P. */
  static double sumSquares(double[][] pm) {
    double s = 0;
    for (double[] row : pm) {
      for (double v : row) {
        s += v * v;
      }
    }
    return s;
  }

  static double[][] invertSymmetric(double[][] a) {
    int n = a.length;
    double[][] l = cholesky(a);
    double[][] inv = new double[n][n];
    for (int col = 0; col < n; col++) {
      double[] z = new double[n];
      for (int i = 0; i < n; i++) {
        double s = i == col ? 1 : 0;
        for (int j = 0; j < i; j++) {
          s -= l[i][j] * z[j];
        }
        z[i] = s / l[i][i];
      }
      for (int i = n - 1; i >= 0; i--) {
        double s = z[i];
        for (int j = i + 1; j < n; j++) {
          s -= l[j][i] * inv[j][col];
        }
        inv[i][col] = s / l[i][i];
      }
    }
    return inv;
  }

  static double[][] cholesky(double[][] a) {
    int n = a.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = a[i][j];
        for (int m = 0; m < j; m++) {
          s -= l[i][m] * l[j][m];
        }
        if (i == j) {
          if (!(s > 0)) {
            throw new InvalidStudyException(-1, null, "moderators",
                "a model matrix of full column rank (moderators are collinear or constant)");
          }
          l[i][i] = Math.sqrt(s);
        } else {
          l[i][j] = s / l[j][j];
        }
      }
    }
    return l;
  }
}

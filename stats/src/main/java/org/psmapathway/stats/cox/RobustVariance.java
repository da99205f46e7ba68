package org.psmapathway.stats.cox;

/**
 * The robust (sandwich) variance of {@code coxph(robust = TRUE)} / {@code cluster()} (R/coxph.R):
 * V_rob = D'D with D the dfbeta residuals (score residuals × V), summed within cluster when a cluster is
 * given, each row its own cluster otherwise. O(n·p²) in total, where R's coxscore2 is O(n²).
 */
final class RobustVariance {

  private RobustVariance() {
  }

  /**
   * @param beta    coefficients on the original scale
   * @param var     model-based variance on the original scale
   * @param cluster cluster code per design-matrix row, or null
   */
  static double[][] compute(CoxData d, double[] beta, double[][] var, boolean efron, int[] cluster) {
    int n = d.n;
    int p = d.p;
    double[] scaledBeta = new double[p];
    for (int j = 0; j < p; j++) {
      scaledBeta[j] = beta[j] / d.scale[j];
    }
    double[] resid = ScoreResiduals.compute(d, scaledBeta, efron);
    // dfbeta row = (score residual on the original scale) × V
    double[] dfb = new double[p];
    double[] r = new double[p];
    double[][] out = new double[p][p];
    double[] clusterSums = null;
    if (cluster != null) {
      int k = 0;
      for (int c : cluster) {
        k = Math.max(k, c + 1);
      }
      clusterSums = new double[k * p];
    }
    for (int i = 0; i < n; i++) {
      int off = i * p;
      for (int j = 0; j < p; j++) {
        r[j] = resid[off + j] / d.scale[j];
      }
      for (int j = 0; j < p; j++) {
        double s = 0;
        for (int k = 0; k < p; k++) {
          s += r[k] * var[k][j];
        }
        dfb[j] = s;
      }
      if (clusterSums == null) {
        for (int j = 0; j < p; j++) {
          for (int k = 0; k <= j; k++) {
            out[j][k] += dfb[j] * dfb[k];
          }
        }
      } else {
        int c = cluster[d.order[i]] * p;
        for (int j = 0; j < p; j++) {
          clusterSums[c + j] += dfb[j];
        }
      }
    }
    if (clusterSums != null) {
      for (int c = 0; c < clusterSums.length; c += p) {
        for (int j = 0; j < p; j++) {
          for (int k = 0; k <= j; k++) {
            out[j][k] += clusterSums[c + j] * clusterSums[c + k];
          }
        }
      }
    }
    for (int j = 0; j < p; j++) {
      for (int k = 0; k < j; k++) {
        out[k][j] = out[j][k];
      }
    }
    return out;
  }
}

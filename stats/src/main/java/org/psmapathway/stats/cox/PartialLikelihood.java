package org.psmapathway.stats.cox;

/**
 * Log partial likelihood, score vector and information matrix at β: a port of {@code coxfit6_iter} in
 * survival's {@code src/coxfit6.c}. Tied-time groups are visited from the largest time down so that the
 * risk-set sums only grow; a stratum restarts them, and ties never cross strata. O(n·p²) per call.
 */
final class PartialLikelihood {

  private final CoxData d;
  private final boolean efron;
  // scratch, reused between calls
  private final double[] a;
  private final double[] a2;
  private final double[] cmat;
  private final double[] cmat2;
  private final double[] risk;
  /** r·x_j for the rows of one tie group. */
  private final double[] weighted;

  PartialLikelihood(CoxData d, Ties ties) {
    this.d = d;
    this.efron = ties == Ties.EFRON;
    int p = d.p;
    a = new double[p];
    a2 = new double[p];
    cmat = new double[p * p];
    cmat2 = new double[p * p];
    risk = new double[d.n];
    int largest = 0;
    for (int g = 0; g + 1 < d.groupStart.length; g++) {
      largest = Math.max(largest, d.groupStart[g + 1] - d.groupStart[g]);
    }
    weighted = new double[largest];
  }

  /**
   * Fills {@code u} (length p) and the upper triangle of {@code imat} (p × p), returns the log partial
   * likelihood. Case weights are 1.
   */
  double evaluate(double[] beta, double[] u, double[][] imat) {
    final int p = d.p;
    final int n = d.n;
    final double[] x = d.x;
    // risk scores in one tight pass; Σ η over the events
    double loglik = 0;
    for (int i = 0; i < n; i++) {
      double z = zbeta(beta, x, i * p, p);
      risk[i] = Math.exp(z);
      if (d.event[i]) {
        loglik += z;
      }
    }
    java.util.Arrays.fill(u, 0);
    for (double[] row : imat) {
      java.util.Arrays.fill(row, 0);
    }
    double denom = 0;
    final int[] start = d.groupStart;
    final int[] death = d.groupDeath;
    for (int g = start.length - 2; g >= 0; g--) {
      if (d.groupLastOfStratum[g]) { // a new stratum, walking backwards: restart the risk-set sums
        denom = 0;
        java.util.Arrays.fill(a, 0);
        java.util.Arrays.fill(cmat, 0);
      }
      int first = start[g];
      int firstDeath = death[g];
      int end = start[g + 1];
      denom += addGroup(first, firstDeath, x, p, a, cmat);
      int ndead = end - firstDeath;
      if (ndead == 0) {
        continue;
      }
      java.util.Arrays.fill(a2, 0);
      java.util.Arrays.fill(cmat2, 0);
      for (int i = firstDeath; i < end; i++) {
        int off = i * p;
        for (int j = 0; j < p; j++) {
          u[j] += x[off + j];
        }
      }
      double denom2 = addGroup(firstDeath, end, x, p, a2, cmat2);
      if (!efron || ndead == 1) {
        // Breslow (and Efron with a single death, identical)
        denom += denom2;
        loglik -= ndead * Math.log(denom);
        for (int i = 0; i < p; i++) {
          a[i] += a2[i];
          double mean = a[i] / denom;
          u[i] -= ndead * mean;
          int ci = i * p;
          for (int j = 0; j <= i; j++) {
            cmat[ci + j] += cmat2[ci + j];
            imat[j][i] += ndead * (cmat[ci + j] - mean * a[j]) / denom;
          }
        }
      } else {
        // Efron: the k-th of ndead terms has (k+1)/ndead of the deaths' risk in the sums
        for (int k = 0; k < ndead; k++) {
          denom += denom2 / ndead;
          loglik -= Math.log(denom);
          for (int i = 0; i < p; i++) {
            a[i] += a2[i] / ndead;
            double mean = a[i] / denom;
            u[i] -= mean;
            int ci = i * p;
            for (int j = 0; j <= i; j++) {
              cmat[ci + j] += cmat2[ci + j] / ndead;
              imat[j][i] += (cmat[ci + j] - mean * a[j]) / denom;
            }
          }
        }
      }
    }
    return loglik;
  }

  private static double zbeta(double[] beta, double[] x, int off, int p) {
    double z = 0;
    for (int j = 0; j < p; j++) {
      z += beta[j] * x[off + j];
    }
    return z;
  }

  /**
   * For rows [from, to): s += Σ r·x, c += Σ r·x x' (lower triangle); returns Σ r. Summed per (j, k)
   * over the rows of a tie group, so each sum stays in a register instead of a load and store of c
   * per row and pair; the group's rows are in cache. Single rows take the plain outer product.
   */
  private double addGroup(int from, int to, double[] x, int p, double[] s, double[] c) {
    if (to - from < 4) {
      double total = 0;
      for (int i = from; i < to; i++) {
        double r = risk[i];
        total += r;
        addOuter(r, x, i * p, p, s, c);
      }
      return total;
    }
    double total = 0;
    for (int i = from; i < to; i++) {
      total += risk[i];
    }
    double[] w = weighted;
    for (int j = 0; j < p; j++) {
      double sj = 0;
      for (int i = from, m = 0; i < to; i++, m++) {
        double v = risk[i] * x[i * p + j];
        w[m] = v;
        sj += v;
      }
      s[j] += sj;
      int cj = j * p;
      int len = to - from;
      for (int k = 0; k <= j; k++) {
        // four partial sums: the adds do not wait on each other (latency, not throughput, bound)
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int m = 0;
        int o = from * p + k;
        for (; m + 3 < len; m += 4, o += 4 * p) {
          s0 += w[m] * x[o];
          s1 += w[m + 1] * x[o + p];
          s2 += w[m + 2] * x[o + 2 * p];
          s3 += w[m + 3] * x[o + 3 * p];
        }
        for (; m < len; m++, o += p) {
          s0 += w[m] * x[o];
        }
        c[cj + k] += (s0 + s1) + (s2 + s3);
      }
    }
    return total;
  }

  /** s += r·x, c += r·x x' (lower triangle, row-major p × p). */
  private static void addOuter(double r, double[] x, int off, int p, double[] s, double[] c) {
    for (int i = 0; i < p; i++) {
      double rx = r * x[off + i];
      s[i] += rx;
      int ci = i * p;
      for (int j = 0; j <= i; j++) {
        c[ci + j] += rx * x[off + j];
      }
    }
  }
}

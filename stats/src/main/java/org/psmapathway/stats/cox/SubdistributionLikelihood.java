package org.psmapathway.stats.cox;

/**
 * The Fine–Gray pseudo-likelihood of {@code cmprsk}'s Fortran (crrfsv / crrf: value, score, information;
 * crrvv: sandwich variance), with every risk-set sum kept as a running sum. Rows are sorted by time;
 * {@code ici} is 1 for the cause of interest, 2 for a competing cause, 0 for censored; {@code g[i]} is
 * G(t_i−). The risk set at a failure time τ holds every row with t ≥ τ (weight e^η) and every competing
 * failure with t &lt; τ (weight e^η·G(τ−)/G(t−)). Values are the negated log pseudo-likelihood and its
 * derivatives, as crr minimises.
 */
final class SubdistributionLikelihood {

  private final int n;
  private final int p;
  private final double[] t;
  private final int[] ici;
  private final double[] x;
  private final double[] g;
  /** Distinct failure times (cause of interest): first sorted row of each, and number of failures. */
  private final int[] failFirst;
  private final int[] failCount;

  SubdistributionLikelihood(double[] t, int[] ici, double[] x, int p, double[] g) {
    this.n = t.length;
    this.p = p;
    this.t = t;
    this.ici = ici;
    this.x = x;
    this.g = g;
    int ndf = 0;
    for (int i = 0; i < n; ) {
      int j = i;
      int d = 0;
      for (; j < n && t[j] == t[i]; j++) {
        d += ici[j] == 1 ? 1 : 0;
      }
      ndf += d > 0 ? 1 : 0;
      i = j;
    }
    failFirst = new int[ndf];
    failCount = new int[ndf];
    for (int i = 0, f = 0; i < n; ) {
      int j = i;
      int d = 0;
      for (; j < n && t[j] == t[i]; j++) {
        d += ici[j] == 1 ? 1 : 0;
      }
      if (d > 0) {
        failFirst[f] = i;
        failCount[f++] = d;
      }
      i = j;
    }
  }

  /** Risk-set sums S0, S1 (p), S2 (p × p, lower triangle used) at every distinct failure time. */
  private record RiskSums(double[] s0, double[] s1, double[] s2) {
  }

  private RiskSums riskSums(double[] b, boolean second) {
    int ndf = failFirst.length;
    int q = second ? p * p : 0;
    double[] s0 = new double[ndf];
    double[] s1 = new double[ndf * p];
    double[] s2 = new double[ndf * q];
    double[] e = new double[n];
    for (int i = 0; i < n; i++) {
      double z = 0;
      for (int j = 0; j < p; j++) {
        z += b[j] * x[i * p + j];
      }
      e[i] = Math.exp(z);
    }
    // competing failures before τ_f, weighted by 1/G(t−): ascending prefix sums
    double c0 = 0;
    double[] c1 = new double[p];
    double[] c2 = new double[q];
    int row = 0;
    for (int f = 0; f < ndf; f++) {
      double tau = t[failFirst[f]];
      for (; row < n && t[row] < tau; row++) {
        if (ici[row] == 2) {
          double w = e[row] / g[row];
          c0 += w;
          accumulate(row, w, c1, c2, second);
        }
      }
      double gf = g[failFirst[f]];
      s0[f] = gf * c0;
      for (int j = 0; j < p; j++) {
        s1[f * p + j] = gf * c1[j];
      }
      for (int k = 0; k < q; k++) {
        s2[f * q + k] = gf * c2[k];
      }
    }
    // rows with t ≥ τ_f: descending suffix sums
    double a0 = 0;
    double[] a1 = new double[p];
    double[] a2 = new double[q];
    row = n - 1;
    for (int f = ndf - 1; f >= 0; f--) {
      double tau = t[failFirst[f]];
      for (; row >= 0 && t[row] >= tau; row--) {
        a0 += e[row];
        accumulate(row, e[row], a1, a2, second);
      }
      s0[f] += a0;
      for (int j = 0; j < p; j++) {
        s1[f * p + j] += a1[j];
      }
      for (int k = 0; k < q; k++) {
        s2[f * q + k] += a2[k];
      }
    }
    return new RiskSums(s0, s1, s2);
  }

  private void accumulate(int row, double w, double[] s1, double[] s2, boolean second) {
    int off = row * p;
    for (int j = 0; j < p; j++) {
      double wx = w * x[off + j];
      s1[j] += wx;
      if (second) {
        for (int k = 0; k <= j; k++) {
          s2[j * p + k] += wx * x[off + k];
        }
      }
    }
  }

  /**
   * Negated log pseudo-likelihood at b; fills the gradient {@code s} and information {@code v} when
   * they are not null (crrfsv), else only the value (crrf).
   */
  double evaluate(double[] b, double[] s, double[][] v) {
    boolean derivs = s != null;
    RiskSums rs = riskSums(b, derivs);
    if (derivs) {
      java.util.Arrays.fill(s, 0);
      for (double[] r : v) {
        java.util.Arrays.fill(r, 0);
      }
    }
    double lik = 0;
    int q = p * p;
    for (int f = 0; f < failFirst.length; f++) {
      int d = failCount[f];
      double tau = t[failFirst[f]];
      for (int i = failFirst[f]; i < n && t[i] == tau; i++) {
        if (ici[i] == 1) {
          double z = 0;
          for (int j = 0; j < p; j++) {
            z += b[j] * x[i * p + j];
            if (derivs) {
              s[j] -= x[i * p + j];
            }
          }
          lik -= z;
        }
      }
      double s0 = rs.s0()[f];
      lik += d * Math.log(s0);
      if (derivs) {
        for (int j = 0; j < p; j++) {
          double mj = rs.s1()[f * p + j] / s0;
          s[j] += d * mj;
          for (int k = 0; k <= j; k++) {
            double mk = rs.s1()[f * p + k] / s0;
            v[j][k] += d * (rs.s2()[f * q + j * p + k] / s0 - mj * mk);
          }
        }
      }
    }
    if (derivs) {
      for (int j = 0; j < p; j++) {
        for (int k = 0; k < j; k++) {
          v[k][j] = v[j][k];
        }
      }
    }
    return lik;
  }

  /** crrvv: h⁻¹ (Σ_i (η_i + ψ_i)(η_i + ψ_i)') h⁻¹ at b, h the information. */
  double[][] sandwich(double[] b) {
    int ndf = failFirst.length;
    double[] s = new double[p];
    double[][] h = new double[p][p];
    evaluate(b, s, h);
    RiskSums rs = riskSums(b, false);
    double[] e = new double[n];
    for (int i = 0; i < n; i++) {
      double z = 0;
      for (int j = 0; j < p; j++) {
        z += b[j] * x[i * p + j];
      }
      e[i] = Math.exp(z);
    }
    double[] xbar = new double[ndf * p];
    for (int f = 0; f < ndf; f++) {
      for (int j = 0; j < p; j++) {
        xbar[f * p + j] = rs.s1()[f * p + j] / rs.s0()[f];
      }
    }
    // H_f = Σ_{f' ≤ f} d/S0, HX_f = Σ d·x̄/S0 (prefix); K_f = Σ_{f' ≥ f} d·G/S0, KX_f (suffix)
    double[] hh = new double[ndf];
    double[] hx = new double[ndf * p];
    double[] kk = new double[ndf + 1];
    double[] kx = new double[(ndf + 1) * p];
    for (int f = 0; f < ndf; f++) {
      double w = failCount[f] / rs.s0()[f];
      hh[f] = (f > 0 ? hh[f - 1] : 0) + w;
      for (int j = 0; j < p; j++) {
        hx[f * p + j] = (f > 0 ? hx[(f - 1) * p + j] : 0) + w * xbar[f * p + j];
      }
    }
    for (int f = ndf - 1; f >= 0; f--) {
      double w = failCount[f] * g[failFirst[f]] / rs.s0()[f];
      kk[f] = kk[f + 1] + w;
      for (int j = 0; j < p; j++) {
        kx[f * p + j] = kx[(f + 1) * p + j] + w * xbar[f * p + j];
      }
    }
    double[][] v2 = new double[p][p];
    double[] st = new double[p];
    double[] ss2 = new double[p];   // running censoring-martingale part of ψ (already negative)
    double[] qu = new double[p];
    double[] p1 = new double[p];    // Σ over competing rows before the current time of x e^η / G
    double p0 = 0;
    int fPrev = -1;                 // last failure-time index with τ ≤ current time
    int compRow = 0;
    for (int i = 0; i < n; ) {
      double ti = t[i];
      int end = i;
      int censored = 0;
      while (end < n && t[end] == ti) {
        censored += ici[end] == 0 ? 1 : 0;
        end++;
      }
      while (fPrev + 1 < ndf && t[failFirst[fPrev + 1]] <= ti) {
        fPrev++;
      }
      int fNext = (fPrev >= 0 && t[failFirst[fPrev]] == ti) ? fPrev : fPrev + 1; // first τ ≥ ti
      for (; compRow < i; compRow++) {
        if (ici[compRow] == 2) {
          double w = e[compRow] / g[compRow];
          p0 += w;
          for (int j = 0; j < p; j++) {
            p1[j] += w * x[compRow * p + j];
          }
        }
      }
      int atRisk = n - i;
      if (censored > 0) {
        for (int j = 0; j < p; j++) {
          qu[j] = p1[j] * kk[fNext] - p0 * kx[fNext * p + j];
          ss2[j] -= censored * qu[j] / ((double) atRisk * atRisk);
        }
      }
      for (int r = i; r < end; r++) {
        int off = r * p;
        int fAfter = fPrev + 1; // failure times strictly after ti start here
        for (int j = 0; j < p; j++) {
          double xi = x[off + j];
          double eta = 0;
          if (ici[r] == 1) {
            eta += xi - xbar[fPrev * p + j];
          }
          if (fPrev >= 0) {
            eta -= e[r] * (xi * hh[fPrev] - hx[fPrev * p + j]);
          }
          if (ici[r] == 2) {
            eta -= e[r] / g[r] * (xi * kk[fAfter] - kx[fAfter * p + j]);
          }
          double psi = ss2[j] + (ici[r] == 0 ? qu[j] / atRisk : 0);
          st[j] = eta + psi;
        }
        for (int j = 0; j < p; j++) {
          for (int k = 0; k <= j; k++) {
            v2[j][k] += st[j] * st[k];
          }
        }
      }
      i = end;
    }
    for (int j = 0; j < p; j++) {
      for (int k = 0; k < j; k++) {
        v2[k][j] = v2[j][k];
      }
    }
    double[][] hinv = DenseSolve.inverse(h, "Fine-Gray information matrix");
    double[][] out = new double[p][p];
    for (int a = 0; a < p; a++) {
      for (int c = 0; c < p; c++) {
        double sum = 0;
        for (int k = 0; k < p; k++) {
          for (int l = 0; l < p; l++) {
            sum += hinv[a][k] * v2[k][l] * hinv[c][l];
          }
        }
        out[a][c] = sum;
      }
    }
    return out;
  }
}

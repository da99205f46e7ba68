package org.psmapathway.stats.cox;

/**
 * Score residuals of a Cox fit, {@code residuals(fit, "score")}, as survival's {@code src/coxscore2.c}
 * defines them (Efron: each of the d tied deaths takes 1/d of every term's mean and (1 − k/d) of its
 * hazard), but computed in O(n·p) instead of coxscore2's O(n²): one backward pass accumulates the
 * per-time hazard increments h and h·x̄, and the cumulative sums over earlier times are obtained as the
 * stratum total minus the sums over later times.
 */
final class ScoreResiduals {

  private ScoreResiduals() {
  }

  /**
   * Residuals in sorted order, row-major n × p, on the centred and scaled covariates of {@code d}
   * (divide column j by {@code d.scale[j]} for the original scale).
   *
   * @param beta coefficients on the scaled covariates
   */
  static double[] compute(CoxData d, double[] beta, boolean efron) {
    final int n = d.n;
    final int p = d.p;
    final double[] x = d.x;
    double[] resid = new double[n * p];
    double[] risk = new double[n];
    double[] a = new double[p];
    double[] a2 = new double[p];
    double[] gSuffix = new double[p];   // Σ over later event times of h·x̄
    double[] g = new double[p];          // this time: Σ_k hazard_k · mean_k (everyone at risk)
    double[] gDeath = new double[p];     // this time, deaths' own share (Efron)
    double[] meanDeath = new double[p];  // this time, deaths' dN part: average of the means
    int stratumLast = n - 1;
    double denom = 0;
    double hSuffix = 0;
    for (int i = 0; i < n; i++) {
      double z = 0;
      int off = i * p;
      for (int j = 0; j < p; j++) {
        z += beta[j] * x[off + j];
      }
      risk[i] = Math.exp(z);
    }
    for (int person = n - 1; person >= 0; ) {
      if (d.stratumEnd[person]) {
        stratumLast = person;
        denom = 0;
        hSuffix = 0;
        java.util.Arrays.fill(a, 0);
        java.util.Arrays.fill(gSuffix, 0);
      }
      // the tied group [first, last] at this time within the stratum
      int last = person;
      double t = d.time[person];
      int deaths = 0;
      double eDenom = 0;
      java.util.Arrays.fill(a2, 0);
      while (person >= 0 && d.time[person] == t) {
        double r = risk[person];
        denom += r;
        int off = person * p;
        for (int j = 0; j < p; j++) {
          a[j] += r * x[off + j];
        }
        if (d.event[person]) {
          deaths++;
          eDenom += r;
          for (int j = 0; j < p; j++) {
            a2[j] += r * x[off + j];
          }
        }
        person--;
        if (person >= 0 && d.stratumEnd[person]) {
          break;
        }
      }
      int first = person + 1;
      double h = 0;
      double hDeath = 0;
      java.util.Arrays.fill(g, 0);
      java.util.Arrays.fill(gDeath, 0);
      java.util.Arrays.fill(meanDeath, 0);
      if (deaths > 0) {
        if (deaths < 2 || !efron) {
          h = deaths / denom;
          hDeath = h;
          for (int j = 0; j < p; j++) {
            double mean = a[j] / denom;
            g[j] = h * mean;
            gDeath[j] = g[j];
            meanDeath[j] = mean;
          }
        } else {
          for (int dd = 0; dd < deaths; dd++) {
            double downwt = (double) dd / deaths;
            double temp = denom - downwt * eDenom;
            double hazard = 1.0 / temp; // meanwt / deaths with unit weights
            h += hazard;
            hDeath += hazard * (1 - downwt);
            for (int j = 0; j < p; j++) {
              double mean = (a[j] - downwt * a2[j]) / temp;
              g[j] += hazard * mean;
              gDeath[j] += hazard * (1 - downwt) * mean;
              meanDeath[j] += mean / deaths;
            }
          }
        }
      }
      // partial residual: own time (with the deaths' Efron share) + later-time sums; the earlier-time
      // part, total − later − own, is added when the stratum is complete
      for (int i = first; i <= last; i++) {
        double r = risk[i];
        int off = i * p;
        boolean dead = d.event[i];
        for (int j = 0; j < p; j++) {
          double xi = x[off + j];
          double v = r * (xi * hSuffix - gSuffix[j]);
          if (dead) {
            v += xi - meanDeath[j];
            v -= r * (xi * (hDeath - h) - (gDeath[j] - g[j]));
          }
          resid[off + j] = v;
        }
      }
      hSuffix += h;
      for (int j = 0; j < p; j++) {
        gSuffix[j] += g[j];
      }
      if (person < 0 || d.stratumEnd[person]) {
        // stratum complete: hSuffix/gSuffix are now its totals
        for (int i = first; i <= stratumLast; i++) {
          double r = risk[i];
          int off = i * p;
          for (int j = 0; j < p; j++) {
            resid[off + j] -= r * (x[off + j] * hSuffix - gSuffix[j]);
          }
        }
      }
    }
    return resid;
  }
}

package org.psmapathway.stats.cox;

import org.psmapathway.stats.sort.SortOrder;

/**
 * The fitting data of {@code coxph.fit}: rows sorted by (stratum, time), covariates centred and scaled
 * as {@code coxfit6.c} does, in one row-major {@code double[]} (n × p) for cache-friendly risk-set sums.
 */
final class CoxData {

  final int n;
  final int p;
  /** Sorted position → row index of the design matrix. */
  final int[] order;
  final double[] time;
  final boolean[] event;
  /** True at the last row (largest time) of each stratum in sorted order (R's {@code newstrat}). */
  final boolean[] stratumEnd;
  /** Centred and scaled covariates, row-major: x[i * p + j]. */
  final double[] x;
  final double[] means;
  final double[] scale;
  final int nStrata;
  /**
   * Tied-time groups in sorted order: rows [groupStart[g], groupDeath[g]) are censored,
   * [groupDeath[g], groupStart[g + 1]) are events (rows are sorted by stratum, time, status);
   * {@code groupLastOfStratum[g]} marks the last group of a stratum.
   */
  final int[] groupStart;
  final int[] groupDeath;
  final boolean[] groupLastOfStratum;

  private CoxData(int n, int p, int[] order, double[] time, boolean[] event, boolean[] stratumEnd, double[] x,
          double[] means, double[] scale, int nStrata) {
    this.n = n;
    this.p = p;
    this.order = order;
    this.time = time;
    this.event = event;
    this.stratumEnd = stratumEnd;
    this.x = x;
    this.means = means;
    this.scale = scale;
    this.nStrata = nStrata;
    int groups = 0;
    for (int i = 0; i < n; i++) {
      if (i == n - 1 || stratumEnd[i] || time[i + 1] != time[i]) {
        groups++;
      }
    }
    groupStart = new int[groups + 1];
    groupDeath = new int[groups];
    groupLastOfStratum = new boolean[groups];
    int g = 0;
    int start = 0;
    for (int i = 0; i < n; i++) {
      if (i == n - 1 || stratumEnd[i] || time[i + 1] != time[i]) {
        int death = start;
        while (death <= i && !event[death]) {
          death++;
        }
        groupStart[g] = start;
        groupDeath[g] = death;
        groupLastOfStratum[g] = stratumEnd[i];
        g++;
        start = i + 1;
      }
    }
    groupStart[groups] = n;
  }

  /**
   * @param columns covariate columns (each of length n), in design-matrix row order
   * @param strata  stratum code per row, or null
   */
  static CoxData of(double[] time, boolean[] event, double[][] columns, int[] strata) {
    int n = time.length;
    int p = columns.length;
    // (stratum, time, status): censored rows before events within a tied time, so that the likelihood
    // pass needs no per-row branch; coxfit6 accumulates both kinds into separate sums either way
    int[] byStatus = new int[n];
    int k = 0;
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < n; i++) {
        if (event[i] == (pass == 1)) {
          byStatus[k++] = i;
        }
      }
    }
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = SortOrder.sortableKey(time[i]);
    }
    int[] order = SortOrder.byKeys(keys, byStatus);
    if (strata != null) {
      order = SortOrder.byCodes(order, strata);
    }
    double[] t = new double[n];
    boolean[] e = new boolean[n];
    boolean[] end = new boolean[n];
    int nStrata = n == 0 ? 0 : 1;
    for (int i = 0; i < n; i++) {
      t[i] = time[order[i]];
      e[i] = event[order[i]];
      if (i == n - 1) {
        end[i] = true;
      } else if (strata != null && strata[order[i]] != strata[order[i + 1]]) {
        end[i] = true;
        nStrata++;
      }
    }
    double[] means = new double[p];
    double[] scale = new double[p];
    double[] x = new double[n * p];
    for (int j = 0; j < p; j++) {
      double[] c = columns[j];
      // coxph.fit: nocenter = c(-1, 0, 1): columns with only those values are neither centred nor scaled
      boolean zeroOne = true;
      for (int i = 0; i < n; i++) {
        double v = c[i];
        if (v != 0 && v != 1 && v != -1) {
          zeroOne = false;
          break;
        }
      }
      double mean = 0;
      double s = 1;
      if (!zeroOne) {
        for (int i = 0; i < n; i++) {
          mean += c[i];
        }
        mean /= n;
        double abs = 0;
        for (int i = 0; i < n; i++) {
          abs += Math.abs(c[i] - mean);
        }
        s = abs > 0 ? n / abs : 1.0; // coxfit6.c: rare case of a constant covariate
      }
      means[j] = mean;
      scale[j] = s;
      for (int i = 0; i < n; i++) {
        x[i * p + j] = (c[order[i]] - mean) * s;
      }
    }
    return new CoxData(n, p, order, t, e, end, x, means, scale, nStrata);
  }

  int events() {
    int d = 0;
    for (boolean b : event) {
      if (b) {
        d++;
      }
    }
    return d;
  }
}

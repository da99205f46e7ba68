package org.psmapathway.stats.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aalen–Johansen cumulative incidence for competing risks with the infinitesimal-jackknife standard
 * error, as R's {@code survfit(Surv(time, factor(status)) ~ group)} reports {@code pstate} and
 * {@code std.err} for a multi-state model started in one state ({@code survival/R/survfitAJ.R},
 * {@code src/survfitaj.c}; vignette "compete").
 *
 * <p>With p0 the probability of being event-free and dA_k = d_k/n the cause-k hazard increment at
 * an event time, p0(t) = p0(t−)(1 − d/n) and F_k(t) = F_k(t−) + p0(t−)·dA_k. The variance is Σ_i
 * U_i(t)², U_i the derivative of F_k(t) with respect to the case weight of row i. All rows leaving
 * at the same time with the same status share U_i, and after a row leaves its U_i moves only
 * through p0 and F_k: U_i(t) = U_i(t_i) + D_i(t_i)·(F_k(t) − F_k(t_i))/p0(t_i), D_i the derivative
 * of p0. That makes the variance one pass over the distinct (time, status) pairs per requested time
 * instead of one per row. Near-equal times are merged as R's {@code aeqSurv} does.
 */
public final class AalenJohansen {

  private AalenJohansen() {
  }

  /**
   * @param status      per row 0 = censored, k = cause k
   * @param causeLabels labels of causes 1..K, or null for "1".."max status"
   * @param times       times to report
   */
  public static CumulativeIncidenceResult estimate(double[] time, int[] status,
      List<String> causeLabels,
      GroupCoding groups, double[] times) {
    List<String> causes = CompetingRisksData.causes(time, status, causeLabels, groups, times);
    int nc = causes.size();
    TimeGrid grid = TimeGrid.of(time, true);
    TimeGrid.Ordered ordered = grid.orderBy(groups.index(), groups.size());
    List<CumulativeIncidenceResult.Curve> curves = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      Group fit = new Group(grid, status, ordered.rows(), ordered.start()[g],
          ordered.start()[g + 1], nc);
      for (int k = 0; k < nc; k++) {
        List<CumulativeIncidenceResult.At> at = new ArrayList<>(times.length);
        for (double t : times) {
          at.add(fit.at(t, k));
        }
        curves.add(new CumulativeIncidenceResult.Curve(groups.labels().get(g),
            causes.get(k), at));
      }
    }
    return new CumulativeIncidenceResult(
        "Aalen-Johansen, infinitesimal jackknife se (survival::survfit)", curves);
  }

  /** The estimator and the per-(time, status) influence pieces of one group. */
  private static final class Group {
    final int m;
    final int nc;
    final double[] time;
    /** p0 and F_k just after each distinct time. */
    final double[] p0;
    final double[][] cif;
    /** Rows at risk just after each distinct time. */
    final int[] stillAtRisk;
    /** Influence on F_k of a row still at risk after time j (the same for all of them). */
    final double[][] riskE;
    /** Rows leaving at time j with status c, and their influence on p0 and F_k at time j. */
    final int[][] leaving;
    final double[][] leaveD;
    final double[][][] leaveE;

    Group(TimeGrid grid, int[] status, int[] rows, int from, int to, int nc) {
      this.nc = nc;
      int distinct = 0;
      for (int i = from; i < to; i++) {
        if (i == from || grid.rank[rows[i]] != grid.rank[rows[i - 1]]) {
          distinct++;
        }
      }
      m = distinct;
      time = new double[m];
      p0 = new double[m];
      cif = new double[nc][m];
      stillAtRisk = new int[m];
      riskE = new double[nc][m];
      leaving = new int[m][nc + 1];
      leaveD = new double[m][nc + 1];
      leaveE = new double[m][nc + 1][nc];
      int n = to - from;
      double p = 1;
      double[] f = new double[nc];
      double riskD = 0; // derivative of p0 for a row still at risk
      double[] rE = new double[nc];
      int j = 0;
      int i = from;
      while (i < to) {
        int r = grid.rank[rows[i]];
        for (; i < to && grid.rank[rows[i]] == r; i++) {
          leaving[j][status[rows[i]]]++;
        }
        int d = 0;
        for (int c = 1; c <= nc; c++) {
          d += leaving[j][c];
        }
        double dn = (double) d / n;
        double pPrev = p;
        // rows leaving now: dN_i = [status > 0], Y_i = 1 (censored rows are at risk at
        // their time)
        for (int c = 0; c <= nc; c++) {
          double dN = c > 0 ? 1 : 0;
          leaveD[j][c] = riskD * (1 - dn) - pPrev * (dN - dn) / n;
          for (int k = 0; k < nc; k++) {
            double dA = leaving[j][k + 1] / (double) n;
            leaveE[j][c][k] = rE[k] + riskD * dA + pPrev
                * ((c == k + 1 ? 1 : 0) - dA) / n;
          }
        }
        for (int k = 0; k < nc; k++) {
          double dA = leaving[j][k + 1] / (double) n;
          rE[k] = rE[k] + riskD * dA - pPrev * dA / n;
          f[k] += pPrev * dA;
          cif[k][j] = f[k];
          riskE[k][j] = rE[k];
        }
        riskD = riskD * (1 - dn) + pPrev * dn / n;
        p = pPrev * (1 - dn);
        p0[j] = p;
        n -= leaving[j][0] + d;
        stillAtRisk[j] = n;
        time[j] = grid.times[r];
        j++;
      }
    }

    CumulativeIncidenceResult.At at(double t, int k) {
      if (m == 0 || t > time[m - 1]) {
        return new CumulativeIncidenceResult.At(t, Double.NaN, Double.NaN); // R drops it (extend = FALSE)
      }
      int big = Arrays.binarySearch(time, t);
      int last = big >= 0 ? big : -big - 2;
      if (last < 0) {
        return new CumulativeIncidenceResult.At(t, 0, 0);
      }
      double fAt = cif[k][last];
      double var = stillAtRisk[last] * riskE[k][last] * riskE[k][last];
      for (int j = 0; j <= last; j++) {
        double moved = j == last ? 0 : (fAt - cif[k][j]) / p0[j];
        for (int c = 0; c <= nc; c++) {
          int cnt = leaving[j][c];
          if (cnt > 0) {
            double u = leaveE[j][c][k] + (j == last ? 0 : leaveD[j][c] * moved);
            var += cnt * u * u;
          }
        }
      }
      return new CumulativeIncidenceResult.At(t, fAt, Math.sqrt(var));
    }
  }
}

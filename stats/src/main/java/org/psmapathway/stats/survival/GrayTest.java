package org.psmapathway.stats.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.psmapathway.stats.model.GeneralizedCholesky;

/**
 * Gray's (1988) test comparing the cumulative incidence of a cause across groups, optionally
 * stratified, with weight (1 − F(t−))^rho: a port of cmprsk's Fortran {@code crstm}/{@code crst}
 * (cmprsk/src/crstm.f) as {@code cmprsk::cuminc(time, status, group, strata, rho)} calls it. Scores
 * and their covariance are summed over strata; the statistic is s'V⁻¹s over the first groups − 1
 * groups.
 *
 * <p>Differences from cmprsk, both deliberate: where cmprsk's QR finds V rank-deficient it reports
 * a statistic of −1; here statistic and p are NaN. cmprsk computes p as 1 − pchisq(stat), which
 * loses precision below about 1e-15; here p is the upper tail computed directly. Groups with no
 * rows are left out as cmprsk does; causes without events are not tested (cmprsk has no line for
 * them). Times are compared exactly, as cmprsk does.
 */
public final class GrayTest {

  private GrayTest() {
  }

  /**
   * @param status      per row 0 = censored, k = cause k
   * @param causeLabels labels of causes 1..K, or null for "1".."max status"
   * @param strata      stratum per row in {@code [0, nStrata)}, or null for one stratum
   * @param rho         weight exponent (cmprsk default 0)
   */
  public static GrayTestResult test(double[] time, int[] status, List<String> causeLabels,
      GroupCoding groups,
      int[] strata, int nStrata, double rho) {
    List<String> causes = CompetingRisksData.causes(time, status, causeLabels, groups,
        new double[0]);
    if (strata != null) {
      if (nStrata < 1) {
        throw new IllegalArgumentException("nStrata: expected at least 1, got " + nStrata);
      }
      RightCensoredData.checkIndex("strata", strata, time.length, nStrata);
    }
    if (!Double.isFinite(rho)) {
      throw new IllegalArgumentException("rho: expected a finite number, got " + rho);
    }
    // groups with rows only, in level order (cuminc: factor(group, names(ugg)[ugg > 0]))
    int[] counts = groups.counts();
    int[] compact = new int[counts.length];
    int ng = 0;
    for (int g = 0; g < counts.length; g++) {
      compact[g] = counts[g] > 0 ? ng++ : -1;
    }
    if (ng < 2) {
      throw new IllegalArgumentException("group: expected at least 2 groups with rows, got "
          + ng);
    }
    int[] group = new int[time.length];
    for (int i = 0; i < group.length; i++) {
      group[i] = compact[groups.index()[i]];
    }
    int blocks = strata == null ? 1 : nStrata;
    TimeGrid grid = TimeGrid.of(time, false);
    TimeGrid.Ordered ordered = grid.orderBy(strata, blocks);
    List<GrayTestResult.Cause> out = new ArrayList<>();
    for (int cause = 1; cause <= causes.size(); cause++) {
      boolean any = false;
      for (int s : status) {
        any |= s == cause;
      }
      if (!any) {
        continue;
      }
      double[] score = new double[ng - 1];
      double[][] var = new double[ng - 1][ng - 1];
      for (int b = 0; b < blocks; b++) {
        crst(grid, status, cause, group, ng, ordered.rows(), ordered.start()[b],
            ordered.start()[b + 1], rho,
            score, var);
      }
      GeneralizedCholesky chol =
          GeneralizedCholesky.decompose(var, LogRank.SCORE_TEST_TOLERANCE);
      double stat = chol.quadraticForm(score);
      int df = ng - 1;
      double p;
      if (chol.rank() < df) {
        stat = Double.NaN;
        p = Double.NaN;
      } else {
        p = ChiSquaredDistribution.of(df).survivalProbability(stat);
      }
      out.add(new GrayTestResult.Cause(causes.get(cause - 1), stat, df, p));
    }
    return new GrayTestResult(rho, out);
  }

  // Port of subroutine crst for one stratum; adds the scores of groups 1..ng-1 and their
  // covariance.
  private static void crst(TimeGrid grid, int[] status, int cause, int[] group, int ng,
      int[] rows, int from,
      int to, double rho, double[] score, double[][] var) {
    int ng1 = ng - 1;
    int[] rs = new int[ng];
    for (int i = from; i < to; i++) {
      rs[group[rows[i]]]++;
    }
    double[] f1m = new double[ng];
    double[] f1 = new double[ng];
    double[] skmm = new double[ng];
    double[] skm = new double[ng];
    double[] v3 = new double[ng];
    double[][] v2 = new double[ng1][ng];
    double[][] c = new double[ng][ng];
    double[][] a = new double[ng][ng];
    double[][] v = new double[ng1][ng1];
    double[] s = new double[ng1];
    Arrays.fill(skmm, 1);
    Arrays.fill(skm, 1);
    int[][] d = new int[3][ng]; // censored, failed from the cause, failed from another cause
    double fm = 0;
    double f;
    int i = from;
    while (i < to) {
      int r = grid.rank[rows[i]];
      int start = i;
      for (int[] row : d) {
        Arrays.fill(row, 0);
      }
      for (; i < to && grid.rank[rows[i]] == r; i++) {
        int st = status[rows[i]];
        d[st == 0 ? 0 : st == cause ? 1 : 2][group[rows[i]]]++;
      }
      int nd1 = 0;
      int nd2 = 0;
      for (int g = 0; g < ng; g++) {
        nd1 += d[1][g];
        nd2 += d[2][g];
      }
      if (nd1 > 0 || nd2 > 0) {
        double tr = 0;
        double tq = 0;
        for (int g = 0; g < ng; g++) {
          if (rs[g] <= 0) {
            continue;
          }
          int td = d[1][g] + d[2][g];
          skm[g] = skmm[g] * (rs[g] - td) / rs[g];
          f1[g] = f1m[g] + (skmm[g] * d[1][g]) / rs[g];
          tr += rs[g] / skmm[g];
          tq += rs[g] * (1 - f1m[g]) / skmm[g];
        }
        f = fm + nd1 / tr;
        double fb = Math.pow(1 - fm, rho);
        for (int g = 0; g < ng; g++) {
          for (int h = g; h < ng; h++) {
            a[g][h] = 0;
          }
          if (rs[g] <= 0) {
            continue;
          }
          double t1 = rs[g] / skmm[g];
          a[g][g] = fb * t1 * (1 - t1 / tr);
          c[g][g] += a[g][g] * nd1 / (tr * (1 - fm));
          for (int h = g + 1; h < ng; h++) {
            if (rs[h] <= 0) {
              continue;
            }
            a[g][h] = -fb * t1 * rs[h] / (skmm[h] * tr);
            c[g][h] += a[g][h] * nd1 / (tr * (1 - fm));
          }
        }
        for (int g = 1; g < ng; g++) {
          for (int h = 0; h < g; h++) {
            a[g][h] = a[h][g];
            c[g][h] = c[h][g];
          }
        }
        for (int g = 0; g < ng1; g++) {
          if (rs[g] > 0) {
            s[g] += fb * (d[1][g]
                - nd1 * (double) rs[g] * (1 - f1m[g]) / (skmm[g] * tq));
          }
        }
        if (nd1 > 0) {
          for (int k = 0; k < ng; k++) {
            if (rs[k] <= 0) {
              continue;
            }
            double t4 = skm[k] > 0 ? 1 - (1 - f) / skm[k] : 1;
            double t5 = nd1 > 1 ? 1 - (nd1 - 1) / (tr * skmm[k] - 1) : 1;
            double t3 = t5 * skmm[k] * nd1 / (tr * rs[k]);
            v3[k] += t4 * t4 * t3;
            for (int g = 0; g < ng1; g++) {
              double t1 = a[g][k] - t4 * c[g][k];
              v2[g][k] += t1 * t4 * t3;
              for (int h = 0; h <= g; h++) {
                double t2 = a[h][k] - t4 * c[h][k];
                v[g][h] += t1 * t2 * t3;
              }
            }
          }
        }
        if (nd2 > 0) {
          for (int k = 0; k < ng; k++) {
            if (skm[k] <= 0 || d[2][k] <= 0) {
              continue;
            }
            double t4 = (1 - f) / skm[k];
            double t5 = d[2][k] > 1 ? 1 - (d[2][k] - 1.0) / (rs[k] - 1.0) : 1;
            double t3 = t5 * ((skmm[k] * skmm[k]) * d[2][k]) / ((double) rs[k] * rs[k]);
            v3[k] += t4 * t4 * t3;
            for (int g = 0; g < ng1; g++) {
              double t1 = t4 * c[g][k];
              v2[g][k] -= t1 * t4 * t3;
              for (int h = 0; h <= g; h++) {
                double t2 = t4 * c[h][k];
                v[g][h] += t1 * t2 * t3;
              }
            }
          }
        }
        fm = f;
      }
      if (i >= to) {
        break;
      }
      for (int j = start; j < i; j++) {
        rs[group[rows[j]]]--;
      }
      for (int g = 0; g < ng; g++) {
        f1m[g] = f1[g];
        skmm[g] = skm[g];
      }
    }
    for (int g = 0; g < ng1; g++) {
      for (int h = 0; h <= g; h++) {
        for (int k = 0; k < ng; k++) {
          v[g][h] += c[g][k] * c[h][k] * v3[k];
          v[g][h] += c[g][k] * v2[h][k];
          v[g][h] += c[h][k] * v2[g][k];
        }
      }
    }
    for (int g = 0; g < ng1; g++) {
      score[g] += s[g];
      for (int h = 0; h <= g; h++) {
        var[g][h] += v[g][h];
        var[h][g] = var[g][h];
      }
    }
  }
}

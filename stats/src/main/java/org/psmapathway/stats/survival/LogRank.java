package org.psmapathway.stats.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.psmapathway.stats.model.GeneralizedCholesky;

/**
 * The G-rho family of k-sample tests of Harrington and Fleming (1982), R's
 * {@code survdiff(Surv(time, event) ~ group + strata(s), rho = rho)} ({@code
 * survival/R/survdiff.R}, {@code survdiff.fit.R}, {@code src/survdiff2.c}). Rho = 0 is the log-rank
 * test, rho = 1 the Peto–Peto modification of the Gehan–Wilcoxon test.
 *
 * <p>At each event time of a stratum, with weight w = S(t−)^rho (S the Kaplan–Meier estimate of the
 * pooled stratum): O_k += w·d_k, E_k += w·d·n_k/n, and, when n > 1,
 * V_jk += w²·d·(n − d)/(n − 1)·(n_j/n)(δ_jk − n_k/n). O, E and V are summed over strata. As in
 * {@code survdiff}, groups with E = 0 are left out of the test, the first remaining group is
 * dropped, χ² = (O − E)'V⁻¹(O − E) and df = (groups with E > 0) − 1; χ² = 0 when fewer than two
 * groups remain (p = 1 for df = 0, NaN when there are no events, as R's {@code pchisq} gives).
 * Where R's {@code solve()} would stop on a singular V, a generalised inverse is used
 * ({@link GeneralizedCholesky#quadraticForm}).
 */
public final class LogRank {

  /**
   * Pivots below this fraction of the largest variance count as zero (survival's
   * {@code cholesky2} toler as {@code coxph} passes it, 1e-9); shared with {@link GrayTest}.
   */
  static final double SCORE_TEST_TOLERANCE = 1e-9;

  private LogRank() {
  }

  /** Unstratified log-rank test (rho = 0). */
  public static LogRankResult test(double[] time, int[] event, GroupCoding groups) {
    return test(time, event, groups, null, 0, 0);
  }

  /**
   * @param strata  stratum index per row in {@code [0, nStrata)}, or null for one stratum
   * @param nStrata number of strata (ignored when {@code strata} is null)
   * @param rho     G-rho exponent, finite and >= 0 (R accepts any number; 0 and 1 are the ones in
   * use)
   */
  public static LogRankResult test(double[] time, int[] event, GroupCoding groups, int[] strata,
      int nStrata,
      double rho) {
    RightCensoredData.check(time, event);
    RightCensoredData.checkIndex("group", groups.index(), time.length, groups.size());
    if (strata != null) {
      if (nStrata < 1) {
        throw new IllegalArgumentException("nStrata: expected at least 1, got " + nStrata);
      }
      RightCensoredData.checkIndex("strata", strata, time.length, nStrata);
    }
    if (!Double.isFinite(rho)) {
      throw new IllegalArgumentException("rho: expected a finite number, got " + rho);
    }
    int ng = groups.size();
    int[] counts = groups.counts();
    int present = 0;
    for (int c : counts) {
      present += c > 0 ? 1 : 0;
    }
    if (present < 2) {
      throw new IllegalArgumentException("group: expected at least 2 groups with rows, got "
          + present
          + " (R: 'There is only 1 group')");
    }
    TimeGrid grid = TimeGrid.of(time, true);
    int blocks = strata == null ? 1 : nStrata;
    TimeGrid.Ordered ordered = grid.orderBy(strata, blocks);
    int[] rows = ordered.rows();
    int[] group = groups.index();
    double[] observed = new double[ng];
    double[] expected = new double[ng];
    double[][] var = new double[ng][ng];
    int[] risk = new int[ng];
    int[] deaths = new int[ng];
    int[] leaving = new int[ng];
    for (int b = 0; b < blocks; b++) {
      int from = ordered.start()[b];
      int to = ordered.start()[b + 1];
      Arrays.fill(risk, 0);
      for (int i = from; i < to; i++) {
        risk[group[rows[i]]]++;
      }
      int n = to - from;
      double km = 1;
      int i = from;
      while (i < to) {
        int r = grid.rank[rows[i]];
        Arrays.fill(deaths, 0);
        Arrays.fill(leaving, 0);
        int d = 0;
        for (; i < to && grid.rank[rows[i]] == r; i++) {
          int row = rows[i];
          leaving[group[row]]++;
          if (event[row] == 1) {
            deaths[group[row]]++;
            d++;
          }
        }
        if (d > 0) {
          double w = rho == 0 ? 1 : Math.pow(km, rho);
          for (int k = 0; k < ng; k++) {
            observed[k] += deaths[k] * w;
            expected[k] += w * d * risk[k] / n;
          }
          if (n > 1) {
            double w2 = w * w;
            for (int j = 0; j < ng; j++) {
              double tmp = w2 * d * risk[j] * (n - d) / ((double) n * (n - 1));
              var[j][j] += tmp;
              for (int k = 0; k < ng; k++) {
                var[j][k] -= tmp * risk[k] / n;
              }
            }
          }
          km = km * (n - d) / n;
        }
        for (int k = 0; k < ng; k++) {
          risk[k] -= leaving[k];
          n -= leaving[k];
        }
      }
    }
    return result(groups, counts, observed, expected, var, rho);
  }

  private static LogRankResult result(GroupCoding groups, int[] counts, double[] observed,
      double[] expected,
      double[][] var, double rho) {
    int ng = groups.size();
    int[] keep = new int[ng];
    int kept = 0;
    for (int k = 0; k < ng; k++) {
      if (expected[k] > 0) {
        keep[kept++] = k;
      }
    }
    double chi = 0;
    if (kept >= 2) {
      int p = kept - 1;
      double[] diff = new double[p];
      double[][] v = new double[p][p];
      for (int a = 0; a < p; a++) {
        int ga = keep[a + 1];
        diff[a] = observed[ga] - expected[ga];
        for (int b = 0; b < p; b++) {
          // transposed: cholesky2 reads the upper triangle, and the pass above builds
          // var[j][k] and var[k][j] with different roundings; this keeps the lower one
          v[b][a] = var[ga][keep[b + 1]];
        }
      }
      chi = GeneralizedCholesky.decompose(v, SCORE_TEST_TOLERANCE).quadraticForm(diff);
    }
    int df = kept - 1;
    // R: pchisq(0, 0, lower.tail = FALSE) is 1; with no events at all df is -1 and R gives NaN
    double pValue = df > 0 ? ChiSquaredDistribution.of(df).survivalProbability(chi) : df == 0
        ? 1 : Double.NaN;
    List<LogRankResult.Group> rows = new ArrayList<>(ng);
    for (int k = 0; k < ng; k++) {
      rows.add(new LogRankResult.Group(groups.labels().get(k), counts[k], observed[k],
          expected[k]));
    }
    return new LogRankResult(chi, df, pValue, rho, rows, var);
  }
}

package org.psmapathway.stats.cox;

import java.util.Arrays;
import org.psmapathway.stats.sort.SortOrder;

/**
 * Harrell's concordance with its infinitesimal-jackknife standard error: a port of survival's
 * {@code concordancefit()} (R/concordance.R) and {@code concordance3()} (src/concordance3.c) for
 * right-censored data with unit case weights and {@code timewt = "n"}. Rows are visited by descending
 * time (censored before deaths at a tie), risk scores are counted in a Fenwick tree over their ranks —
 * O(n log n) — and every row's share of the concordant / discordant / tied pairs (its influence) is kept
 * for the variance. Pairs are formed within strata only.
 */
public final class HarrellConcordance {

  private HarrellConcordance() {
  }

  /**
   * @param time    follow-up times
   * @param event   event indicators
   * @param score   predictor (for a Cox model: the linear predictor)
   * @param strata  stratum code (≥ 0) per row, or null
   * @param cluster cluster code (≥ 0) per row for the SE, or null (each row its own cluster)
   * @param reverse true when a larger score predicts a shorter time (Cox models: {@code reverse = TRUE})
   */
  public static Concordance compute(double[] time, boolean[] event, double[] score, int[] strata, int[] cluster,
                   boolean reverse) {
    int n = time.length;
    if (event.length != n || score.length != n) {
      throw new IllegalArgumentException("time, event, score: expected equal lengths, got " + n + ", "
          + event.length + ", " + score.length);
    }
    double[][] imat = new double[3][n];
    double[] count = new double[5];
    if (strata == null) {
      int[] rows = new int[n];
      for (int i = 0; i < n; i++) {
        rows[i] = i;
      }
      countStratum(time, event, score, rows, count, imat);
    } else {
      int[] identity = new int[n];
      for (int i = 0; i < n; i++) {
        identity[i] = i;
      }
      int[] order = SortOrder.byCodes(identity, strata);
      for (int s = 0; s < n; ) {
        int e = s;
        while (e < n && strata[order[e]] == strata[order[s]]) {
          e++;
        }
        countStratum(time, event, score, Arrays.copyOfRange(order, s, e), count, imat);
        s = e;
      }
    }
    double npair = count[0] + count[1] + count[2];
    double somer = (count[0] - count[1]) / npair;
    double[] dfbeta = new double[n];
    for (int i = 0; i < n; i++) {
      dfbeta[i] = (imat[0][i] - imat[1][i]) / npair - (somer / npair) * (imat[0][i] + imat[1][i] + imat[2][i]);
    }
    double var = 0;
    if (cluster == null) {
      for (double v : dfbeta) {
        var += v * v;
      }
    } else {
      int k = 0;
      for (int c : cluster) {
        if (c < 0) {
          throw new IllegalArgumentException("cluster code: expected >= 0, got " + c);
        }
        k = Math.max(k, c + 1);
      }
      double[] sums = new double[k];
      for (int i = 0; i < n; i++) {
        sums[cluster[i]] += dfbeta[i];
      }
      for (double v : sums) {
        var += v * v;
      }
    }
    double c = (somer + 1) / 2;
    double se = Math.sqrt(var / 4);
    if (reverse) {
      return new Concordance(1 - c, se, count[1], count[0], count[2], count[3], count[4]);
    }
    return new Concordance(c, se, count[0], count[1], count[2], count[3], count[4]);
  }

  /** concordance3.c for one stratum: adds to count[0..4] and to the influence of its rows. */
  private static void countStratum(double[] time, boolean[] event, double[] score, int[] rows, double[] count,
                   double[][] imat) {
    int m = rows.length;
    // ranks of the distinct scores (match(risk, sort(unique(risk)))) and of the distinct times
    long[] keys = new long[m];
    for (int k = 0; k < m; k++) {
      keys[k] = SortOrder.sortableKey(score[rows[k]]);
    }
    int[] rank = new int[m];
    int distinct = ranks(SortOrder.byKeys(keys), keys, rank);
    for (int k = 0; k < m; k++) {
      keys[k] = SortOrder.sortableKey(time[rows[k]]);
    }
    int[] timeRank = new int[m];
    int times = ranks(SortOrder.byKeys(keys), keys, timeRank);
    // order(-time, status, risk) as one radix key: descending time rank, censored first, score rank
    for (int k = 0; k < m; k++) {
      keys[k] = ((long) (times - 1 - timeRank[k]) << 33) | ((event[rows[k]] ? 1L : 0L) << 32) | rank[k];
    }
    int[] sort = SortOrder.byKeys(keys);
    RankTree all = new RankTree(distinct);
    RankTree deaths = new RankTree(distinct);
    double[] wsum = new double[3];
    for (int i = 0; i < m; ) {
      int ii = sort[i];
      int row = rows[ii];
      if (!event[row]) {
        deaths.walkup(rank[ii], wsum);
        imat[0][row] -= wsum[1];
        imat[1][row] -= wsum[0];
        imat[2][row] -= wsum[2];
        all.add(rank[ii], 1);
        i++;
        continue;
      }
      // all tied deaths at this time; they are contiguous and sorted by rank
      double t = time[row];
      int j = i;
      double dwt = 0;
      double dwt2 = 0;
      int xsave = rank[ii];
      for (; j < m && time[rows[sort[j]]] == t; j++) {
        int jj = sort[j];
        int rj = rows[jj];
        count[3] += dwt; // tied on time
        dwt += 1;
        if (rank[jj] != xsave) {
          // a new score among the tied deaths restarts the tied-on-both count (the tied.y /
          // tied.xy influence columns do not enter the SE, so they are not kept)
          dwt2 = 0;
          xsave = rank[jj];
        }
        count[4] += dwt2; // tied on time and score
        dwt2 += 1;
        all.walkup(rank[jj], wsum);
        for (int k = 0; k < 3; k++) {
          count[k] += wsum[k];
          imat[k][rj] += wsum[k];
        }
        deaths.add(rank[jj], 1);
      }
      for (int k = i; k < j; k++) {
        int kk = sort[k];
        int rk = rows[kk];
        deaths.walkup(rank[kk], wsum);
        imat[0][rk] -= wsum[1];
        imat[1][rk] -= wsum[0];
        imat[2][rk] -= wsum[2];
        all.add(rank[kk], 1);
      }
      i = j;
    }
    // finish the influence: deaths after each row (looking backwards) swap roles
    for (int k = 0; k < m; k++) {
      int row = rows[sort[k]];
      deaths.walkup(rank[sort[k]], wsum);
      imat[0][row] += wsum[1];
      imat[1][row] += wsum[0];
      imat[2][row] += wsum[2];
    }
    count[3] -= count[4]; // the tied.xy pairs were counted as tied.y too
  }

  /** Dense ranks 0..k-1 of {@code keys} given their sorted order; returns k. */
  private static int ranks(int[] order, long[] keys, int[] rank) {
    int r = -1;
    long prev = 0;
    for (int i = 0; i < order.length; i++) {
      long k = keys[order[i]];
      if (i == 0 || k != prev) {
        r++;
        prev = k;
      }
      rank[order[i]] = r;
    }
    return r + 1;
  }

  /** Sums of weights by rank: above, below and at a rank, in O(log n) (a Fenwick tree). */
  private static final class RankTree {
    private final double[] tree;
    private final double[] node;
    private double total;

    RankTree(int size) {
      tree = new double[size + 1];
      node = new double[size];
    }

    void add(int rank, double w) {
      node[rank] += w;
      total += w;
      for (int i = rank + 1; i < tree.length; i += i & -i) {
        tree[i] += w;
      }
    }

    /** wsum[0] = weight with larger score, wsum[1] = smaller, wsum[2] = equal (concordance3's walkup). */
    void walkup(int rank, double[] wsum) {
      double below = 0;
      for (int i = rank; i > 0; i -= i & -i) {
        below += tree[i];
      }
      wsum[1] = below;
      wsum[2] = node[rank];
      wsum[0] = total - below - node[rank];
    }
  }
}

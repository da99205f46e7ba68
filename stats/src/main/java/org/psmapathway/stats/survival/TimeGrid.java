package org.psmapathway.stats.survival;

import java.util.Arrays;
import org.psmapathway.stats.sort.SortOrder;

/**
 * The distinct follow-up times of a data set, each row's position among them, and the rows ordered
 * by group (or stratum) and then time. Built with one radix sort of the times and a counting sort
 * by block after it ({@link SortOrder}), so every estimator downstream is a linear pass.
 *
 * <p>Near-equal times are merged as R does before fitting ({@code survival::aeqSurv}, called by
 * {@code survfit} and {@code survdiff} with {@code timefix = TRUE}): consecutive distinct times
 * whose difference is at most {@code sqrt(.Machine$double.eps)} in absolute terms, or relative to
 * the mean of the distinct absolute times, become the first time of their run. This keeps 0.1 + 0.2
 * and 0.3 one tie.
 */
final class TimeGrid {

  /** R's {@code sqrt(.Machine$double.eps)}. */
  static final double TIME_TOLERANCE = Math.sqrt(Math.ulp(1.0));

  /** Distinct times after merging, ascending. */
  final double[] times;
  /** Per row, the index of its time in {@link #times}. */
  final int[] rank;

  /** Row indices in time order (ties in row order). */
  private final int[] byTime;

  private TimeGrid(double[] times, int[] rank, int[] byTime) {
    this.times = times;
    this.rank = rank;
    this.byTime = byTime;
  }

  /** @param timefix merge near-equal times like R's {@code aeqSurv}; {@code cmprsk} does not do this */
  static TimeGrid of(double[] time, boolean timefix) {
    int n = time.length;
    int[] byTime = SortOrder.ascending(time);
    double[] distinct = new double[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      double t = time[byTime[i]];
      if (m == 0 || t != distinct[m - 1]) {
        distinct[m++] = t;
      }
    }
    distinct = Arrays.copyOf(distinct, m);
    double[] cuts = timefix ? mergeNearTies(distinct) : distinct;
    int[] rank = new int[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      double t = time[byTime[i]];
      // findInterval(x, cuts): the last cut <= x; rows arrive in time order, so k only moves
      // up
      while (k + 1 < cuts.length && cuts[k + 1] <= t) {
        k++;
      }
      rank[byTime[i]] = k;
    }
    return new TimeGrid(cuts, rank, byTime);
  }

  private static double[] mergeNearTies(double[] y) {
    if (y.length < 2) {
      return y;
    }
    double meanAbs = 0;
    for (double v : y) {
      meanAbs += Math.abs(v);
    }
    meanAbs /= y.length;
    double[] cuts = new double[y.length];
    int c = 0;
    cuts[c++] = y[0];
    for (int i = 1; i < y.length; i++) {
      double dy = y[i] - y[i - 1];
      boolean tied = dy <= TIME_TOLERANCE || dy / meanAbs <= TIME_TOLERANCE;
      if (!tied) {
        cuts[c++] = y[i];
      }
    }
    return c == y.length ? y : Arrays.copyOf(cuts, c);
  }

  /**
   * Rows ordered by {@code block} (group or stratum, 0-based, {@code blocks} levels) and by time
   * within a block; {@code start[b]..start[b+1]} delimits block b. One stable counting sort.
   */
  Ordered orderBy(int[] block, int blocks) {
    int n = rank.length;
    int[] start = new int[blocks + 1];
    if (block == null) {
      start[1] = n;
      return new Ordered(byTime, start);
    }
    for (int b : block) {
      start[b + 1]++;
    }
    for (int b = 0; b < blocks; b++) {
      start[b + 1] += start[b];
    }
    int[] order = SortOrder.byCodes(byTime, block);
    return new Ordered(order, start);
  }

  /** Rows in block-then-time order with the block boundaries. */
  record Ordered(int[] rows, int[] start) {
  }
}

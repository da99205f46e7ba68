package org.psmapathway.stats.descriptive;

import java.util.Arrays;

/**
 * Ranks with ties given their average rank, as R's {@code rank(x)} (ties.method = "average"), plus
 * the tie-group sizes that rank tests need for their variance corrections ({@code table(r)} in
 * {@code wilcox.test} and {@code kruskal.test}). One sort, O(n log n).
 */
final class MidRanks {
  /** Average rank of each input value, in input order (1-based like R). */
  final double[] ranks;
  /** Sum over tie groups of t^3 - t, t = size of the group (0 when there are no ties). */
  final double tieCubeSum;
  /** Whether any two values are equal. */
  final boolean hasTies;

  private MidRanks(double[] ranks, double tieCubeSum, boolean hasTies) {
    this.ranks = ranks;
    this.tieCubeSum = tieCubeSum;
    this.hasTies = hasTies;
  }

  /** Ranks of values that are free of NaN. */
  static MidRanks of(double[] values) {
    int n = values.length;
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    // Equal values share one average rank, so each input value only needs its tie group's rank:
    // walk the sorted copy once, then find each value by binary search (primitive, no boxing).
    double[] groupRank = new double[n];
    double tieCubeSum = 0;
    boolean ties = false;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && sorted[j + 1] == sorted[i]) {
        j++;
      }
      double t = j - i + 1;
      if (t > 1) {
        ties = true;
        tieCubeSum += t * t * t - t;
      }
      double average = (i + j + 2) / 2.0;
      for (int k = i; k <= j; k++) {
        groupRank[k] = average;
      }
      i = j + 1;
    }
    double[] ranks = new double[n];
    for (int k = 0; k < n; k++) {
      ranks[k] = groupRank[Arrays.binarySearch(sorted, values[k])];
    }
    return new MidRanks(ranks, tieCubeSum, ties);
  }
}

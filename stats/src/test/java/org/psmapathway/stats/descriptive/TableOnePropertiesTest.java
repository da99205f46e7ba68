package org.psmapathway.stats.descriptive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded property checks of the Table 1 tests (no R needed: the properties are exact). */
class TableOnePropertiesTest {
  private static final int ROUNDS = 200;

  @Test
  void wilcoxonPIsSymmetricInGroupOrder() {
    Random random = new Random(20240611L);
    for (int round = 0; round < ROUNDS; round++) {
      // Small samples hit the exact branch, larger ones and rounded values the normal one.
      double[] x = sample(random, 2 + random.nextInt(60), round % 3 == 0);
      double[] y = sample(random, 2 + random.nextInt(60), round % 3 == 0);
      HypothesisTest xy = WilcoxonRankSum.test(x, y);
      HypothesisTest yx = WilcoxonRankSum.test(y, x);
      assertThat(yx.p()).as("round %d", round).isCloseTo(xy.p(), within(1e-12));
      assertThat(yx.method()).isEqualTo(xy.method());
      // W_yx = n_x n_y − W_xy
      assertThat(yx.statistic()).isEqualTo(x.length * (double) y.length - xy.statistic());
    }
  }

  @Test
  void exactWilcoxonDistributionSumsToOneAndIsSymmetric() {
    for (int m = 1; m <= 12; m++) {
      for (int n = 1; n <= 12; n++) {
        WilcoxonDistribution d = new WilcoxonDistribution(m, n);
        assertThat(d.lowerTail(m * n)).isEqualTo(1.0);
        for (int q = 0; q < m * n; q++) {
          // P(W <= q) = P(W >= mn − q) by symmetry of the null distribution
          assertThat(d.lowerTail(q)).isCloseTo(d.upperTail(m * n - q - 1), within(1e-14));
        }
      }
    }
  }

  @Test
  void kruskalWallisWithTwoGroupsEqualsTheUncorrectedNormalWilcoxon() {
    // For two groups H = z² of the rank-sum test without continuity correction, ties included.
    Random random = new Random(20240612L);
    for (int round = 0; round < ROUNDS; round++) {
      double[] x = sample(random, 60 + random.nextInt(20), true);
      double[] y = sample(random, 60 + random.nextInt(20), true);
      HypothesisTest h = KruskalWallis.test(x, y);
      HypothesisTest w = WilcoxonRankSum.test(x, y);
      double n = x.length + y.length;
      double nx = x.length;
      double ny = y.length;
      double[] pooled = new double[x.length + y.length];
      System.arraycopy(x, 0, pooled, 0, x.length);
      System.arraycopy(y, 0, pooled, x.length, y.length);
      double ties = MidRanks.of(pooled).tieCubeSum;
      double variance = nx * ny / 12 * ((n + 1) - ties / (n * (n - 1)));
      double z = (w.statistic() - nx * ny / 2) / Math.sqrt(variance);
      assertThat(h.statistic()).as("round %d", round).isCloseTo(z * z, within(1e-9 * z * z + 1e-12));
    }
  }

  @Test
  void fisherOnTwoByTwoAgreesWithTheGeneralEnumeration() {
    // The 2 × 2 path (hypergeometric over the [1,1] cell) and the r × c enumeration are written
    // independently; transposing a 2 × 3 table into 3 × 2 also goes through the enumeration.
    Random random = new Random(20240613L);
    for (int round = 0; round < ROUNDS; round++) {
      int[][] t = new int[2][2];
      for (int[] row : t) {
        for (int j = 0; j < row.length; j++) {
          row[j] = 1 + random.nextInt(15);
        }
      }
      int[][] threeByTwo = {t[0], t[1], {0, 0}}; // a zero row is dropped → 2 × 2 again
      assertThat(FisherExact.test(threeByTwo).p()).isEqualTo(FisherExact.test(t).p());
      int[][] wide = {{t[0][0], t[0][1], 1 + random.nextInt(5)},
          {t[1][0], t[1][1], 1 + random.nextInt(5)}};
      int[][] tall = {{wide[0][0], wide[1][0]}, {wide[0][1], wide[1][1]},
          {wide[0][2], wide[1][2]}};
      assertThat(FisherExact.test(tall).p())
          .isCloseTo(FisherExact.test(wide).p(), within(1e-12));
    }
  }

  private static double[] sample(Random random, int n, boolean rounded) {
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      double v = random.nextGaussian() * 3 + 10;
      values[i] = rounded ? Math.rint(v) : v;
    }
    return values;
  }
}

package org.psmapathway.stats.sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Seeded property checks: the radix order equals a stable comparison sort by value (R's order()). */
class SortOrderTest {

  /** R's order(): by value, -0 equal to 0, NA (NaN) last, ties in row order. */
  private static int[] stableByValue(double[] v) {
    Comparator<Integer> byValue = (a, b) -> {
      double x = v[a];
      double y = v[b];
      if (x == y || (Double.isNaN(x) && Double.isNaN(y))) {
        return 0;
      }
      return Double.isNaN(x) ? 1 : Double.isNaN(y) ? -1 : Double.compare(x, y);
    };
    return IntStream.range(0, v.length).boxed().sorted(byValue).mapToInt(Integer::intValue)
        .toArray();
  }

  @Test
  void ascendingIsTheStableOrderByValue() {
    SplittableRandom r = new SplittableRandom(20240611);
    for (int rep = 0; rep < 2000; rep++) {
      int n = 1 + r.nextInt(rep < 1900 ? 50 : 3000);
      double[] v = new double[n];
      int kind = r.nextInt(4);
      for (int i = 0; i < n; i++) {
        v[i] = switch (kind) {
          case 0 -> r.nextInt(10); // many ties
          case 1 -> (r.nextDouble() - 0.5) * 1e6; // negatives
          case 2 -> r.nextInt(4) == 0 ? (r.nextBoolean() ? 0.0 : -0.0) : r.nextInt(5) - 2.5;
          default -> r.nextInt(20) == 0 ? Double.NaN
              : r.nextInt(20) == 0 ? Double.POSITIVE_INFINITY : r.nextDouble() * 1e-300;
        };
      }
      assertThat(SortOrder.ascending(v)).as("rep " + rep).isEqualTo(stableByValue(v));
    }
  }

  @Test
  void strataThenTimeKeepsTimeOrderWithinStratum() {
    SplittableRandom r = new SplittableRandom(7);
    int n = 500;
    double[] time = new double[n];
    int[] strata = new int[n];
    for (int i = 0; i < n; i++) {
      time[i] = r.nextInt(30);
      strata[i] = r.nextInt(3);
    }
    Integer[] expected = IntStream.range(0, n).boxed().toArray(Integer[]::new);
    Arrays.sort(expected, Comparator.<Integer>comparingInt(i -> strata[i])
        .thenComparingDouble(i -> time[i]));
    assertThat(SortOrder.byStrataThenTime(time, strata))
        .containsExactly(Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
  }

  @Test
  void negativeCodeIsRejected() {
    assertThatThrownBy(() -> SortOrder.byCodes(new int[] {0, 1}, new int[] {0, -1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected >= 0, got -1");
  }
}

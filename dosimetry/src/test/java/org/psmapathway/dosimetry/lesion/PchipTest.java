package org.psmapathway.dosimetry.lesion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Against SciPy 1.10.1 {@code PchipInterpolator} (Debian python3-scipy), 1e-12 absolute. */
class PchipTest {

  @Test
  void matchesScipyOnDataWithFlatPartsAndSignChanges() {
    // scipy: PchipInterpolator([0,1,2.5,3,4.5,6,7], [0,2,2,-1,0.5,3,-2])(t), extrapolate=True
    Pchip p = new Pchip(new double[] {0, 1, 2.5, 3, 4.5, 6, 7},
        new double[] {0, 2, 2, -1, 0.5, 3, -2});
    double[][] expected = {
        {0.3, 0.8436}, {1.7, 2.0}, {2.75, 0.5}, {3.1, -0.9886666666666666},
        {4, -0.1666666666666668}, {5.2, 1.8740740740740744}, {6.9, -1.239000000000002},
        {-0.5, -1.15}, {7.5, -5.625000000000001}};
    for (double[] e : expected) {
      assertThat(p.value(e[0])).as("t = %s", e[0]).isCloseTo(e[1], within(1e-12));
    }
    assertThat(p.value(2.5)).isEqualTo(2.0);
  }

  @Test
  void twoPointsAreLinear() {
    Pchip p = new Pchip(new double[] {1, 3}, new double[] {2, 6});
    assertThat(p.value(2)).isCloseTo(4, within(1e-15));
    assertThat(p.value(4)).isCloseTo(8, within(1e-14));
  }

  @Test
  void monotoneDataGiveAMonotoneInterpolant() {
    Random rnd = new Random(20261123L);
    for (int rep = 0; rep < 200; rep++) {
      int n = 3 + rnd.nextInt(10);
      double[] x = new double[n];
      double[] y = new double[n];
      for (int i = 1; i < n; i++) {
        x[i] = x[i - 1] + 0.01 + rnd.nextDouble() * 3;
        y[i] = y[i - 1] - rnd.nextDouble() * (rnd.nextBoolean() ? 5 : 0.01);
      }
      Pchip p = new Pchip(x, y);
      double prev = Double.POSITIVE_INFINITY;
      for (int k = 0; k <= 1000; k++) {
        double t = x[0] + (x[n - 1] - x[0]) * k / 1000.0;
        double v = p.value(t);
        assertThat(v).isLessThanOrEqualTo(prev + 1e-12);
        assertThat(v).isBetween(y[n - 1] - 1e-12, y[0] + 1e-12);
        prev = v;
      }
    }
  }

  @Test
  void badTables() {
    assertThatThrownBy(() -> new Pchip(new double[] {0, 0}, new double[] {1, 2}))
        .hasMessageContaining("x[1]");
    assertThatThrownBy(() -> new Pchip(new double[] {0}, new double[] {1}))
        .hasMessageContaining("at least 2");
    assertThatThrownBy(() -> new Pchip(new double[] {0, 1}, new double[] {1}))
        .hasMessageContaining("same length");
  }
}

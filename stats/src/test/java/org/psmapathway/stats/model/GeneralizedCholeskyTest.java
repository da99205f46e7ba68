package org.psmapathway.stats.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psmapathway.stats.testing.RelativeTolerance.assertClose;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Seeded checks of the quadratic form against the chsolve2 solve it shortcuts. */
class GeneralizedCholeskyTest {

  @Test
  void quadraticFormIsXTimesTheSolveForFullRank() {
    SplittableRandom r = new SplittableRandom(3);
    for (int rep = 0; rep < 500; rep++) {
      int p = 1 + r.nextInt(6);
      double[][] a = new double[p][p];
      for (int row = 0; row < p + 3; row++) {
        double[] z = new double[p];
        for (int j = 0; j < p; j++) {
          z[j] = r.nextGaussian();
        }
        for (int i = 0; i < p; i++) {
          for (int j = 0; j < p; j++) {
            a[i][j] += z[i] * z[j];
          }
        }
      }
      double[] x = new double[p];
      for (int j = 0; j < p; j++) {
        x[j] = r.nextGaussian();
      }
      GeneralizedCholesky c = GeneralizedCholesky.decompose(a, 1e-9);
      assertThat(c.rank()).isEqualTo(p);
      double[] y = x.clone();
      c.solveInPlace(y);
      double expected = 0;
      for (int j = 0; j < p; j++) {
        expected += x[j] * y[j];
      }
      assertClose("rep " + rep, c.quadraticForm(x), expected, 1e-8);
    }
  }

  @Test
  void redundantDirectionIsLeftOut() {
    // V = diag(2, 0, 3) with a zero variance in the middle: x'V⁻x = 1²/2 + 3²/3
    double[][] v = {{2, 0, 0}, {0, 0, 0}, {0, 0, 3}};
    GeneralizedCholesky c = GeneralizedCholesky.decompose(v, 1e-9);
    assertThat(c.rank()).isEqualTo(2);
    assertClose("x'V-x", c.quadraticForm(new double[] {1, 5, 3}), 0.5 + 3, 1e-15);
  }
}

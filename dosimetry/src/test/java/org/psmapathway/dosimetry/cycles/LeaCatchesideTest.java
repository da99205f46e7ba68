package org.psmapathway.dosimetry.cycles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The closed-form Lea–Catcheside factor of mono-exponential clearance against its definition,
 * G = (2/D²)·∫₀^∞ Ḋ(t) ∫₀^t Ḋ(w)·e^(−μ(t−w)) dw dt with Ḋ(t) = D·λ·e^(−λt), μ = ln2/T_rep,
 * integrated numerically: a double trapezoid rule at steps h and h/2 and Richardson
 * extrapolation, (4·T(h/2) − T(h))/3, which removes the O(h²) term of both rules.
 */
class LeaCatchesideTest {

  /** Double trapezoid over [0, tMax]² (w ≤ t) with step h, for unit total dose. */
  private static double doubleIntegral(double lambda, double mu, double tMax, double h) {
    int n = (int) Math.round(tMax / h);
    double[] rate = new double[n + 1];
    double[] kernel = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      rate[i] = lambda * Math.exp(-lambda * i * h);
      kernel[i] = Math.exp(-mu * i * h);
    }
    double outer = 0;
    for (int i = 0; i <= n; i++) {
      // inner ∫₀^{t_i} Ḋ(w) e^{−μ(t_i − w)} dw by the trapezoid rule
      double inner = 0;
      for (int j = 0; j <= i; j++) {
        double f = rate[j] * kernel[i - j];
        inner += (j == 0 || j == i) ? f / 2 : f;
      }
      inner = i == 0 ? 0 : inner * h;
      double f = rate[i] * inner;
      outer += (i == 0 || i == n) ? f / 2 : f;
    }
    return 2 * outer * h;
  }

  private static double numericalG(double tEffH, double tRepH) {
    double lambda = Math.log(2) / tEffH;
    double mu = Math.log(2) / tRepH;
    double tMax = 30 * tEffH; // e^(−30 ln 2) ≈ 1e-9 of the dose left out
    double coarse = doubleIntegral(lambda, mu, tMax, 0.2);
    double fine = doubleIntegral(lambda, mu, tMax, 0.1);
    return (4 * fine - coarse) / 3;
  }

  @Test
  void closedFormMatchesTheDoubleIntegral() {
    Radiobiology kidney = Radiobiology.KIDNEY;
    for (double tEff : new double[] {20, 40, 60}) {
      double g = kidney.leaCatcheside(tEff);
      // 40 h: 2.8/42.8 = 0.0654206
      assertThat(numericalG(tEff, 2.8)).as("T_eff %s h", tEff).isCloseTo(g, within(g * 1e-6));
    }
    assertThat(kidney.leaCatcheside(40)).isCloseTo(0.0654206, within(1e-7));
  }
}

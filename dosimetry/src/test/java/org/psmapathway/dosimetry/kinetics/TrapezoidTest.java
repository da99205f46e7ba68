package org.psmapathway.dosimetry.kinetics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.psmapathway.dosimetry.Lutetium177;

class TrapezoidTest {

  private static final double LP = Lutetium177.DECAY_CONSTANT_PER_HOUR;

  private static double tia(TimeActivityCurve c, TrapezoidHead h, TrapezoidTail t) {
    return Trapezoid.integrate(c, h, t, LP).tiaMBqH();
  }

  /** research/dosimetry.md §2.5 Ex1, trapezoid rows, to the printed 2 decimals (and error %). */
  @Test
  void ex1Rows() {
    TimeActivityCurve c = TestVectors.ex1();
    double exact = 5770.7802;
    double last2 = tia(c, TrapezoidHead.ZERO, TrapezoidTail.LAST_TWO);
    double phys = tia(c, TrapezoidHead.ZERO, TrapezoidTail.PHYSICAL);
    double constant = tia(c, TrapezoidHead.CONSTANT, TrapezoidTail.LAST_TWO);
    assertThat(last2).isCloseTo(5784.74, within(0.005));
    assertThat(phys).isCloseTo(6722.98, within(0.005));
    assertThat(constant).isCloseTo(5971.34, within(0.005));
    assertThat(100 * (last2 / exact - 1)).isCloseTo(0.24, within(0.005));
    assertThat(100 * (phys / exact - 1)).isCloseTo(16.50, within(0.005));
    assertThat(100 * (constant / exact - 1)).isCloseTo(3.48, within(0.005));
  }

  /** Ex2: 5582.10 (−0.79 %) and 6920.24 (+22.99 %). */
  @Test
  void ex2Rows() {
    TimeActivityCurve c = TestVectors.ex2();
    double exact = 5626.5107;
    double last2 = tia(c, TrapezoidHead.ZERO, TrapezoidTail.LAST_TWO);
    double phys = tia(c, TrapezoidHead.ZERO, TrapezoidTail.PHYSICAL);
    assertThat(last2).isCloseTo(5582.10, within(0.005));
    assertThat(phys).isCloseTo(6920.24, within(0.005));
    assertThat(100 * (last2 / exact - 1)).isCloseTo(-0.79, within(0.005));
    assertThat(100 * (phys / exact - 1)).isCloseTo(22.99, within(0.005));
  }

  /** Ex3 "trap+last2" and "trap+phys tail" columns, to the printed 0.1 MBq·h. */
  @Test
  void ex3Columns() {
    double[] last2 = {7826.7, 6722.6, 67610.3, 9736.8};
    double[] phys = {10827.3, 9495.6, 73454.4, 13456.5};
    for (int r = 0; r < 4; r++) {
      TimeActivityCurve c = TestVectors.ex3(r);
      assertThat(tia(c, TrapezoidHead.ZERO, TrapezoidTail.LAST_TWO)).as(c.region())
          .isCloseTo(last2[r], within(0.05));
      assertThat(tia(c, TrapezoidHead.ZERO, TrapezoidTail.PHYSICAL)).as(c.region())
          .isCloseTo(phys[r], within(0.05));
    }
  }

  /** Hand-computed parts: head, body, tail of a 3-point curve. */
  @Test
  void partsByHand() {
    TimeActivityCurve c = TimeActivityCurve.of("r", new double[] {2, 4, 8}, new double[] {10, 8, 4});
    TrapezoidIntegral t = Trapezoid.integrate(c, TrapezoidHead.ZERO, TrapezoidTail.LAST_TWO, LP);
    assertThat(t.headMBqH()).isEqualTo(10.0);
    assertThat(t.bodyMBqH()).isEqualTo(18 + 24);
    assertThat(t.tailLambda()).isCloseTo(Math.log(2) / 4, within(1e-15));
    assertThat(t.tailMBqH()).isCloseTo(4 / (Math.log(2) / 4), within(1e-12));
    TrapezoidIntegral m = Trapezoid.integrate(c, TrapezoidHead.MONO_EXPONENTIAL,
        TrapezoidTail.LAST_TWO, LP);
    double lambda = Math.log(10.0 / 8) / 2;
    assertThat(m.headMBqH()).isCloseTo(10 * (Math.exp(2 * lambda) - 1) / lambda, within(1e-12));
  }

  /** A mono-exponential back-extrapolated head is exact for a mono-exponential curve. */
  @Test
  void monoHeadIsExactForAMonoExponential() {
    TimeActivityCurve c = TestVectors.ex1();
    double head = Trapezoid.integrate(c, TrapezoidHead.MONO_EXPONENTIAL, TrapezoidTail.LAST_TWO, LP)
        .headMBqH();
    double lambda = Math.log(2) / 40;
    assertThat(head).isCloseTo(100 * (1 - Math.exp(-4 * lambda)) / lambda, within(1e-9));
  }

  /** Rising last two points: the tail falls back to physical decay, never a negative rate. */
  @Test
  void risingTailUsesPhysicalDecay() {
    TimeActivityCurve c = TimeActivityCurve.of("lesion", new double[] {4, 24, 48},
        new double[] {5, 6, 7});
    TrapezoidIntegral t = Trapezoid.integrate(c, TrapezoidHead.ZERO, TrapezoidTail.LAST_TWO, LP);
    assertThat(t.tailLambda()).isEqualTo(LP);
  }

  @Test
  void zeroLastActivityHasNoTail() {
    TimeActivityCurve c = TimeActivityCurve.of("r", new double[] {4, 24}, new double[] {5, 0});
    TrapezoidIntegral t = Trapezoid.integrate(c, TrapezoidHead.ZERO, TrapezoidTail.LAST_TWO, LP);
    assertThat(t.tailMBqH()).isZero();
    assertThat(t.tiaMBqH()).isEqualTo(10 + 50);
    assertThatThrownBy(() -> Trapezoid.integrate(c, TrapezoidHead.MONO_EXPONENTIAL,
        TrapezoidTail.LAST_TWO, LP)).isInstanceOf(TimeActivityException.class)
        .hasMessageContaining("region \"r\", row 2");
  }
}

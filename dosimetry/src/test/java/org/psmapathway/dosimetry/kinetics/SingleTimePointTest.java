package org.psmapathway.dosimetry.kinetics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.psmapathway.dosimetry.Lutetium177;

class SingleTimePointTest {

  private static final double EXACT_EX1 = 5770.7802;

  private static double ex1(double t) {
    return 100 * Math.exp(-Math.log(2) / 40 * t);
  }

  /** research/dosimetry.md §2.5 Ex1: Hänscheid at 24 / 48 / 96 h, values and errors as printed. */
  @Test
  void haenscheidEx1() {
    double[] t = {24, 48, 96};
    double[] expected = {4568.75, 6028.51, 5248.12};
    double[] errorPercent = {-20.83, 4.47, -9.06};
    for (int i = 0; i < t.length; i++) {
      double tia = SingleTimePoint.haenscheid(t[i], ex1(t[i])).tiaMBqH();
      assertThat(tia).isCloseTo(expected[i], within(0.005));
      assertThat(100 * (tia / EXACT_EX1 - 1)).isCloseTo(errorPercent[i], within(0.005));
      assertThat(tia / EXACT_EX1).isCloseTo(SingleTimePoint.haenscheidRatio(t[i], 40),
          within(1e-6));
    }
  }

  /** Madsen with the true T_eff is exact at any time. */
  @Test
  void madsenEx1AnyTime() {
    for (double t : new double[] {4, 24, 48, 96, 168}) {
      StpEstimate e = SingleTimePoint.madsen(t, ex1(t), 40);
      assertThat(e.tiaMBqH()).isCloseTo(5770.78, within(0.005));
      assertThat(e.effectiveHalfLifeH()).isEqualTo(40);
    }
  }

  /** The bound of research/dosimetry.md §2.4: max +6.15 % at x = 1/ln 2; −10 % at 0.764 and 2.437. */
  @Test
  void haenscheidErrorBounds() {
    assertThat(SingleTimePoint.haenscheidRatio(1 / Math.log(2), 1) - 1).isCloseTo(0.0615,
        within(5e-5));
    assertThat(SingleTimePoint.haenscheidRatio(1, 1)).isCloseTo(1, within(1e-15));
    assertThat(SingleTimePoint.haenscheidRatio(2, 1)).isCloseTo(1, within(1e-15));
    assertThat(SingleTimePoint.haenscheidRatio(0.764, 1)).isCloseTo(0.90, within(5e-4));
    assertThat(SingleTimePoint.haenscheidRatio(2.437, 1)).isCloseTo(0.90, within(5e-4));
    assertThat(SingleTimePoint.haenscheidRatio(0.5, 1)).isCloseTo(0.71, within(5e-3));
    assertThat(SingleTimePoint.haenscheidRatio(3, 1)).isCloseTo(0.75, within(1e-12));
    for (int i = 1; i < 400; i++) {
      double x = i / 100.0;
      assertThat(SingleTimePoint.haenscheidRatio(x, 1)).isLessThanOrEqualTo(1.0615);
    }
  }

  /**
   * Cycle-1 kinetics reused (Del Prete 2018): with a mono-exponential cycle 1 the estimate equals
   * Madsen's with the patient's own half-life; with the uptake model it is exact for a later cycle
   * of the same shape, whatever the time of the single scan.
   */
  @Test
  void priorCycle() {
    double lp = Lutetium177.DECAY_CONSTANT_PER_HOUR;
    KineticFit mono = ExponentialFit.fit(TestVectors.ex1(), KineticModel.MONO_EXPONENTIAL,
        Weighting.RELATIVE, lp);
    StpEstimate e = SingleTimePoint.priorCycle(mono, 24, 70);
    assertThat(e.tiaMBqH()).isCloseTo(SingleTimePoint.madsen(24, 70, 40).tiaMBqH(),
        within(1e-6 * e.tiaMBqH()));
    assertThat(e.effectiveHalfLifeH()).isCloseTo(40, within(1e-6));

    KineticFit uptake = ExponentialFit.fit(TestVectors.ex2(), KineticModel.BI_EXPONENTIAL_UPTAKE,
        Weighting.RELATIVE, lp);
    for (double t : new double[] {4, 24, 96}) {
      // cycle 2 with 80 % of cycle 1's uptake and the same kinetics
      double a = 0.8 * 50 * (Math.exp(-Math.log(2) * t / 80) - Math.exp(-Math.log(2) * t / 2));
      assertThat(SingleTimePoint.priorCycle(uptake, t, a).tiaMBqH())
          .isCloseTo(0.8 * 5626.5107, within(1e-3));
    }
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> SingleTimePoint.haenscheid(0, 10))
        .hasMessageContaining("positive number of hours");
    assertThatThrownBy(() -> SingleTimePoint.haenscheid(24, -1))
        .hasMessageContaining("≥ 0");
    assertThatThrownBy(() -> SingleTimePoint.madsen(24, 10, 0))
        .hasMessageContaining("effective half-life");
  }
}

package org.psmapathway.dosimetry.kinetics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeIntegratedActivityTest {

  private static final KineticsOptions LU = KineticsOptions.lutetium177();

  /** Ex1 (5 points): mono and uptake are candidates, bi is not (n = 5 ≤ k + 1); mono wins. */
  @Test
  void autoChoosesMonoForEx1() {
    TiaResult r = TimeIntegratedActivity.integrate(TestVectors.ex1(), ModelChoice.AUTO, LU);
    assertThat(r.model()).isEqualTo("mono");
    assertThat(r.tiaMBqH()).isCloseTo(5770.7802, within(5e-5));
    assertThat(r.candidates()).extracting(ModelCandidate::model).containsExactly(
        KineticModel.MONO_EXPONENTIAL, KineticModel.BI_EXPONENTIAL,
        KineticModel.BI_EXPONENTIAL_UPTAKE);
    assertThat(r.candidates().get(1).aicc()).isNaN();
    assertThat(r.candidates().get(1).note()).isEqualTo("AICc undefined: 5 points, needs at least 6");
    assertThat(r.residenceTimeH()).isEmpty();
  }

  /** Ex2 (5 points): the uptake model wins by far more than 2 AICc. */
  @Test
  void autoChoosesUptakeForEx2() {
    TiaResult r = TimeIntegratedActivity.integrate(TestVectors.ex2(), ModelChoice.AUTO,
        LU.withInjectedMBq(7400));
    assertThat(r.model()).isEqualTo("bi-uptake");
    assertThat(r.tiaMBqH()).isCloseTo(5626.5107, within(5e-5));
    assertThat(r.residenceTimeH()).hasValueCloseTo(5626.5107 / 7400, within(1e-8));
    assertThat(r.parameters()).extracting(FittedParameter::name)
        .containsExactly("A", "lambdaWashout", "lambdaUptake");
  }

  /** Ex3 (4 points): only mono has a defined AICc (n = 4 ≥ k + 2 = 4), so auto is mono. */
  @Test
  void autoWithFourPointsIsMono() {
    TiaResult r = TimeIntegratedActivity.integrate(TestVectors.ex3(0), ModelChoice.AUTO, LU);
    assertThat(r.model()).isEqualTo("mono");
    assertThat(r.candidates().get(2).note()).isEqualTo("AICc undefined: 4 points, needs at least 5");
  }

  /** Three points: no AICc anywhere; the trapezoid is used and says why. */
  @Test
  void autoFallsBackToTrapezoid() {
    TimeActivityCurve c = TimeActivityCurve.of("lesion", new double[] {4, 24, 96},
        new double[] {10, 8, 3});
    TiaResult r = TimeIntegratedActivity.integrate(c, ModelChoice.AUTO, LU);
    assertThat(r.model()).isEqualTo("trapezoid");
    assertThat(r.aicc()).isNaN();
    assertThat(r.flags()).containsExactly(
        "no exponential model could be chosen by AICc; trapezoid used");
    double tail = Math.log(8.0 / 3) / 72;
    assertThat(r.tiaMBqH()).isCloseTo(20 + 180 + 396 + 3 / tail, within(1e-9));
    assertThat(r.parameters().get(0).value()).isEqualTo(tail);
  }

  /** Within 2 AICc the model with fewer parameters is preferred, even with a higher AICc. */
  @Test
  void tieGoesToFewerParameters() {
    KineticFit mono = fit(KineticModel.MONO_EXPONENTIAL, -10.0);
    KineticFit uptake = fit(KineticModel.BI_EXPONENTIAL_UPTAKE, -11.9);
    KineticFit bi = fit(KineticModel.BI_EXPONENTIAL, -13.0);
    assertThat(TimeIntegratedActivity.choose(List.of(mono, uptake)).model())
        .isEqualTo(KineticModel.MONO_EXPONENTIAL);
    assertThat(TimeIntegratedActivity.choose(List.of(mono, uptake, bi)).model())
        .isEqualTo(KineticModel.BI_EXPONENTIAL_UPTAKE);
    KineticFit biClear = fit(KineticModel.BI_EXPONENTIAL, -14.0); // uptake 2.1 above: not a tie
    assertThat(TimeIntegratedActivity.choose(List.of(mono, uptake, biClear)).model())
        .isEqualTo(KineticModel.BI_EXPONENTIAL);
    KineticFit uptakeClear = fit(KineticModel.BI_EXPONENTIAL_UPTAKE, -12.1);
    assertThat(TimeIntegratedActivity.choose(List.of(mono, uptakeClear)).model())
        .isEqualTo(KineticModel.BI_EXPONENTIAL_UPTAKE);
  }

  @Test
  void explicitModels() {
    TiaResult trap = TimeIntegratedActivity.integrate(TestVectors.ex1(), ModelChoice.TRAPEZOID,
        LU.withTrapezoid(TrapezoidHead.CONSTANT, TrapezoidTail.LAST_TWO));
    assertThat(trap.tiaMBqH()).isCloseTo(5971.34, within(0.005));
    assertThat(trap.candidates()).isEmpty();
    TiaResult up = TimeIntegratedActivity.integrate(TestVectors.ex3(0), ModelChoice.BI_UPTAKE,
        LU.withWeighting(Weighting.ABSOLUTE));
    assertThat(up.tiaMBqH()).isCloseTo(7593.75, within(0.01));
    assertThat(up.aicc()).isNaN();
  }

  private static KineticFit fit(KineticModel m, double aicc) {
    int k = m.parameterCount();
    return new KineticFit(m, new double[k], new double[k], new double[k][k], 1, 0, 10, 1, aicc, 1,
        1);
  }
}

package org.psmapathway.store.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PiecewiseExponentialTest {

  private final PiecewiseExponential pfs = CohortModel.seed000().progressionFree();

  @Test
  void passesThroughEveryPublishedPoint() {
    assertThat(pfs.survivalAt(24)).isCloseTo(0.726, within(1e-12));
    assertThat(pfs.survivalAt(49.2)).isCloseTo(0.5, within(1e-12));
    assertThat(pfs.survivalAt(60)).isCloseTo(0.487, within(1e-12));
    assertThat(pfs.monthsAtSurvival(0.5)).isCloseTo(49.2, within(1e-9));
  }

  @Test
  void firstPieceIsTheClosedFormExponential() {
    double h = -Math.log(0.726) / 24;
    assertThat(pfs.survivalAt(12)).isCloseTo(Math.exp(-12 * h), within(1e-12));
    assertThat(pfs.monthsAtSurvival(0.9)).isCloseTo(-Math.log(0.9) / h, within(1e-9));
  }

  @Test
  void inverseRoundTripsIncludingTheTail() {
    for (double s = 0.999; s > 0.01; s -= 0.0137) {
      assertThat(pfs.survivalAt(pfs.monthsAtSurvival(s))).isCloseTo(s, within(1e-12));
    }
  }

  @Test
  void flatStartOfOverallSurvivalGivesNoDeathBeforeTwoYears() {
    PiecewiseExponential os = CohortModel.seed000().overall();
    assertThat(os.survivalAt(24)).isEqualTo(1.0);
    assertThat(os.monthsAtSurvival(0.99999)).isGreaterThan(24);
    assertThat(os.survivalAt(60)).isCloseTo(0.971, within(1e-12));
  }

  @Test
  void rejectsIncreasingSurvival() {
    assertThatThrownBy(() -> new PiecewiseExponential(new double[] {12, 24},
        new double[] {0.8, 0.9}, 0)).hasMessageContaining("survival[1]");
  }
}

package org.psmapathway.core.radiobiology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.psmapathway.core.record.RtPhase;
import org.psmapathway.core.record.RtTarget;
import org.psmapathway.core.record.RtVolume;

class LinearQuadraticTest {

  /** research/clinical-rules.md 4 test vectors (and 9.1 for 73.5 Gy / 46 Gy); tolerance 0.01 Gy. */
  @ParameterizedTest(name = "{0} Gy / {1} fx")
  @CsvSource({
      // dose, n, EQD2 a/b 1.5, EQD2 a/b 3, BED a/b 1.5, BED a/b 3
      "70,    35, 70.00, 70.00, 163.33, 116.67",
      "66,    33, 66.00, 66.00, 154.00, 110.00",
      "64.8,  36, 61.10, 62.21, 142.56, 103.68",
      "70.2,  39, 66.19, 67.39, 154.44, 112.32",
      "45,    25, 42.43, 43.20,  99.00,  72.00",
      "50.4,  28, 47.52, 48.38, 110.88,  80.64",
      "61.6,  28, 65.12, 64.06, 151.95, 106.77",
      "62.5,  25, 71.43, 68.75, 166.67, 114.58",
      "52.5,  20, 61.88, 59.06, 144.38,  98.44",
      "30,     3, 98.57, 78.00, 230.00, 130.00",
      "36.25,  5, 90.63, 74.31, 211.46, 123.85",
      "73.5,  35, 75.60, 74.97, 176.40, 124.95",
  })
  void matchesPublishedTestVectors(double dose, int n, double eqd2Prostate, double eqd2Rectum,
      double bedProstate, double bedRectum) {
    assertThat(LinearQuadratic.eqd2Gy(dose, n, AlphaBeta.PROSTATE)).isCloseTo(eqd2Prostate, within(0.01));
    assertThat(LinearQuadratic.eqd2Gy(dose, n, AlphaBeta.LATE_RECTUM_BLADDER)).isCloseTo(eqd2Rectum, within(0.01));
    assertThat(LinearQuadratic.bedGy(dose, n, AlphaBeta.PROSTATE)).isCloseTo(bedProstate, within(0.01));
    assertThat(LinearQuadratic.bedGy(dose, n, AlphaBeta.LATE_RECTUM_BLADDER)).isCloseTo(bedRectum, within(0.01));
  }

  @Test
  void fortySixGyInTwentyThreeFractionsIsFortySixAtAnyAlphaBeta() {
    for (double ab : new double[] {1.5, 2.6, 3, 10}) {
      assertThat(LinearQuadratic.eqd2Gy(46, 23, AlphaBeta.of(ab))).isCloseTo(46.0, within(1e-12));
    }
  }

  /** Property: at 2 Gy per fraction EQD2 equals the physical dose, whatever α/β. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 2026})
  void eqd2AtTwoGyPerFractionEqualsPhysicalDose(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 200; i++) {
      int n = 1 + random.nextInt(45);
      double alphaBeta = 0.5 + random.nextDouble() * 15;
      double eqd2 = LinearQuadratic.eqd2Gy(2.0 * n, n, AlphaBeta.of(alphaBeta));
      assertThat(eqd2).isCloseTo(2.0 * n, within(1e-9 * n));
    }
  }

  /** Property: EQD2 = BED / (1 + 2/(α/β)) — the two formulas agree. */
  @ParameterizedTest
  @ValueSource(longs = {7, 11})
  void eqd2AndBedAreConsistent(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 200; i++) {
      int n = 1 + random.nextInt(40);
      double dose = n * (0.5 + random.nextDouble() * 15);
      AlphaBeta ab = AlphaBeta.of(0.5 + random.nextDouble() * 15);
      double bed = LinearQuadratic.bedGy(dose, n, ab);
      assertThat(LinearQuadratic.eqd2Gy(dose, n, ab))
          .isCloseTo(bed / (1 + 2 / ab.gy()), within(1e-9 * bed));
    }
  }

  @Test
  void warnsAboveEightGyPerFractionButNotAtIt() {
    assertThat(LinearQuadratic.convert(30, 3, AlphaBeta.PROSTATE).warning()).contains("10.00 Gy per fraction");
    assertThat(LinearQuadratic.convert(40, 5, AlphaBeta.PROSTATE).warning()).isNull();
    assertThat(LinearQuadratic.convert(70, 35, AlphaBeta.PROSTATE).warning()).isNull();
  }

  @Test
  void rejectsImpossibleSchedules() {
    assertThatThrownBy(() -> LinearQuadratic.eqd2Gy(70, 0, AlphaBeta.PROSTATE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fractions");
    assertThatThrownBy(() -> LinearQuadratic.bedGy(-2, 1, AlphaBeta.PROSTATE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dose");
    assertThatThrownBy(() -> AlphaBeta.of(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sequentialPhasesAreConvertedSeparatelyAndSummed() {
    // 50 Gy/25 fx then a 20 Gy/5 fx boost: 50 + 20·(4 + 1.5)/(3.5) = 50 + 31.4286
    RtTarget target = new RtTarget(RtVolume.PROSTATE_BED, null, null,
        List.of(new RtPhase(50, 25), new RtPhase(20, 5)));
    TargetDose dose = TargetDose.of(target, AlphaBeta.PROSTATE);
    assertThat(dose.physicalDoseGy()).isEqualTo(70);
    assertThat(dose.fractions()).isEqualTo(30);
    assertThat(dose.eqd2Gy()).isCloseTo(50 + 20 * 5.5 / 3.5, within(1e-9));
    // Not the same as converting 70 Gy/30 fx as one schedule:
    assertThat(dose.eqd2Gy()).isNotCloseTo(LinearQuadratic.eqd2Gy(70, 30, AlphaBeta.PROSTATE), within(0.1));
  }
}

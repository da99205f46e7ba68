package org.psmapathway.stats.descriptive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClopperPearsonTest {

  /** R: binom.test(0, 7)$conf.int = 0, 0.40962..; binom.test(7, 7) = 0.59038.., 1. */
  @Test
  void endsAreZeroAndOne() {
    Proportion none = ClopperPearson.interval(0, 7, 0.95);
    assertThat(none.lower()).isZero();
    // 1 − 0.025^(1/7), closed form of qbeta(0.975, 1, 7)
    assertThat(none.upper()).isCloseTo(1 - Math.pow(0.025, 1.0 / 7), within(1e-12));
    Proportion all = ClopperPearson.interval(7, 7, 0.95);
    assertThat(all.upper()).isEqualTo(1.0);
    assertThat(all.lower()).isCloseTo(Math.pow(0.025, 1.0 / 7), within(1e-12));
  }

  @Test
  void emptyDenominatorIsNa() {
    Proportion p = ClopperPearson.interval(0, 0, 0.95);
    assertThat(p.estimate()).isNaN();
    assertThat(p.lower()).isNaN();
    assertThat(p.upper()).isNaN();
  }

  /** Seeded property: the interval holds the estimate and narrows as n grows at fixed x/n. */
  @Test
  void intervalHoldsTheEstimateAndNarrowsWithN() {
    java.util.Random random = new java.util.Random(20260201);
    for (int k = 0; k < 200; k++) {
      int n = 1 + random.nextInt(60);
      int x = random.nextInt(n + 1);
      Proportion p = ClopperPearson.interval(x, n, 0.95);
      assertThat(p.lower()).isLessThanOrEqualTo(p.estimate());
      assertThat(p.upper()).isGreaterThanOrEqualTo(p.estimate());
      Proportion bigger = ClopperPearson.interval(4 * x, 4 * n, 0.95);
      assertThat(bigger.upper() - bigger.lower()).isLessThan(p.upper() - p.lower());
    }
  }

  @Test
  void badCountsAreRefused() {
    assertThatThrownBy(() -> ClopperPearson.interval(5, 3, 0.95)).hasMessageContaining("count");
    assertThatThrownBy(() -> ClopperPearson.interval(1, 3, 1.0))
        .hasMessageContaining("confidenceLevel");
  }
}

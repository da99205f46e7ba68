package org.psmapathway.store.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QuartileDistributionTest {

  private final QuartileDistribution psaAtPet = new QuartileDistribution(0.4, 0.3, 1.1, 0.1, 20);

  @Test
  void quartilesAreThePublishedOnesExactly() {
    assertThat(psaAtPet.quantile(0.25)).isCloseTo(0.3, within(1e-12));
    assertThat(psaAtPet.quantile(0.5)).isCloseTo(0.4, within(1e-12));
    assertThat(psaAtPet.quantile(0.75)).isCloseTo(1.1, within(1e-12));
  }

  @Test
  void tailsStayWithinTheBoundsAndTheQuantileFunctionIncreases() {
    double previous = 0;
    for (int i = 1; i < 10_000; i++) {
      double x = psaAtPet.quantile(i / 10_000.0);
      assertThat(x).isGreaterThan(previous).isBetween(0.1, 20.0);
      previous = x;
    }
  }

  @Test
  void sigmasFollowFromTheInterquartileRange() {
    // ln(0.4/0.3)/Φ⁻¹(0.75), Φ⁻¹(0.75) = 0.6744897501960817
    assertThat(psaAtPet.sigmaBelow()).isCloseTo(Math.log(0.4 / 0.3) / 0.6744897501960817,
        within(1e-12));
    assertThat(psaAtPet.sigmaAbove()).isCloseTo(Math.log(1.1 / 0.4) / 0.6744897501960817,
        within(1e-12));
  }

  @Test
  void samplesReproduceTheQuartiles() {
    SplittableRandom r = new SplittableRandom(7);
    double[] x = new double[40_000];
    for (int i = 0; i < x.length; i++) {
      x[i] = psaAtPet.sample(r);
    }
    java.util.Arrays.sort(x);
    assertThat(x[x.length / 4]).isCloseTo(0.3, within(0.01));
    assertThat(x[x.length / 2]).isCloseTo(0.4, within(0.01));
    assertThat(x[3 * x.length / 4]).isCloseTo(1.1, within(0.03));
  }

  @Test
  void rejectsBoundsThatDoNotEncloseTheQuartiles() {
    assertThatThrownBy(() -> new QuartileDistribution(0.4, 0.3, 1.1, 0.35, 20))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("floor < q1");
  }
}

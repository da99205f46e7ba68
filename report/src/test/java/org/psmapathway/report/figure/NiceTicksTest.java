package org.psmapathway.report.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NiceTicksTest {

  @Test
  void logTicksUseTheOneTwoFiveSeriesAndEncloseTheData() {
    assertThat(NiceTicks.log(0.22, 4.58)).containsExactly(0.2, 0.5, 1.0, 2.0, 5.0);
    assertThat(NiceTicks.log(0.07, 6.53)).containsExactly(0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0);
  }

  @Test
  void narrowLogRangesGetAFinerSeries() {
    assertThat(NiceTicks.log(0.56, 0.94)).containsExactly(0.5, 0.6, 0.7, 0.8, 0.9, 1.0);
  }

  @Test
  void linearTicksAreMultiplesOfOneTwoOrFive() {
    assertThat(NiceTicks.linear(0, 0.73, 5)).containsExactly(0.0, 0.2, 0.4, 0.6, 0.8);
    assertThat(NiceTicks.linear(-1.86, 0.44, 6)).containsExactly(-2.0, -1.0, 0.0, 1.0); // Heckbert: range 5, step 1
  }

  @Test
  void labelsHaveNoTrailingZeros() {
    assertThat(NiceTicks.label(0.5)).isEqualTo("0.5");
    assertThat(NiceTicks.label(10.0)).isEqualTo("10");
    assertThat(NiceTicks.label(0.05)).isEqualTo("0.05");
  }

  @Test
  void logAxisPlacesRatiosAtTheirLogarithm() {
    Axis a = Axis.log(0.25, 4, 0, 100);
    assertThat(a.toPixel(1.0)).isCloseTo((a.toPixel(a.min()) + a.toPixel(a.max())) / 2
        + (Math.log(1) - (Math.log(a.min()) + Math.log(a.max())) / 2)
        / (Math.log(a.max()) - Math.log(a.min())) * 100, org.assertj.core.api.Assertions.within(1e-9));
    assertThatThrownBy(() -> NiceTicks.log(0, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void formatFollowsTheExtension() {
    assertThat(FigureFormat.ofFileName("out/forest.SVG")).isEqualTo(FigureFormat.SVG);
    assertThat(FigureFormat.ofFileName("forest.png")).isEqualTo(FigureFormat.PNG);
    assertThatThrownBy(() -> FigureFormat.ofFileName("forest.pdf"))
        .hasMessageContaining(".svg or .png");
  }
}

package org.psmapathway.stats.survival;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** quantile.survfit values quoted from R 4.2.2 / survival 3.5-3. */
class SurvivalQuantileTest {

  @Test
  void lungQuartilesBySexMatchR() {
    // R: quantile(survfit(Surv(time, status) ~ sex, data = lung), c(.25, .5, .75))
    double[][][] expected = {
      {{144, 107, 177}, {270, 212, 310}, {457, 387, 574}},
      {{226, 186, 340}, {426, 348, 550}, {687, 550, Double.NaN}},
    };
    KaplanMeierFit fit = KaplanMeier.fit(Lung.TIME, Lung.EVENT, Lung.BY_SEX,
        KaplanMeierOptions.R_DEFAULT);
    double[] probs = {0.25, 0.5, 0.75};
    for (int g = 0; g < 2; g++) {
      for (int k = 0; k < 3; k++) {
        SurvivalQuantile q = fit.curves().get(g).quantile(probs[k]);
        assertThat(new double[] {q.time(), q.lower(), q.upper()}).as("sex %d p %s", g + 1,
            probs[k])
            .containsExactly(expected[g][k]);
      }
    }
  }

  @Test
  void curveEndingFlatAtOneHalfUsesTheMiddleOfTheFlat() {
    // R: quantile(survfit(Surv(c(1,2,3,4), c(1,1,0,0)) ~ 1)): 25% 1.5 (1, NA), 50% 3 (1, NA),
    // 75% NA (2, NA);
    //    print() reports the median as 2 (survmean's rule)
    KaplanMeierCurve c = KaplanMeier.fit(new double[] {1, 2, 3, 4}, new int[] {1, 1, 0, 0},
        KaplanMeierOptions.R_DEFAULT);
    assertThat(c.quantile(0.25)).isEqualTo(new SurvivalQuantile(0.25, 1.5, 1, Double.NaN));
    assertThat(c.quantile(0.5)).isEqualTo(new SurvivalQuantile(0.5, 3, 1, Double.NaN));
    assertThat(c.quantile(0.75)).isEqualTo(new SurvivalQuantile(0.75, Double.NaN, 2,
        Double.NaN));
    assertThat(c.median().median()).isEqualTo(2);
  }

  @Test
  void flatAtOneHalfInTheMiddle() {
    // R: quantile(survfit(Surv(c(1,2,3,4,5,6), c(1,1,1,0,1,1)) ~ 1)): 2 (1, NA), 4 (2, NA), 5.5
    // (3, NA)
    KaplanMeierCurve c = KaplanMeier.fit(new double[] {1, 2, 3, 4, 5, 6}, new int[] {1, 1, 1, 0,
        1, 1},
        KaplanMeierOptions.R_DEFAULT);
    assertThat(c.quantile(0.25)).isEqualTo(new SurvivalQuantile(0.25, 2, 1, Double.NaN));
    assertThat(c.quantile(0.5)).isEqualTo(new SurvivalQuantile(0.5, 4, 2, Double.NaN));
    assertThat(c.quantile(0.75)).isEqualTo(new SurvivalQuantile(0.75, 5.5, 3, Double.NaN));
  }
}

package org.psmapathway.store.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The work-up at the PET follows its documented distributions (docs/synthetic-cohorts.md). */
class WorkupTest {

  private static final CohortModel MODEL = CohortModel.seed000();

  @Test
  void sharesAndCentresAreTheDocumentedOnes() {
    int n = 20_000;
    CohortGenerator generator = new CohortGenerator(MODEL, 7);
    int[] ecog = new int[3];
    double[] hb = new double[n];
    double[] testosterone = new double[n];
    double liver = 0;
    for (int i = 0; i < n; i++) {
      SyntheticPatient p = generator.patient(i);
      SyntheticPatient.Workup w = p.workup();
      ecog[w.ecog()]++;
      hb[i] = w.haemoglobinGPerL();
      testosterone[i] = w.testosteroneNgDl();
      liver += w.liverSuvMean() / n;
      assertThat(w.haemoglobinGPerL()).isBetween(95.0, 180.0);
      assertThat(w.testosteroneNgDl()).isGreaterThanOrEqualTo(60.0);
      assertThat(w.bloodPoolSuvMean()).isBetween(0.8, 3.0).isLessThanOrEqualTo(w.liverSuvMean());
    }
    assertThat(ecog[0] / (double) n).isCloseTo(0.82, within(0.012));
    assertThat(ecog[1] / (double) n).isCloseTo(0.16, within(0.012));
    assertThat(ecog[2] / (double) n).isCloseTo(0.02, within(0.005));
    assertThat(median(hb)).isCloseTo(145, within(1.0));
    assertThat(median(testosterone)).isCloseTo(450, within(8.0));
    assertThat(liver).isCloseTo(5.5, within(0.05));
  }

  @Test
  void theWorkupDoesNotDependOnTheOtherDrawsOfThePatient() {
    // its own stream: the same index of two seeds differs, the same seed and index repeats
    CohortGenerator a = new CohortGenerator(MODEL, 11);
    CohortGenerator b = new CohortGenerator(MODEL, 11);
    CohortGenerator c = new CohortGenerator(MODEL, 12);
    assertThat(a.patient(5).workup()).isEqualTo(b.patient(5).workup());
    assertThat(a.patient(5).workup()).isNotEqualTo(c.patient(5).workup());
  }

  private static double median(double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    return (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}

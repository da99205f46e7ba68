package org.psmapathway.stats.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded property checks: ROC flipping and row-order invariance of the logistic fit. */
class RegressionPropertiesTest {
  private static final int ROUNDS = 100;

  @Test
  void aucOfFlippedOutcomeIsOneMinusAuc() {
    Random random = new Random(20240621L);
    for (int round = 0; round < ROUNDS; round++) {
      int n = 10 + random.nextInt(200);
      double[] score = new double[n];
      double[] outcome = new double[n];
      for (int i = 0; i < n; i++) {
        outcome[i] = i < 2 ? 0 : i < 4 ? 1 : random.nextInt(2);
        double v = random.nextGaussian() + 0.8 * outcome[i];
        score[i] = round % 2 == 0 ? Math.rint(v * 2) : v; // every other round with many ties
      }
      double[] flipped = new double[n];
      for (int i = 0; i < n; i++) {
        flipped[i] = 1 - outcome[i];
      }
      RocAnalysis roc = Roc.analyse(score, outcome, RocDirection.CONTROLS_LOWER);
      RocAnalysis other = Roc.analyse(score, flipped, RocDirection.CONTROLS_LOWER);
      assertThat(other.auc()).as("round %d", round).isCloseTo(1 - roc.auc(), within(1e-12));
      assertThat(other.se()).isCloseTo(roc.se(), within(1e-12));
      // Reversing the direction is the same flip.
      RocAnalysis reversed = Roc.analyse(score, outcome, RocDirection.CONTROLS_HIGHER);
      assertThat(reversed.auc()).isCloseTo(1 - roc.auc(), within(1e-12));
      // Sensitivity never increases along the curve, specificity never decreases.
      for (int k = 1; k < roc.points().size(); k++) {
        assertThat(roc.points().get(k).sensitivity())
            .isLessThanOrEqualTo(roc.points().get(k - 1).sensitivity());
        assertThat(roc.points().get(k).specificity())
            .isGreaterThanOrEqualTo(roc.points().get(k - 1).specificity());
      }
    }
  }

  @Test
  void logisticCoefficientsDoNotDependOnRowOrder() {
    Random random = new Random(20240622L);
    for (int round = 0; round < 30; round++) {
      int n = 40 + random.nextInt(200);
      double[] y = new double[n];
      double[] dose = new double[n];
      double[] group = new double[n];
      for (int i = 0; i < n; i++) {
        dose[i] = 5 + 40 * random.nextDouble();
        group[i] = random.nextInt(2);
        double eta = 1.2 - 0.05 * dose[i] + 0.6 * group[i];
        y[i] = random.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
      }
      y[0] = 0;
      y[1] = 1;
      int[] order = permutation(random, n);
      double[] y2 = new double[n];
      double[] dose2 = new double[n];
      double[] group2 = new double[n];
      for (int i = 0; i < n; i++) {
        y2[i] = y[order[i]];
        dose2[i] = dose[order[i]];
        group2[i] = group[order[i]];
      }
      List<String> terms = List.of("dose", "group");
      LogisticFit a = Logistic.fit(y, new double[][] {dose, group}, terms, true);
      LogisticFit b = Logistic.fit(y2, new double[][] {dose2, group2}, terms, true);
      for (int j = 0; j < 3; j++) {
        LogisticCoefficient ca = a.coefficients().get(j);
        LogisticCoefficient cb = b.coefficients().get(j);
        assertThat(cb.coef()).as("round %d %s", round, ca.term())
            .isCloseTo(ca.coef(), within(1e-9 * Math.max(1, Math.abs(ca.coef()))));
        assertThat(cb.se()).isCloseTo(ca.se(), within(1e-9 * ca.se()));
      }
      assertThat(b.residualDeviance()).isCloseTo(a.residualDeviance(), within(1e-9));
    }
  }

  private static int[] permutation(Random random, int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }
}

package org.psmapathway.dosimetry.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

import org.junit.jupiter.api.Test;
import org.psmapathway.stats.descriptive.Proportion;
import org.psmapathway.dosimetry.response.FittedDoseResponse.Point;

class DoseResponseAnalysisTest {

  private static final double REL = 1e-6;
  private final DoseResponseResult r = DoseResponseAnalysis.analyse(
      ResearchVector.DOSE_GY, ResearchVector.PSA50, DoseResponseAnalysis.VIOLET_2019_THRESHOLD_GY);
  private final ReferenceValues ref = ReferenceValues.load();

  /** research/dosimetry.md 8.2, each number to its printed digits (± half the last digit). */
  @Test
  void researchVectorToItsPrintedDigits() {
    assertThat(r.observations()).isEqualTo(18);
    assertThat(r.responders()).isEqualTo(11);
    assertThat(r.droppedRows()).isZero();
    assertThat(r.mannWhitney().statistic()).isEqualTo(69);
    assertThat(r.roc().auc()).isCloseTo(0.896104, within(5e-7));
    assertThat(r.youdenCutGy()).isEqualTo(11.0);
    assertThat(r.youdenJ()).isCloseTo(0.6753, within(5e-5));
    assertThat(r.atYouden().sensitivity().estimate()).isCloseTo(0.8182, within(5e-5));
    assertThat(r.atYouden().specificity().estimate()).isCloseTo(0.8571, within(5e-5));
    assertThat(r.curve().interceptLogit()).isCloseTo(-4.239792, within(5e-7));
    assertThat(r.curve().slopePerGy()).isCloseTo(0.416640, within(5e-7));
    // The printed SEs are those at the MLE (inverse information), see FittedDoseResponse.
    assertThat(r.curve().seIntercept()).isCloseTo(2.267555, within(5e-7));
    assertThat(r.curve().seSlope()).isCloseTo(0.210402, within(5e-7));
    assertThat(r.orPerGy()).isCloseTo(1.5169, within(5e-5));
    assertThat(r.orPerGyLower()).isCloseTo(1.0043, within(5e-5));
    assertThat(r.orPerGyUpper()).isCloseTo(2.2911, within(5e-5));
    assertThat(r.logLikelihood()).isCloseTo(-7.037629, within(5e-7));
    assertThat(r.d50Gy()).isCloseTo(10.176, within(5e-4));
  }

  @Test
  void logisticMatchesGlm() {
    var b0 = r.logistic().coefficients().get(0);
    var b1 = r.logistic().coefficients().get(1);
    assertThat(b0.coef()).isCloseTo(ref.get("b0"), withPercentage(100 * REL));
    assertThat(b1.coef()).isCloseTo(ref.get("b1"), withPercentage(100 * REL));
    // glm's own SEs (from its last iterate), as summary.glm prints them
    assertThat(b0.se()).isCloseTo(ref.get("se_b0"), withPercentage(100 * REL));
    assertThat(b1.se()).isCloseTo(ref.get("se_b1"), withPercentage(100 * REL));
    assertThat(b1.p()).isCloseTo(ref.get("p_wald_b1"), withPercentage(100 * REL));
    assertThat(r.orPerGy()).isCloseTo(ref.get("or_per_gy"), withPercentage(100 * REL));
    assertThat(r.orPerGyLower()).isCloseTo(ref.get("or_per_gy_lower"), withPercentage(100 * REL));
    assertThat(r.orPerGyUpper()).isCloseTo(ref.get("or_per_gy_upper"), withPercentage(100 * REL));
    assertThat(r.orPer10Gy()).isCloseTo(ref.get("or_per_10gy"), withPercentage(100 * REL));
    assertThat(r.orPer10GyLower())
        .isCloseTo(ref.get("or_per_10gy_lower"), withPercentage(100 * REL));
    assertThat(r.orPer10GyUpper())
        .isCloseTo(ref.get("or_per_10gy_upper"), withPercentage(100 * REL));
    assertThat(r.logLikelihood()).isCloseTo(ref.get("loglik"), withPercentage(100 * REL));
    assertThat(r.lrChiSquare()).isCloseTo(ref.get("lr_chisq"), withPercentage(100 * REL));
    assertThat(r.lrP()).isCloseTo(ref.get("lr_p"), withPercentage(100 * REL));
    assertThat(r.d50Gy()).isCloseTo(ref.get("d50"), withPercentage(100 * REL));
  }

  @Test
  void covarianceAtTheEstimateMatchesAConvergedGlm() {
    FittedDoseResponse c = r.curve();
    assertThat(c.varianceIntercept()).isCloseTo(ref.get("mle_vcov_00"), withPercentage(100 * REL));
    assertThat(c.covariance()).isCloseTo(ref.get("mle_vcov_01"), withPercentage(100 * REL));
    assertThat(c.varianceSlope()).isCloseTo(ref.get("mle_vcov_11"), withPercentage(100 * REL));
  }

  @Test
  void pointwiseBandMatchesPredictSeFit() {
    for (int k = 1; k <= 9; k++) {
      Point p = r.curve().at(ref.get("curve_dose_" + k), 0.95);
      assertThat(p.probability()).as("p at k=%d", k)
          .isCloseTo(ref.get("curve_p_" + k), withPercentage(100 * REL));
      assertThat(p.lower()).as("lower at k=%d", k)
          .isCloseTo(ref.get("curve_lower_" + k), withPercentage(100 * REL));
      assertThat(p.upper()).as("upper at k=%d", k)
          .isCloseTo(ref.get("curve_upper_" + k), withPercentage(100 * REL));
    }
    assertThat(r.curve().probability(r.d50Gy())).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void rocAndMannWhitneyMatchPRocAndWilcoxTest() {
    assertThat(r.roc().auc()).isCloseTo(ref.get("auc"), withPercentage(100 * REL));
    assertThat(r.roc().lower()).isCloseTo(ref.get("auc_lower"), withPercentage(100 * REL));
    assertThat(r.roc().upper()).isEqualTo(ref.get("auc_upper"));
    assertThat(r.roc().se()).isCloseTo(ref.get("auc_se"), withPercentage(100 * REL));
    assertThat(r.roc().threshold())
        .isCloseTo(ref.get("youden_proc_threshold"), withPercentage(100 * REL));
    assertThat(r.youdenCutGy()).isEqualTo(ref.get("youden_cut"));
    assertThat(r.youdenJ()).isCloseTo(ref.get("youden_j"), withPercentage(100 * REL));
    assertThat(r.atYouden().ppv().estimate()).isCloseTo(ref.get("youden_ppv"), within(1e-15));
    assertThat(r.atYouden().npv().estimate()).isCloseTo(ref.get("youden_npv"), within(1e-15));
    assertThat(r.mannWhitney().statistic()).isEqualTo(ref.get("mann_whitney_w"));
    assertThat(r.mannWhitney().p()).isCloseTo(ref.get("mann_whitney_p"), withPercentage(100 * REL));
  }

  @Test
  void performanceWithExactIntervalsMatchesBinomTest() {
    check("at10", r.atPrespecified());
    check("atyouden", r.atYouden());
    assertThat(r.atPrespecified().cutGy()).isEqualTo(10.0);
  }

  private void check(String tag, ThresholdPerformance p) {
    assertThat(p.truePositives()).isEqualTo((int) ref.get(tag + "_tp"));
    assertThat(p.falsePositives()).isEqualTo((int) ref.get(tag + "_fp"));
    assertThat(p.falseNegatives()).isEqualTo((int) ref.get(tag + "_fn"));
    assertThat(p.trueNegatives()).isEqualTo((int) ref.get(tag + "_tn"));
    proportion(tag + "_sensitivity", p.sensitivity());
    proportion(tag + "_specificity", p.specificity());
    proportion(tag + "_ppv", p.ppv());
    proportion(tag + "_npv", p.npv());
  }

  private void proportion(String name, Proportion p) {
    assertThat(p.estimate()).as(name).isCloseTo(ref.get(name), withPercentage(100 * REL));
    assertThat(p.lower()).as(name + " lower")
        .isCloseTo(ref.get(name + "_lower"), withPercentage(100 * REL));
    assertThat(p.upper()).as(name + " upper")
        .isCloseTo(ref.get(name + "_upper"), withPercentage(100 * REL));
  }

  @Test
  void missingDoseOrResponseIsDroppedAndCounted() {
    double[] dose = new double[20];
    double[] y = new double[20];
    System.arraycopy(ResearchVector.DOSE_GY, 0, dose, 0, 18);
    System.arraycopy(ResearchVector.PSA50, 0, y, 0, 18);
    dose[18] = Double.NaN;
    y[18] = 1;
    dose[19] = 40;
    y[19] = Double.NaN;
    DoseResponseResult withMissing = DoseResponseAnalysis.analyse(dose, y, 10);
    assertThat(withMissing.rows()).isEqualTo(20);
    assertThat(withMissing.droppedRows()).isEqualTo(2);
    assertThat(withMissing.observations()).isEqualTo(18);
    assertThat(withMissing.d50Gy()).isEqualTo(r.d50Gy());
    assertThat(withMissing.roc().auc()).isEqualTo(r.roc().auc());
  }

  @Test
  void notesSayItIsNotADecisionAndTheCutIsOptimistic() {
    assertThat(r.notes()).contains(DoseResponseAnalysis.NOT_A_DECISION,
        DoseResponseAnalysis.OPTIMISTIC);
    // 7 non-responders: fewer than 10 per parameter
    assertThat(r.notes()).anyMatch(s -> s.startsWith("Only 7 patients"));
    assertThat(r.notes()).noneMatch(s -> s.contains("separat"));
  }

  @Test
  void completeSeparationIsNamed() {
    double[] dose = {1, 2, 3, 4, 5, 6};
    double[] y = {0, 0, 0, 1, 1, 1};
    DoseResponseResult s = DoseResponseAnalysis.analyse(dose, y, 10);
    assertThat(s.roc().auc()).isEqualTo(1.0);
    assertThat(s.notes()).anyMatch(n -> n.contains("separates responders"));
  }

  @Test
  void badInputNamesTheArgumentAndRow() {
    double[] dose = ResearchVector.DOSE_GY.clone();
    double[] y = ResearchVector.PSA50.clone();
    y[3] = 2;
    assertThatThrownBy(() -> DoseResponseAnalysis.analyse(dose, y, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("response[3]");
    double[] negative = ResearchVector.DOSE_GY.clone();
    negative[5] = -1;
    assertThatThrownBy(() -> DoseResponseAnalysis.analyse(negative, ResearchVector.PSA50, 10))
        .hasMessageContaining("doseGy[5]");
    assertThatThrownBy(() -> DoseResponseAnalysis.analyse(new double[] {1, 2, 3},
        new double[] {0, 1, 1}, 10)).hasMessageContaining("at least 2 responders");
    assertThatThrownBy(() -> DoseResponseAnalysis.analyse(new double[] {1, 2},
        new double[] {0, 1, 1}, 10)).hasMessageContaining("doseGy: expected 3 rows");
    assertThatThrownBy(() -> DoseResponseAnalysis.analyse(ResearchVector.DOSE_GY,
        ResearchVector.PSA50, Double.NaN)).hasMessageContaining("prespecifiedCutGy");
  }
}

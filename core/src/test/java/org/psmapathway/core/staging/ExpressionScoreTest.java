package org.psmapathway.core.staging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.psmapathway.core.record.Lesion;
import org.psmapathway.core.record.LesionSite;
import org.psmapathway.core.record.PsmaTracer;
import org.psmapathway.core.record.ReferenceUptake;

class ExpressionScoreTest {

  /** Blood pool 2, liver 5, spleen 8, parotid 12 (SUVmean). */
  private static final ReferenceUptake REFERENCE = new ReferenceUptake(2.0, 5.0, 8.0, 12.0);

  private static ExpressionScore score(double suvMax, TieRule rule) {
    return score(suvMax, PsmaTracer.GA68_PSMA_11, REFERENCE, rule);
  }

  private static ExpressionScore score(
      Double suvMax, PsmaTracer tracer, ReferenceUptake reference, TieRule rule) {
    Lesion lesion = Scans.measured("L1", LesionSite.BONE, suvMax, null, null);
    return ExpressionScore.of(lesion, tracer, reference, rule);
  }

  @ParameterizedTest(name = "suvMax {0} -> {1}")
  @CsvSource({
    "0.0, 0", "1.99, 0", "2.0, 1", "4.99, 1", "5.0, 2", "11.99, 2", "12.0, 3", "40.0, 3"
  })
  void tiesGoUpByDefault(double suvMax, int expected) {
    assertThat(score(suvMax, TieRule.TIES_UP).score()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "suvMax {0} -> {1}")
  @CsvSource({
    "1.99, 0", "2.0, 0", "2.01, 1", "5.0, 1", "5.01, 2", "12.0, 2", "12.01, 3"
  })
  void tiesGoDownWithTheV2ToolRule(double suvMax, int expected) {
    assertThat(score(suvMax, TieRule.TIES_DOWN).score()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: suvMax {1} -> {2}")
  @CsvSource({
    "GA68_PSMA_11, 6.0, 2",
    "F18_PSMA_1007, 6.0, 1",
    "F18_PSMA_1007, 7.99, 1",
    "F18_PSMA_1007, 8.0, 2",
    "F18_PSMA_1007, 4.0, 1",
    "F18_DCFPYL, 5.0, 2"
  })
  void spleenReplacesLiverForHepatobiliaryTracers(PsmaTracer tracer, double suvMax, int expected) {
    assertThat(score(suvMax, tracer, REFERENCE, TieRule.TIES_UP).score()).isEqualTo(expected);
  }

  @Test
  void rationaleNamesTheComparisons() {
    assertThat(score(6.0, TieRule.TIES_UP).rationale())
        .isEqualTo("suvMax 6.0 ≥ liver SUVmean 5.0 and < parotid gland SUVmean 12.0");
    assertThat(score(12.0, TieRule.TIES_DOWN).rationale())
        .isEqualTo("suvMax 12.0 > liver SUVmean 5.0 and ≤ parotid gland SUVmean 12.0");
    assertThat(score(1.0, TieRule.TIES_UP).rationale())
        .isEqualTo("suvMax 1.0 < blood pool SUVmean 2.0");
    assertThat(score(13.0, TieRule.TIES_UP).rationale())
        .isEqualTo("suvMax 13.0 ≥ parotid gland SUVmean 12.0");
    assertThat(score(6.0, PsmaTracer.F18_PSMA_1007, REFERENCE, TieRule.TIES_UP).rationale())
        .isEqualTo("suvMax 6.0 ≥ blood pool SUVmean 2.0 and < spleen SUVmean 8.0");
  }

  @Test
  void labelsAreTheEpsmaLabels() {
    assertThat(score(1.0, TieRule.TIES_UP).label()).isEqualTo("no");
    assertThat(score(3.0, TieRule.TIES_UP).label()).isEqualTo("low");
    assertThat(score(6.0, TieRule.TIES_UP).label()).isEqualTo("intermediate");
    assertThat(score(20.0, TieRule.TIES_UP).label()).isEqualTo("high");
  }

  @Test
  void missingSuvMaxIsUnknownAndNamed() {
    ExpressionScore score = score(null, PsmaTracer.GA68_PSMA_11, REFERENCE, TieRule.TIES_UP);

    assertThat(score.known()).isFalse();
    assertThat(score.score()).isNull();
    assertThat(score.label()).isNull();
    assertThat(score.missing()).containsExactly("lesions[L1].suvMax");
    assertThat(score.rationale()).isEqualTo("lesion L1: suvMax not recorded");
  }

  @Test
  void missingLiverIsNotNeededAboveParotid() {
    ReferenceUptake noLiver = new ReferenceUptake(2.0, null, 8.0, 12.0);

    assertThat(score(12.5, PsmaTracer.GA68_PSMA_11, noLiver, TieRule.TIES_UP).score())
        .isEqualTo(3);
    ExpressionScore below = score(6.0, PsmaTracer.GA68_PSMA_11, noLiver, TieRule.TIES_UP);
    assertThat(below.score()).isNull();
    assertThat(below.missing()).containsExactly("reference.liverSuvMean");
    assertThat(below.rationale())
        .isEqualTo(
            "suvMax 6.0 < parotid gland SUVmean 12.0, but reference.liverSuvMean not recorded:"
                + " score cannot be decided");
    assertThat(score(1.0, PsmaTracer.GA68_PSMA_11, noLiver, TieRule.TIES_UP).known()).isFalse();
  }

  @Test
  void missingBloodPoolIsNotNeededAboveLiver() {
    ReferenceUptake noBloodPool = new ReferenceUptake(null, 5.0, 8.0, 12.0);

    assertThat(score(6.0, PsmaTracer.GA68_PSMA_11, noBloodPool, TieRule.TIES_UP).score())
        .isEqualTo(2);
    assertThat(score(3.0, PsmaTracer.GA68_PSMA_11, noBloodPool, TieRule.TIES_UP).missing())
        .containsExactly("reference.bloodPoolSuvMean");
  }

  @Test
  void missingParotidLeavesEveryScoreUnknownAndListsAllMissingBelow() {
    ReferenceUptake onlyLiver = new ReferenceUptake(null, 5.0, null, null);

    ExpressionScore score = score(20.0, PsmaTracer.GA68_PSMA_11, onlyLiver, TieRule.TIES_UP);
    assertThat(score.known()).isFalse();
    assertThat(score.missing())
        .containsExactly("reference.parotidSuvMean", "reference.bloodPoolSuvMean");
  }

  @Test
  void spleenTracerNeedsTheSpleenNotTheLiver() {
    ReferenceUptake noSpleen = new ReferenceUptake(2.0, 5.0, null, 12.0);

    ExpressionScore score = score(6.0, PsmaTracer.F18_PSMA_1007, noSpleen, TieRule.TIES_UP);
    assertThat(score.known()).isFalse();
    assertThat(score.missing()).containsExactly("reference.spleenSuvMean");
  }

  @Test
  void missingTracerBlocksOnlyTheLiverOrSpleenStep() {
    assertThat(score(13.0, null, REFERENCE, TieRule.TIES_UP).score()).isEqualTo(3);
    ExpressionScore middle = score(6.0, null, REFERENCE, TieRule.TIES_UP);
    assertThat(middle.known()).isFalse();
    assertThat(middle.missing()).containsExactly("tracer");
  }
}

package org.psmapathway.core.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psmapathway.core.record.Lesion;
import org.psmapathway.core.record.LesionSite;
import org.psmapathway.core.record.PetScan;
import org.psmapathway.core.record.PsmaTracer;
import org.psmapathway.core.record.ReferenceUptake;

class PsmaExpressionTest {

  private static final ReferenceUptake REFERENCE = new ReferenceUptake(2.0, 5.0, 8.0, 12.0);

  private static Lesion lesion(String id, Double suvMax) {
    return Scans.measured(id, LesionSite.NODE, suvMax, null, null);
  }

  private static PsmaExpression assess(PsmaTracer tracer, Lesion... lesions) {
    return PsmaExpression.assess(Scans.scan(tracer, REFERENCE, null, lesions), TieRule.TIES_UP);
  }

  @Test
  void summarisesHighestAndLowestScore() {
    PsmaExpression expression =
        assess(PsmaTracer.GA68_PSMA_11, lesion("a", 13.0), lesion("b", 3.0), lesion("c", 6.0));

    assertThat(expression.lesions()).extracting(ExpressionScore::score).containsExactly(3, 1, 2);
    assertThat(expression.lesions())
        .extracting(ExpressionScore::lesionId)
        .containsExactly("a", "b", "c");
    assertThat(expression.highest()).isEqualTo(3);
    assertThat(expression.lowest()).isEqualTo(1);
    assertThat(expression.psmaPositive()).isTrue();
    assertThat(expression.missing()).isEmpty();
    assertThat(expression.intermediateReference()).isEqualTo(ReferenceOrgan.LIVER);
  }

  @Test
  void allLesionsBelowLiverAreNegative() {
    PsmaExpression expression = assess(PsmaTracer.GA68_PSMA_11, lesion("a", 4.9), lesion("b", 1.0));

    assertThat(expression.highest()).isEqualTo(1);
    assertThat(expression.lowest()).isEqualTo(0);
    assertThat(expression.psmaPositive()).isFalse();
  }

  @Test
  void spleenTracerMovesTheScore2Boundary() {
    PsmaExpression expression = assess(PsmaTracer.F18_PSMA_1007, lesion("a", 6.0));

    assertThat(expression.intermediateReference()).isEqualTo(ReferenceOrgan.SPLEEN);
    assertThat(expression.highest()).isEqualTo(1);
    assertThat(expression.psmaPositive()).isFalse();
  }

  @Test
  void unknownScoreLeavesNegativityUndecided() {
    PsmaExpression expression =
        assess(PsmaTracer.GA68_PSMA_11, lesion("a", 3.0), lesion("b", null));

    assertThat(expression.highest()).isEqualTo(1);
    assertThat(expression.lowest()).isEqualTo(1);
    assertThat(expression.psmaPositive()).isNull();
    assertThat(expression.missing()).containsExactly("lesions[b].suvMax");
  }

  @Test
  void oneKnownPositiveLesionIsEnoughDespiteUnknowns() {
    PsmaExpression expression =
        assess(PsmaTracer.GA68_PSMA_11, lesion("a", 6.0), lesion("b", null));

    assertThat(expression.psmaPositive()).isTrue();
    assertThat(expression.highest()).isEqualTo(2);
  }

  @Test
  void nothingKnownGivesNulls() {
    PetScan scan =
        Scans.scan(
            PsmaTracer.GA68_PSMA_11,
            ReferenceUptake.NONE,
            null,
            lesion("a", 6.0),
            lesion("b", 3.0));

    PsmaExpression expression = PsmaExpression.assess(scan, TieRule.TIES_DOWN);
    assertThat(expression.highest()).isNull();
    assertThat(expression.lowest()).isNull();
    assertThat(expression.psmaPositive()).isNull();
    assertThat(expression.tieRule()).isEqualTo(TieRule.TIES_DOWN);
    assertThat(expression.missing())
        .containsExactly(
            "reference.parotidSuvMean", "reference.liverSuvMean", "reference.bloodPoolSuvMean");
  }

  @Test
  void stagingSettingsChooseTheTieRule() {
    PetScan scan = Scans.scan(PsmaTracer.GA68_PSMA_11, REFERENCE, null, lesion("a", 5.0));

    assertThat(PsmaExpression.assess(scan, StagingSettings.defaults()).highest()).isEqualTo(2);
    assertThat(
            PsmaExpression.assess(
                    scan, StagingSettings.defaults().withExpressionTieRule(TieRule.TIES_DOWN))
                .highest())
        .isEqualTo(1);
  }

  @Test
  void scanWithoutLesionsIsNegative() {
    PsmaExpression expression = assess(PsmaTracer.GA68_PSMA_11);

    assertThat(expression.lesions()).isEmpty();
    assertThat(expression.psmaPositive()).isFalse();
    assertThat(expression.highest()).isNull();
  }

  @Test
  void diffuseMarrowWithoutLesionsIsUndecided() {
    PsmaExpression expression =
        PsmaExpression.assess(Scans.scan(true, List.of()), TieRule.TIES_UP);

    assertThat(expression.psmaPositive()).isNull();
    assertThat(expression.missing())
        .containsExactly("lesions (diffuse marrow involvement has no lesion with suvMax)");
  }
}

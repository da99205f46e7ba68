package org.psmapathway.core.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.psmapathway.core.record.Lesion;
import org.psmapathway.core.record.LesionSite;
import org.psmapathway.core.record.PetScan;
import org.psmapathway.core.record.PsmaTracer;
import org.psmapathway.core.staging.Scans;

class RecipTest {

  /** The test vectors of clinical-rules.md 3.1. */
  @ParameterizedTest(name = "{0} → {1} mL, new lesions {2} → {3} ({4}%)")
  @CsvSource({
    "100, 70, false, PR, -30",
    "100, 71, false, SD, -29",
    "100, 120, true, PD, 20",
    "100, 119, true, SD, 19",
    "100, 120, false, SD, 20",
    "100, 40, true, SD, -60",
    "100, 0, false, CR, -100"
  })
  void testVectorsOfSection3_1(
      double baseline, double followUp, boolean newLesions, RecipCategory expected, double change) {
    RecipResult result = Recip.classify(baseline, followUp, newLesions);

    assertThat(result.category()).isEqualTo(expected);
    assertThat(result.percentChange()).isCloseTo(change, within(1e-12));
    assertThat(result.applicable()).isTrue();
  }

  @Test
  void rationaleExplainsTheRule() {
    assertThat(Recip.classify(100, 70, false).rationale())
        .isEqualTo("PSMA-VOL 100.0 → 70.0 mL (-30.0%), decline ≥30%, no new lesions");
    assertThat(Recip.classify(100, 40, true).rationale())
        .isEqualTo("PSMA-VOL 100.0 → 40.0 mL (-60.0%), decline ≥30% but new lesions");
    assertThat(Recip.classify(100, 120, false).rationale())
        .isEqualTo("PSMA-VOL 100.0 → 120.0 mL (+20.0%), increase ≥20% but no new lesions");
    assertThat(Recip.classify(100, 0, false).rationale())
        .isEqualTo("PSMA-VOL 100.0 → 0.0 mL (-100.0%): no PSMA-ligand uptake on follow-up");
  }

  @Test
  void decimalBoundaryIsInclusiveDespiteBinaryRounding() {
    // (2.31 − 3.3) / 3.3 × 100 is −29.999999999999993 in doubles; it is −30% exactly.
    assertThat(Recip.classify(3.3, 2.31, false).category()).isEqualTo(RecipCategory.PR);
    assertThat(Recip.classify(3.3, 2.32, false).category()).isEqualTo(RecipCategory.SD);
  }

  @Test
  void zeroBaselineIsNotApplicable() {
    RecipResult result = Recip.classify(0, 10, true);

    assertThat(result.applicable()).isFalse();
    assertThat(result.category()).isNull();
    assertThat(result.percentChange()).isNull();
    assertThat(result.rationale())
        .isEqualTo("RECIP 1.0 not applicable: baseline PSMA-VOL is 0 mL (no measurable disease)");
  }

  @Test
  void zeroFollowUpWithNewLesionsIsRejected() {
    assertThatThrownBy(() -> Recip.classify(100, 0, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "followUpVolumeMl is 0 but new lesions are reported: contradictory RECIP input");
  }

  @Test
  void negativeOrNonFiniteVolumesAreRejected() {
    assertThatThrownBy(() -> Recip.classify(-1, 10, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baselineVolumeMl: expected a finite volume ≥ 0 mL, was -1.0");
    assertThatThrownBy(() -> Recip.classify(10, Double.NaN, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("followUpVolumeMl: expected a finite volume ≥ 0 mL, was NaN");
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 10);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void neverPartialResponseWithNewLesions(long seed) {
    Random random = new Random(seed);
    int declinesOf30PercentOrMore = 0;
    for (int i = 0; i < 300; i++) {
      double baseline = 0.01 + random.nextDouble() * 500;
      double followUp = 0.01 + random.nextDouble() * 2 * baseline;
      RecipResult result = Recip.classify(baseline, followUp, true);
      assertThat(result.category()).isIn(RecipCategory.SD, RecipCategory.PD);
      if (result.percentChange() <= -30) {
        declinesOf30PercentOrMore++;
        assertThat(result.category()).isEqualTo(RecipCategory.SD);
      }
    }
    assertThat(declinesOf30PercentOrMore).isPositive();
  }

  @Test
  void compareUsesTotalTumourVolumeAndLesionIds() {
    PetScan baseline = scan(100.0, lesion("a"), lesion("b"));
    PetScan followUp = scan(130.0, lesion("a"), lesion("c"));

    RecipResult result = Recip.compare(baseline, followUp);
    assertThat(result.category()).isEqualTo(RecipCategory.PD);
    assertThat(result.percentChange()).isCloseTo(30.0, within(1e-12));
    assertThat(result.rationale())
        .isEqualTo("PSMA-VOL 100.0 → 130.0 mL (+30.0%), increase ≥20%, new lesions (c)");
  }

  @Test
  void compareWithoutNewLesionsIsPartialResponse() {
    RecipResult result =
        Recip.compare(scan(50.0, lesion("a"), lesion("b")), scan(20.0, lesion("a")));

    assertThat(result.category()).isEqualTo(RecipCategory.PR);
    assertThat(result.percentChange()).isCloseTo(-60.0, within(1e-12));
  }

  @Test
  void compareNamesAMissingVolume() {
    assertThat(Recip.compare(scan(null, lesion("a")), scan(20.0, lesion("a"))).rationale())
        .isEqualTo("RECIP 1.0 not applicable: baseline.totalTumourVolumeMl not recorded");
    RecipResult missingFollowUp = Recip.compare(scan(20.0, lesion("a")), scan(null));
    assertThat(missingFollowUp.applicable()).isFalse();
    assertThat(missingFollowUp.rationale())
        .isEqualTo("RECIP 1.0 not applicable: followUp.totalTumourVolumeMl not recorded");
  }

  @Test
  void compareRejectsZeroVolumeOnAScanWithLesions() {
    assertThatThrownBy(() -> Recip.compare(scan(20.0, lesion("a")), scan(0.0, lesion("a"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "followUp.totalTumourVolumeMl is 0 but the scan lists 1 PSMA-avid lesion(s):"
                + " contradictory RECIP input");
  }

  @Test
  void compareOfANegativeFollowUpIsCompleteResponse() {
    assertThat(Recip.compare(scan(20.0, lesion("a")), scan(0.0)).category())
        .isEqualTo(RecipCategory.CR);
  }

  private static PetScan scan(Double volumeMl, Lesion... lesions) {
    return Scans.scan(PsmaTracer.GA68_PSMA_11, null, volumeMl, lesions);
  }

  private static Lesion lesion(String id) {
    return Scans.measured(id, LesionSite.BONE, 10.0, null, null);
  }
}

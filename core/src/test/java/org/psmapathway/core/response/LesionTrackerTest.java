package org.psmapathway.core.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.psmapathway.core.record.Lesion;
import org.psmapathway.core.record.LesionSite;
import org.psmapathway.core.record.PetScan;
import org.psmapathway.core.record.PsmaTracer;
import org.psmapathway.core.staging.Scans;

class LesionTrackerTest {

  private static Lesion bone(String id, Double suvMax, Double shortAxisMm, Double volumeMl) {
    return Scans.measured(id, LesionSite.BONE, suvMax, shortAxisMm, volumeMl);
  }

  private static Lesion local(String id, LesionSite site, double suvMax) {
    return Scans.measured(id, site, suvMax, null, null);
  }

  private static PetScan on(LocalDate date, boolean dmi, List<Lesion> lesions) {
    return new PetScan(date, PsmaTracer.GA68_PSMA_11, "PET/CT", null, null, dmi, lesions);
  }

  private static PetScan prior(Lesion... lesions) {
    return on(LocalDate.of(2024, 6, 1), false, List.of(lesions));
  }

  private static PetScan current(Lesion... lesions) {
    return on(LocalDate.of(2025, 1, 15), false, List.of(lesions));
  }

  private static LesionChange only(LesionComparison comparison) {
    assertThat(comparison.changes()).hasSize(1);
    return comparison.changes().get(0);
  }

  @ParameterizedTest(name = "SUVmax 10 → {0}: {1}")
  @CsvSource({"12.99, STABLE", "13.0, PROGRESSING", "20.0, PROGRESSING", "5.0, STABLE"})
  void suvMaxThresholdIs30PercentInclusive(double after, LesionStatus expected) {
    LesionChange change =
        only(
            LesionTracker.compare(
                prior(bone("b1", 10.0, null, null)), current(bone("b1", after, null, null))));

    assertThat(change.status()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "short axis 10 → {0} mm: {1}")
  @CsvSource({"11.99, STABLE", "12.0, PROGRESSING"})
  void shortAxisThresholdIs20PercentInclusive(double after, LesionStatus expected) {
    LesionChange change =
        only(
            LesionTracker.compare(
                prior(bone("b1", 10.0, 10.0, null)), current(bone("b1", 10.0, after, null))));

    assertThat(change.status()).isEqualTo(expected);
  }

  @Test
  void decimalSuvBoundaryIsInclusive() {
    // (7.8 − 6.0) / 6.0 × 100 = 29.999999999999996 in doubles; it is +30% exactly.
    LesionChange change =
        only(
            LesionTracker.compare(
                prior(bone("b1", 6.0, null, null)), current(bone("b1", 7.8, null, null))));

    assertThat(change.status()).isEqualTo(LesionStatus.PROGRESSING);
  }

  @Test
  void reasonShowsMeasurementsAndThresholds() {
    LesionChange change =
        only(
            LesionTracker.compare(
                prior(bone("b1", 10.0, 10.0, null)), current(bone("b1", 11.0, 12.5, null))));

    assertThat(change.lesionId()).isEqualTo("b1");
    assertThat(change.status()).isEqualTo(LesionStatus.PROGRESSING);
    assertThat(change.reason())
        .isEqualTo(
            "SUVmax 10.0 → 11.0 (+10.0%) < +30% (PERCIST 1.0);"
                + " short axis 10.0 mm → 12.5 mm (+25.0%) ≥ +20% (RECIST 1.1)");
  }

  @Test
  void volumeIsUsedWhenShortAxisIsMissingOnAScan() {
    LesionComparison comparison =
        LesionTracker.compare(
            prior(bone("b1", 10.0, 10.0, 2.0)), current(bone("b1", 10.0, null, 2.4)));

    LesionChange change = only(comparison);
    assertThat(change.status()).isEqualTo(LesionStatus.PROGRESSING);
    assertThat(change.reason())
        .isEqualTo(
            "SUVmax 10.0 → 10.0 (+0.0%) < +30% (PERCIST 1.0);"
                + " volume 2.0 mL → 2.4 mL (+20.0%) ≥ +20% (volume setting)");
  }

  @Test
  void volumeThresholdCanBeSetToTheDiameterEquivalent() {
    TrackingSettings settings = TrackingSettings.defaults().withVolumeIncreasePercent(72.8);

    LesionChange change =
        only(
            LesionTracker.compare(
                prior(bone("b1", null, null, 2.0)),
                current(bone("b1", null, null, 3.0)),
                settings));

    assertThat(change.status()).isEqualTo(LesionStatus.STABLE);
    assertThat(change.reason())
        .isEqualTo(
            "volume 2.0 mL → 3.0 mL (+50.0%) < +72.8% (volume setting);"
                + " SUVmax not compared (suvMax not recorded on both scans)");
  }

  @Test
  void unmeasuredLesionIsNotEvaluableAndReported() {
    LesionComparison comparison =
        LesionTracker.compare(
            prior(bone("b1", 10.0, null, null)), current(bone("b1", null, 8.0, null)));

    assertThat(only(comparison).status()).isEqualTo(LesionStatus.NOT_EVALUABLE);
    assertThat(only(comparison).reason())
        .isEqualTo("no suvMax, shortAxisMm or volumeMl recorded on both scans");
    assertThat(comparison.progressingCount()).isZero();
    assertThat(comparison.oligoprogression()).isFalse();
    assertThat(comparison.warnings())
        .containsExactly("lesion b1: not evaluable; the progressing count may be higher");
  }

  @Test
  void newAndResolvedLesionsFollowTheIds() {
    LesionComparison comparison =
        LesionTracker.compare(
            prior(bone("b1", 10.0, null, null), bone("b2", 10.0, null, null)),
            current(bone("b2", 10.0, null, null), bone("b3", 5.0, null, null)));

    assertThat(comparison.changes())
        .extracting(LesionChange::lesionId, LesionChange::status)
        .containsExactly(
            tuple("b2", LesionStatus.STABLE),
            tuple("b3", LesionStatus.NEW),
            tuple("b1", LesionStatus.RESOLVED));
    assertThat(comparison.withStatus(LesionStatus.NEW))
        .extracting(LesionChange::reason)
        .containsExactly("not on the prior scan");
    assertThat(comparison.progressingCount()).isEqualTo(1);
    assertThat(comparison.oligoprogression()).isTrue();
    assertThat(comparison.metastaticLesionCount()).isEqualTo(2);
    assertThat(comparison.oligometastatic()).isTrue();
  }

  @Test
  void allLocalLesionsTogetherCountAsOneProgressingLesion() {
    LesionComparison comparison =
        LesionTracker.compare(
            prior(local("t1", LesionSite.PROSTATE_BED, 5.0)),
            current(
                local("t1", LesionSite.PROSTATE_BED, 9.0),
                local("t2", LesionSite.PROSTATE_BED, 6.0),
                local("t3", LesionSite.SEMINAL_VESICLE, 6.0),
                bone("b1", 6.0, null, null),
                bone("b2", 6.0, null, null)));

    assertThat(comparison.withStatus(LesionStatus.NEW)).hasSize(4);
    assertThat(comparison.withStatus(LesionStatus.PROGRESSING)).hasSize(1);
    assertThat(comparison.progressingCount()).isEqualTo(3); // local relapse 1 + b1 + b2
    assertThat(comparison.oligoprogression()).isTrue();
    assertThat(comparison.metastaticLesionCount()).isEqualTo(2);
  }

  @Test
  void fourProgressingMetastasesAreNotOligoprogression() {
    List<Lesion> newBones = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      newBones.add(bone("b" + i, 6.0, null, null));
    }
    LesionComparison comparison =
        LesionTracker.compare(prior(), current(newBones.toArray(Lesion[]::new)));

    assertThat(comparison.progressingCount()).isEqualTo(4);
    assertThat(comparison.oligoprogression()).isFalse();
    assertThat(comparison.metastaticLesionCount()).isEqualTo(4);
    assertThat(comparison.oligometastatic()).isTrue();
    assertThat(
            LesionTracker.compare(
                    prior(),
                    current(newBones.toArray(Lesion[]::new)),
                    TrackingSettings.defaults().withOligometastaticMax(3))
                .oligometastatic())
        .isFalse();
    assertThat(
            LesionTracker.compare(
                    prior(),
                    current(newBones.toArray(Lesion[]::new)),
                    TrackingSettings.defaults().withOligoprogressionMax(4))
                .oligoprogression())
        .isTrue();
  }

  @Test
  void sixMetastasesAreNotOligometastaticByDefault() {
    List<Lesion> bones = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      bones.add(bone("b" + i, 6.0, null, null));
    }
    LesionComparison comparison =
        LesionTracker.compare(prior(), current(bones.toArray(Lesion[]::new)));

    assertThat(comparison.metastaticLesionCount()).isEqualTo(6);
    assertThat(comparison.oligometastatic()).isFalse();
    assertThat(comparison.metastaticLesionCountLabel()).isEqualTo("6");
  }

  @Test
  void diffuseMarrowInvolvementMakesTheCountMany() {
    LesionComparison comparison =
        LesionTracker.compare(
            prior(), on(LocalDate.of(2025, 1, 15), true, List.of(bone("b1", 6.0, null, null))));

    assertThat(comparison.diffuseMarrowInvolvement()).isTrue();
    assertThat(comparison.metastaticLesionCountLabel()).isEqualTo("many");
    assertThat(comparison.metastaticLesionCount()).isEqualTo(1);
    assertThat(comparison.oligometastatic()).isFalse();
  }

  @Test
  void noChangeIsNeitherOligoprogressionNorOligometastaticWithoutMetastases() {
    LesionComparison comparison =
        LesionTracker.compare(
            prior(local("t1", LesionSite.PROSTATE_BED, 5.0)),
            current(local("t1", LesionSite.PROSTATE_BED, 5.0)));

    assertThat(comparison.progressingCount()).isZero();
    assertThat(comparison.oligoprogression()).isFalse();
    assertThat(comparison.metastaticLesionCount()).isZero();
    assertThat(comparison.oligometastatic()).isFalse();
    assertThat(comparison.warnings()).isEmpty();
  }

  @Test
  void lesionsNeedUniqueIds() {
    assertThatThrownBy(
            () -> LesionTracker.compare(prior(bone(null, 1.0, null, null)), current()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("prior.lesions[0].id: expected a lesion id (kept across scans), was empty");
    assertThatThrownBy(
            () ->
                LesionTracker.compare(
                    prior(), current(bone("x", 1.0, null, null), bone("x", 2.0, null, null))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("current.lesions[1].id: duplicate lesion id 'x' within one scan");
  }

  @Test
  void scansMustBeInOrder() {
    assertThatThrownBy(() -> LesionTracker.compare(current(), prior()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("current.date 2024-06-01 is before prior.date 2025-01-15");
  }

  @Test
  void defaultsAreTheDocumentedValues() {
    assertThat(TrackingSettings.defaults())
        .isEqualTo(new TrackingSettings(30, 20, 20, 3, 5));
    assertThatThrownBy(() -> new TrackingSettings(0, 20, 20, 3, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("suvIncreasePercent must be a positive number, was 0.0");
  }
}

package org.psmapathway.core.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PatientRecordReader;

/** NCT02699424: classification after 25 fractions and the plan for each kind of patient. */
class LundProtocolTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
  private static final String RT = "{\"type\": \"radiotherapy\", \"start\": \"2024-03-04\","
      + " \"intent\": \"salvage\", \"targets\": [{\"volume\": \"prostate-bed\", \"doseGy\": 50,"
      + " \"fractions\": 25}]}";
  /** Pre-RT 0.40 ng/mL, then weekly during RT (fraction 25 falls on Friday 2024-04-05). */
  private static final String FALLING = psa("0.36", "0.30", "0.25", "0.21", "0.18");
  private static final String RISING = psa("0.41", "0.42", "0.44", "0.45", "0.47");

  private static String psa(String... weekly) {
    StringBuilder s = new StringBuilder("\"psa\": [{\"date\": \"2024-02-27\", \"value\": 0.40}");
    String[] dates = {"2024-03-08", "2024-03-15", "2024-03-22", "2024-03-29", "2024-04-04"};
    for (int i = 0; i < weekly.length; i++) {
      s.append(", {\"date\": \"").append(dates[i]).append("\", \"value\": ").append(weekly[i])
          .append('}');
    }
    return s.append(']').toString();
  }

  private static PatientRecord patient(String psa, String lesions, String treatments)
      throws Exception {
    return new PatientRecordReader(AS_OF).read("{\"id\": \"L\", \"prostatectomy\": {\"date\":"
        + " \"2021-05-03\"}, " + psa + ", \"petScans\": [{\"date\": \"2024-02-20\", \"tracer\":"
        + " \"68Ga-PSMA-11\", \"lesions\": [" + lesions + "]}], \"treatments\": [" + treatments
        + "]}");
  }

  private static String nodes(int n) {
    StringBuilder s = new StringBuilder();
    String[] regions = {"obturator", "external-iliac", "internal-iliac", "common-iliac"};
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : ", ").append("{\"id\": \"N").append(i + 1).append("\", \"site\":"
          + " \"node\", \"region\": \"").append(regions[i % 4]).append("\", \"side\": \"")
          .append(i < 4 ? "left" : "right").append("\"}");
    }
    return s.toString();
  }

  @Test
  void aFallingPsaIsAResponderWhoCompletesBedRt() throws Exception {
    LundPlan p = LundProtocol.plan(patient(FALLING, "", RT), LundSettings.defaults());
    assertThat(p.decisionDate()).isEqualTo(LocalDate.of(2024, 4, 5));
    assertThat(p.classification()).isEqualTo(PsaResponseClass.RESPONDER);
    assertThat(p.metric()).isCloseTo(0.45, within(1e-12));
    assertThat(p.classificationRationale()).isEqualTo("PSA 0.18 ng/mL on 2024-04-04 is 45.0% of"
        + " the pre-RT 0.4 ng/mL on 2024-02-27, below 100.0% (fraction-of-baseline rule)");
    assertThat(p.targets()).singleElement().satisfies(t -> {
      assertThat(t.volume()).isEqualTo("prostate-bed");
      assertThat(t.doseGy()).isEqualTo(70.0);
      assertThat(t.eqd2Gy15()).isCloseTo(70.0, within(1e-9));
    });
    assertThat(p.lastFraction()).isEqualTo(35);
    assertThat(p.systemicReferral()).isFalse();
  }

  @Test
  void aNonResponderWithALocalRecurrenceAndTwoNodesGetsThePetGuidedAdaptation()
      throws Exception {
    LundPlan p = LundProtocol.plan(patient(RISING, "{\"id\": \"L1\", \"site\":"
        + " \"prostate-bed\"}, " + nodes(2), RT), LundSettings.defaults());
    assertThat(p.classification()).isEqualTo(PsaResponseClass.NON_RESPONDER);
    assertThat(p.targets()).extracting(t -> t.volume() + (t.lesionId() == null ? ""
        : " " + t.lesionId()) + " " + t.doseGy() + "/" + t.fractions() + "@" + t.firstFraction())
        .containsExactly("prostate-bed 70.0/35@1", "local-recurrence L1 73.5/35@1",
            "pelvic-nodes 46.0/23@26", "node N1 55.2/23@26", "node N2 55.2/23@26");
    // research/clinical-rules.md 9.1 test vectors: 73.5 Gy/35 fx and 46 Gy/23 fx
    assertThat(p.targets().get(1).eqd2Gy15()).isCloseTo(75.60, within(1e-9));
    assertThat(p.targets().get(1).eqd2Gy3()).isCloseTo(74.97, within(1e-9));
    assertThat(p.targets().get(2).eqd2Gy15()).isCloseTo(46.0, within(1e-9));
    assertThat(p.lastFraction()).isEqualTo(48);
    assertThat(p.notes()).anyMatch(n -> n.contains("project default"));
  }

  @Test
  void moreThanThreeNodesStopRtAndReferForSystemicTherapy() throws Exception {
    LundPlan three = LundProtocol.plan(patient(RISING, nodes(3), RT), LundSettings.defaults());
    assertThat(three.systemicReferral()).isFalse();
    LundPlan four = LundProtocol.plan(patient(RISING, nodes(4), RT), LundSettings.defaults());
    assertThat(four.systemicReferral()).isTrue();
    assertThat(four.plan()).isEqualTo("PSA non-responder with 4 PET-positive nodes (>3): stop RT"
        + " at 50 Gy; refer for individualised systemic therapy");
    assertThat(four.targets()).singleElement()
        .satisfies(t -> assertThat(t.doseGy()).isEqualTo(50.0));
    assertThat(four.lastFraction()).isEqualTo(25);
  }

  @Test
  void distantDiseaseIncludingAnExtrapelvicNodeStopsRt() throws Exception {
    LundPlan p = LundProtocol.plan(patient(RISING, "{\"id\": \"R1\", \"site\": \"node\","
        + " \"region\": \"retroperitoneal\"}", RT), LundSettings.defaults());
    assertThat(p.systemicReferral()).isTrue();
    assertThat(p.plan()).contains("distant disease (R1)");
  }

  @Test
  void aResponderWithTheDecayRateRule() throws Exception {
    LundSettings rate = LundSettings.defaults().withRule(ResponderRule.DECAY_RATE, 0.01);
    LundPlan p = LundProtocol.plan(patient(FALLING, "", RT), rate);
    // ln(PSA) falls by ln(0.40/0.18) over 37 days: k ≈ 0.02
    assertThat(p.metric()).isBetween(0.018, 0.024);
    assertThat(p.classification()).isEqualTo(PsaResponseClass.RESPONDER);
    LundPlan strict = LundProtocol.plan(patient(FALLING, "", RT),
        LundSettings.defaults().withRule(ResponderRule.DECAY_RATE, 0.05));
    assertThat(strict.classification()).isEqualTo(PsaResponseClass.NON_RESPONDER);
  }

  @Test
  void withoutAPsaInWeekFiveTheClassificationIsUndetermined() throws Exception {
    LundPlan p = LundProtocol.plan(patient(psa("0.36", "0.30"), "", RT), LundSettings.defaults());
    assertThat(p.classification()).isEqualTo(PsaResponseClass.UNDETERMINED);
    assertThat(p.classificationRationale())
        .isEqualTo("no PSA drawn in the week of fraction 25 (2024-04-01 to 2024-04-05)");
    assertThat(p.plan()).startsWith("classification undetermined");
  }

  @Test
  void theScheduleIsWeeklyDuringRtThenSixToSixtyMonthsAfter() throws Exception {
    LundPlan p = LundProtocol.plan(patient(FALLING, "", RT), LundSettings.defaults());
    assertThat(p.schedule()).hasSize(7 + 4);
    assertThat(p.schedule().get(0).date()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(p.schedule().get(6).date()).isEqualTo(LocalDate.of(2024, 4, 15));
    // fraction 35 falls on Friday 2024-04-19
    assertThat(p.schedule().get(7).date()).isEqualTo(LocalDate.of(2024, 10, 19));
    assertThat(p.schedule().get(10).label()).isEqualTo("PSA, 60 months after RT");
    assertThat(p.schedule().get(10).date()).isEqualTo(LocalDate.of(2029, 4, 19));
  }

  @Test
  void aCourseStartingOnASaturdayBeginsOnMonday() {
    assertThat(TreatmentDays.fraction(LocalDate.of(2024, 3, 2), 1))
        .isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(TreatmentDays.fraction(LocalDate.of(2024, 3, 4), 25))
        .isEqualTo(LocalDate.of(2024, 4, 5));
  }

  @Test
  void withoutASalvageCourseTheProtocolDoesNotApply() throws Exception {
    assertThatThrownBy(() -> LundProtocol.plan(patient(FALLING, "", ""), LundSettings.defaults()))
        .isInstanceOf(ProtocolInputException.class)
        .hasMessageStartingWith("no salvage radiotherapy course after the prostatectomy");
  }
}

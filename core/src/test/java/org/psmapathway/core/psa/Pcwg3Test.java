package org.psmapathway.core.psa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.psmapathway.core.psa.Patients.adt;
import static org.psmapathway.core.psa.Patients.arpi;
import static org.psmapathway.core.psa.Patients.below;
import static org.psmapathway.core.psa.Patients.d;
import static org.psmapathway.core.psa.Patients.lutetium;
import static org.psmapathway.core.psa.Patients.patient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PsaValue;

/** PCWG3 (Scher et al. JCO 2016) and the test vector of clinical-rules.md 2.5. */
class Pcwg3Test {

  private static final LocalDate START = d("2024-01-01");
  private static final PsaValue BASELINE = new PsaValue(d("2023-12-28"), 10.0, false);

  private static PsaValue week(int weeks, double ngMl) {
    return new PsaValue(START.plusWeeks(weeks), ngMl, false);
  }

  private static Pcwg3Result pcwg3(PsaValue... onTherapy) {
    List<PsaValue> psa = new ArrayList<>();
    psa.add(new PsaValue(d("2023-10-01"), 6.0, false));
    psa.add(BASELINE);
    psa.addAll(List.of(onTherapy));
    return Pcwg3.evaluate(START, psa, PsaSettings.defaults());
  }

  /** Baseline 10, decline to a nadir of 4 at week 12, then 5.5 at week 20 and 6.2 at week 23. */
  private static final PsaValue[] VECTOR = {week(4, 7.0), week(8, 4.8), week(12, 4.0),
      week(20, 5.5), week(23, 6.2)};

  private static PsaValue[] vectorThen(PsaValue... more) {
    List<PsaValue> all = new ArrayList<>(List.of(VECTOR));
    all.addAll(List.of(more));
    return all.toArray(PsaValue[]::new);
  }

  @Test
  void riseFromNadirConfirmedThreeWeeksLaterIsProgressionDatedAtTheFirstValue() {
    Pcwg3Result r = pcwg3(vectorThen(week(26, 7.0)));

    assertThat(r.therapyStart()).isEqualTo(START);
    assertThat(r.baseline()).isEqualTo(BASELINE);
    assertThat(r.progression()).isTrue();
    assertThat(r.progressionConfirmed()).isTrue();
    assertThat(r.progressionDate()).isEqualTo(START.plusWeeks(23));
    assertThat(r.progressionConfirmedOn()).isEqualTo(START.plusWeeks(26));
    assertThat(r.progressionRule()).isEqualTo("rise from nadir");
    assertThat(r.pendingProgressionDate()).isNull();
    assertThat(r.maxChangePercent()).isCloseTo(-60.0, within(1e-9));
    assertThat(r.changeAt12WeeksPercent()).isCloseTo(-60.0, within(1e-9));
    assertThat(r.psa50()).isTrue();
    assertThat(r.psa50Date()).isEqualTo(START.plusWeeks(8));
    assertThat(r.rationale()).isEqualTo("therapy started 2024-01-01; baseline 10.0 ng/mL on"
        + " 2023-12-28; maximal change -60.0%; change at 12 weeks -60.0% (2024-03-25); PSA50:"
        + " 4.8 ng/mL on 2024-02-26 confirmed by 4.0 ng/mL on 2024-03-25; PSA progression, rise"
        + " from nadir (4.0 ng/mL): 6.2 ng/mL on 2024-06-10 is ≥25% and ≥2 ng/mL above it,"
        + " confirmed by 7.0 ng/mL on 2024-07-01 (PCWG3, Scher et al. JCO 2016)");
  }

  @Test
  void fivePointFiveIsNotProgressionAndSixPointTwoAwaitsConfirmation() {
    Pcwg3Result upToWeek20 = pcwg3(week(4, 7.0), week(8, 4.8), week(12, 4.0), week(20, 5.5),
        week(24, 5.6));
    assertThat(upToWeek20.progression()).isFalse();
    assertThat(upToWeek20.pendingProgressionDate()).isNull();
    assertThat(upToWeek20.progressionRule()).isNull();

    Pcwg3Result pending = pcwg3(vectorThen(week(25, 6.4)));
    assertThat(pending.progression()).isFalse();
    assertThat(pending.progressionConfirmed()).isFalse();
    assertThat(pending.progressionDate()).isNull();
    assertThat(pending.progressionConfirmedOn()).isNull();
    assertThat(pending.pendingProgressionDate()).isEqualTo(START.plusWeeks(23));
    assertThat(pending.progressionRule()).isEqualTo("rise from nadir");
    assertThat(pending.rationale()).contains("; possible PSA progression, rise from nadir (4.0"
        + " ng/mL): 6.2 ng/mL on 2024-06-10 is ≥25% and ≥2 ng/mL above it, awaiting"
        + " confirmation by a value ≥21 days later (PCWG3");
  }

  @Test
  void aConfirmationThatNoLongerMeetsTheCriterionRefutesIt() {
    Pcwg3Result r = pcwg3(vectorThen(week(26, 5.9)));

    assertThat(r.progression()).isFalse();
    assertThat(r.pendingProgressionDate()).isNull();
    assertThat(r.rationale()).contains("; no PSA progression (PCWG3");
  }

  @Test
  void withoutDeclineOnlyRisesFromTwelveWeeksOnCount() {
    // Week 6: +30% and +3 ng/mL, but before 12 weeks; week 12: +35% and +3.5, confirmed.
    Pcwg3Result r = pcwg3(week(3, 11.0), week(6, 13.0), week(12, 13.5), week(15, 14.0));

    assertThat(r.progression()).isTrue();
    assertThat(r.progressionDate()).isEqualTo(START.plusWeeks(12));
    assertThat(r.progressionConfirmedOn()).isEqualTo(START.plusWeeks(15));
    assertThat(r.progressionRule()).isEqualTo("rise from baseline after 12 weeks");
    assertThat(r.maxChangePercent()).isCloseTo(10.0, within(1e-9));
    assertThat(r.psa50()).isFalse();

    Pcwg3Result early = pcwg3(week(3, 11.0), week(6, 13.0), week(9, 13.0));
    assertThat(early.progression()).isFalse();
    assertThat(early.pendingProgressionDate()).isNull();
  }

  @Test
  void afterADeclineARiseFromNadirCountsBeforeTwelveWeeks() {
    Pcwg3Result r = pcwg3(week(2, 3.0), week(6, 5.5), week(9, 6.0));

    assertThat(r.progression()).isTrue();
    assertThat(r.progressionDate()).isEqualTo(START.plusWeeks(6));
    assertThat(r.progressionConfirmedOn()).isEqualTo(START.plusWeeks(9));
    assertThat(r.progressionRule()).isEqualTo("rise from nadir");
  }

  @Test
  void psa50NeedsAConfirmationThreeWeeksLater() {
    Pcwg3Result unconfirmed = pcwg3(week(4, 4.0), week(6, 4.5));
    assertThat(unconfirmed.psa50()).isFalse();
    assertThat(unconfirmed.psa50Date()).isNull();
    assertThat(unconfirmed.rationale()).contains("; ≥50% decline 4.0 ng/mL on 2024-01-29,"
        + " awaiting confirmation by a value ≥21 days later;");

    Pcwg3Result refuted = pcwg3(week(4, 4.0), week(7, 6.0));
    assertThat(refuted.psa50()).isFalse();
    assertThat(refuted.rationale()).contains("; no confirmed ≥50% decline;");

    Pcwg3Result confirmed = pcwg3(week(4, 4.0), week(7, 5.0));
    assertThat(confirmed.psa50()).isTrue();
    assertThat(confirmed.psa50Date()).isEqualTo(START.plusWeeks(4));

    Pcwg3Result undetectable = pcwg3(week(4, 4.0), new PsaValue(START.plusWeeks(8), 0.1, true));
    assertThat(undetectable.psa50()).isTrue();
  }

  @Test
  void changeAtTwelveWeeksTakesTheClosestValueWithinThreeWeeks() {
    Pcwg3Result r = pcwg3(week(4, 8.0), new PsaValue(START.plusDays(100), 7.0, false),
        new PsaValue(START.plusDays(120), 3.0, false));
    assertThat(r.changeAt12WeeksPercent()).isCloseTo(-30.0, within(1e-9));

    Pcwg3Result none = pcwg3(week(4, 8.0), new PsaValue(START.plusDays(110), 7.0, false));
    assertThat(none.changeAt12WeeksPercent()).isNull();
    assertThat(none.maxChangePercent()).isCloseTo(-30.0, within(1e-9));
  }

  @Test
  void withoutBaselineOrOnTherapyValuesThereAreNoPercentages() {
    Pcwg3Result noBaseline = Pcwg3.evaluate(START, List.of(week(4, 8.0)), PsaSettings.defaults());
    assertThat(noBaseline.baseline()).isNull();
    assertThat(noBaseline.maxChangePercent()).isNull();
    assertThat(noBaseline.psa50()).isFalse();
    assertThat(noBaseline.progression()).isFalse();
    assertThat(noBaseline.rationale()).isEqualTo("therapy started 2024-01-01; no PSA on or before"
        + " that day: no baseline (PCWG3, Scher et al. JCO 2016)");

    Pcwg3Result nothingSince = pcwg3();
    assertThat(nothingSince.baseline()).isEqualTo(BASELINE);
    assertThat(nothingSince.maxChangePercent()).isNull();
    assertThat(nothingSince.rationale()).isEqualTo("therapy started 2024-01-01; baseline 10.0"
        + " ng/mL on 2023-12-28; no PSA since the start (PCWG3, Scher et al. JCO 2016)");

    Pcwg3Result undetectable = Pcwg3.evaluate(START,
        List.of(below("2023-12-01", 0.1), week(4, 8.0)), PsaSettings.defaults());
    assertThat(undetectable.maxChangePercent()).isNull();
    assertThat(undetectable.rationale()).contains("is not measured: percent changes are"
        + " undefined");
  }

  @Test
  void theLineIsTheLatestArpiChemotherapyOrRadioligandStart() {
    List<PsaValue> psa = List.of(BASELINE, week(4, 4.0));
    assertThat(Pcwg3.evaluate(patient(null, psa, adt("2020-01-01", null)),
        PsaSettings.defaults())).isNull();

    PatientRecord arpiOnly = patient(null, psa, adt("2020-01-01", null), arpi("2024-01-01"));
    assertThat(Pcwg3.evaluate(arpiOnly, PsaSettings.defaults()).rationale())
        .startsWith("arpi (enzalutamide) started 2024-01-01; baseline 10.0 ng/mL");

    PatientRecord lutetiumAfterArpi = patient(null, psa, arpi("2022-01-01"),
        lutetium("2023-11-01", 1), lutetium("2023-12-13", 2), lutetium("2024-01-24", 3));
    Pcwg3Result r = Pcwg3.evaluate(lutetiumAfterArpi, PsaSettings.defaults());
    assertThat(r.therapyStart()).isEqualTo(d("2023-11-01"));
    assertThat(r.rationale()).startsWith("radioligand (177Lu-PSMA-617) started 2023-11-01;");

    PatientRecord rechallenge = patient(null, psa, lutetium("2022-01-01", null),
        lutetium("2022-02-12", null), lutetium("2023-12-01", 1), lutetium("2024-01-12", null));
    assertThat(Pcwg3.evaluate(rechallenge, PsaSettings.defaults()).therapyStart())
        .isEqualTo(d("2023-12-01"));

    PatientRecord arpiAfterLutetium = patient(null, psa, lutetium("2022-01-01", 1),
        arpi("2023-12-20"));
    assertThat(Pcwg3.evaluate(arpiAfterLutetium, PsaSettings.defaults()).therapyStart())
        .isEqualTo(d("2023-12-20"));
  }
}

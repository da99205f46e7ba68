package org.psmapathway.core.psa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psmapathway.core.psa.Patients.below;
import static org.psmapathway.core.psa.Patients.d;
import static org.psmapathway.core.psa.Patients.every;
import static org.psmapathway.core.psa.Patients.patient;
import static org.psmapathway.core.psa.Patients.psa;
import static org.psmapathway.core.psa.Patients.rp;
import static org.psmapathway.core.psa.Patients.rt;
import static org.psmapathway.core.psa.Patients.series;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.RtIntent;

class RecurrencesTest {

  private static final String RP = "2020-01-15";

  /** Quarterly values from 2020-04-15 after a prostatectomy on 2020-01-15. */
  private static PatientRecord afterRp(String... values) {
    return patient(rp(RP), series(every("2020-04-15", 91, values.length), values));
  }

  /** Values after primary radiotherapy ending 2019-02-15, every 6 months from 2019-05-01. */
  private static PatientRecord afterPrimaryRt(String... values) {
    return patient(null, series(every("2019-05-01", 182, values.length), values),
        rt("2019-01-01", "2019-02-15", RtIntent.PRIMARY));
  }

  @Test
  void auaNeedsAConfirmatorySecondValue() {
    PatientRecord p = afterRp("<0.1", "0.1", "0.22", "0.3");

    RecurrenceResult aua = Recurrences.aua(p);

    assertThat(aua).isEqualTo(new RecurrenceResult("AUA", true, true, d("2020-10-14"),
        d("2021-01-13"), "PSA 0.22 ng/mL on 2020-10-14 confirmed by 0.3 ng/mL on 2021-01-13:"
            + " ≥0.2 ng/mL twice after the prostatectomy on 2020-01-15 (AUA, Cookson et al."
            + " J Urol 2007)"));
  }

  @Test
  void auaSingleValueAwaitsConfirmation() {
    RecurrenceResult aua = Recurrences.aua(afterRp("<0.1", "0.1", "0.22"));

    assertThat(aua.applicable()).isTrue();
    assertThat(aua.met()).isFalse();
    assertThat(aua.date()).isNull();
    assertThat(aua.confirmedOn()).isNull();
    assertThat(aua.rationale()).isEqualTo("PSA 0.22 ng/mL on 2020-10-14 is ≥0.2 ng/mL after the"
        + " prostatectomy on 2020-01-15; awaiting confirmation by a second value ≥0.2 ng/mL"
        + " (AUA, Cookson et al. J Urol 2007)");
  }

  @Test
  void auaBlipRefutedByTheNextValueIsNotTheRecurrenceDate() {
    RecurrenceResult aua = Recurrences.aua(afterRp("0.25", "0.1", "0.2", "0.35"));

    assertThat(aua.met()).isTrue();
    assertThat(aua.date()).isEqualTo(d("2020-10-14"));
    assertThat(aua.confirmedOn()).isEqualTo(d("2021-01-13"));
  }

  @Test
  void auaIgnoresValuesBeforeSurgeryAndNeedsSurgery() {
    PatientRecord p = patient(rp(RP), List.of(psa("2019-10-01", 8.0), psa("2020-01-15", 7.0),
        below("2020-03-01", 0.1), psa("2020-06-01", 0.19)));
    RecurrenceResult aua = Recurrences.aua(p);
    assertThat(aua.met()).isFalse();
    assertThat(aua.rationale()).isEqualTo("no confirmed PSA ≥0.2 ng/mL after the prostatectomy"
        + " on 2020-01-15 (AUA, Cookson et al. J Urol 2007)");

    RecurrenceResult none = Recurrences.aua(patient(null, p.psa()));
    assertThat(none).isEqualTo(new RecurrenceResult("AUA", false, false, null, null,
        "AUA recurrence is defined after prostatectomy; no prostatectomy recorded"));
  }

  @ParameterizedTest(name = "nadir 1.2, then {0} -> failure {1}")
  @CsvSource({"3.19, false", "3.2, true", "3.5, true"})
  void phoenixIsNadirPlusTwo(String value, boolean failure) {
    RecurrenceResult phoenix = Recurrences.phoenix(afterPrimaryRt("4.0", "1.2", value));

    assertThat(phoenix.definition()).isEqualTo("Phoenix");
    assertThat(phoenix.applicable()).isTrue();
    assertThat(phoenix.met()).isEqualTo(failure);
    assertThat(phoenix.date()).isEqualTo(failure ? d("2020-04-29") : null);
    assertThat(phoenix.confirmedOn()).isNull();
  }

  /** 1.03 + 2.0 is 3.0300000000000002 in binary: the threshold must still hold at 3.03. */
  @ParameterizedTest(name = "nadir {0}, then {1} -> failure {2}")
  @CsvSource({"1.03, 3.03, true", "1.03, 3.02, false", "0.28, 2.28, true", "0.1, 2.0, false"})
  void phoenixThresholdHoldsForDecimalValues(String nadir, String value, boolean failure) {
    assertThat(Recurrences.phoenix(afterPrimaryRt("4.0", nadir, value)).met()).isEqualTo(failure);
  }

  @Test
  void phoenixRationaleAndNoFailureBelowNadirPlusTwo() {
    assertThat(Recurrences.phoenix(afterPrimaryRt("4.0", "1.2", "3.2")).rationale())
        .isEqualTo("PSA 3.2 ng/mL on 2020-04-29 is ≥ nadir 1.2 ng/mL on 2019-10-30 + 2.0 ng/mL"
            + " after primary radiotherapy ending 2019-02-15; dated at call, not backdated"
            + " (Phoenix, Roach et al. IJROBP 2006)");

    RecurrenceResult low = Recurrences.phoenix(afterPrimaryRt("0.5", "0.1", "2.0"));
    assertThat(low.met()).isFalse();
    assertThat(low.rationale()).isEqualTo("no PSA ≥ nadir 0.1 ng/mL on 2019-10-30 + 2.0 ng/mL"
        + " after primary radiotherapy ending 2019-02-15 (Phoenix, Roach et al. IJROBP 2006)");
  }

  @Test
  void phoenixUsesTheNadirSoFarNotALaterOne() {
    // 4.9 is below 3.0 + 2; the later nadir 0.5 does not make it a failure; 2.5 = 0.5 + 2 does.
    RecurrenceResult phoenix =
        Recurrences.phoenix(afterPrimaryRt("3.0", "4.9", "0.5", "2.4", "2.5"));

    assertThat(phoenix.met()).isTrue();
    assertThat(phoenix.date()).isEqualTo(d("2021-04-28"));
    assertThat(Recurrences.phoenix(afterPrimaryRt("<0.1", "2.1")).met()).isTrue();
  }

  @Test
  void phoenixAppliesOnlyAfterPrimaryRadiotherapyWithoutProstatectomy() {
    RecurrenceResult afterSurgery = Recurrences.phoenix(patient(rp(RP), List.of(),
        rt("2021-01-01", "2021-02-15", RtIntent.SALVAGE)));
    assertThat(afterSurgery.applicable()).isFalse();
    assertThat(afterSurgery.met()).isFalse();
    assertThat(afterSurgery.rationale()).isEqualTo("Phoenix applies after primary radiotherapy"
        + " without prostatectomy; a prostatectomy is recorded");
    assertThat(Recurrences.phoenix(patient(null, List.of())).rationale())
        .isEqualTo("Phoenix applies after primary radiotherapy; none recorded");
    assertThat(Recurrences.phoenix(patient(null, List.of(),
        rt("2021-01-01", "2021-02-15", RtIntent.PRIMARY))).rationale())
        .isEqualTo("no PSA after primary radiotherapy ending 2021-02-15 (Phoenix, Roach et al."
            + " IJROBP 2006)");
  }

  @Test
  void nccnRiseAbove0point1() {
    RecurrenceResult exactly = Recurrences.nccn(afterRp("<0.03", "0.05", "0.1", "0.1"));
    assertThat(exactly.met()).isFalse();
    assertThat(exactly.rationale()).isEqualTo("no PSA >0.1 ng/mL and no detectable PSA rising on"
        + " 2 subsequent determinations after the prostatectomy on 2020-01-15 (NCCN)");

    RecurrenceResult above = Recurrences.nccn(afterRp("<0.03", "0.05", "0.12"));
    assertThat(above).isEqualTo(new RecurrenceResult("NCCN", true, true, d("2020-10-14"), null,
        "PSA 0.12 ng/mL on 2020-10-14 is >0.1 ng/mL after the prostatectomy on 2020-01-15"
            + " (NCCN)"));
  }

  @Test
  void nccnDetectablePsaIncreasingOnTwoSubsequentDeterminations() {
    RecurrenceResult rising = Recurrences.nccn(afterRp("<0.01", "0.02", "0.04", "0.06"));

    assertThat(rising.met()).isTrue();
    assertThat(rising.date()).isEqualTo(d("2021-01-13"));
    assertThat(rising.rationale()).isEqualTo("detectable PSA increased on 2 subsequent"
        + " determinations: 0.02 ng/mL on 2020-07-15 < 0.04 ng/mL on 2020-10-14 < 0.06 ng/mL on"
        + " 2021-01-13 after the prostatectomy on 2020-01-15 (NCCN)");
    assertThat(Recurrences.nccn(afterRp("0.02", "0.04", "0.03", "0.05")).met()).isFalse();
    assertThat(Recurrences.nccn(patient(null, List.of())).applicable()).isFalse();
  }

  @Test
  void twoConsecutiveRisesEndingAtTheThreshold() {
    RecurrenceResult rises = Recurrences.twoConsecutiveRises(afterRp("0.1", "0.15", "0.2"),
        PsaSettings.defaults());

    assertThat(rises).isEqualTo(new RecurrenceResult("two consecutive rises", true, true,
        d("2020-10-14"), null, "PSA rose twice: 0.1 ng/mL on 2020-04-15 < 0.15 ng/mL on"
            + " 2020-07-15 < 0.2 ng/mL on 2020-10-14, each ≥7 days apart, last ≥0.2 ng/mL after"
            + " the prostatectomy on 2020-01-15"));
  }

  @Test
  void twoConsecutiveRisesThresholdIntervalAndStrictness() {
    PatientRecord low = afterRp("0.1", "0.12", "0.15");
    RecurrenceResult notYet = Recurrences.twoConsecutiveRises(low, PsaSettings.defaults());
    assertThat(notYet.met()).isFalse();
    assertThat(notYet.applicable()).isTrue();
    assertThat(notYet.rationale()).isEqualTo("no three consecutive rising detectable PSA values"
        + " ≥7 days apart ending ≥0.2 ng/mL after the prostatectomy on 2020-01-15");
    assertThat(Recurrences.twoConsecutiveRises(low, PsaSettings.defaults().withRising(7, 0.15))
        .met()).isTrue();

    PatientRecord close = patient(rp(RP), List.of(psa("2020-04-01", 0.2), psa("2020-04-07", 0.3),
        psa("2020-05-01", 0.4)));
    assertThat(Recurrences.twoConsecutiveRises(close, PsaSettings.defaults()).met()).isFalse();
    assertThat(Recurrences.twoConsecutiveRises(close, PsaSettings.defaults().withRising(6, 0.2))
        .met()).isTrue();

    assertThat(Recurrences.twoConsecutiveRises(afterRp("0.2", "0.3", "0.3"),
        PsaSettings.defaults()).met()).isFalse();
    assertThat(Recurrences.twoConsecutiveRises(afterRp("0.2", "<0.3", "0.4", "0.5"),
        PsaSettings.defaults()).met()).isFalse();
  }

  @Test
  void twoConsecutiveRisesApplyWithoutLocalTreatmentAndAfterTheLatestOne() {
    PatientRecord untreated = patient(null, series(every("2020-01-01", 30, 3), "2", "3", "4"));
    RecurrenceResult r = Recurrences.twoConsecutiveRises(untreated, PsaSettings.defaults());
    assertThat(r.met()).isTrue();
    assertThat(r.rationale()).endsWith("last ≥0.2 ng/mL");

    PatientRecord salvaged = patient(rp("2018-01-01"), List.of(psa("2019-01-01", 0.2),
        psa("2019-03-01", 0.3), psa("2019-05-01", 0.4), psa("2019-10-01", 0.05)),
        rt("2019-06-01", "2019-07-15", RtIntent.SALVAGE));
    assertThat(Recurrences.twoConsecutiveRises(salvaged, PsaSettings.defaults()).met()).isFalse();
  }
}

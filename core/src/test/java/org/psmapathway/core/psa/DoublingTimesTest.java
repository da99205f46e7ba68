package org.psmapathway.core.psa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.psmapathway.core.psa.Patients.adt;
import static org.psmapathway.core.psa.Patients.below;
import static org.psmapathway.core.psa.Patients.patient;
import static org.psmapathway.core.psa.Patients.psa;
import static org.psmapathway.core.psa.Patients.rp;
import static org.psmapathway.core.psa.Patients.rt;
import static org.psmapathway.core.psa.Patients.series;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PsaValue;
import org.psmapathway.core.record.RtIntent;

class DoublingTimesTest {

  private static final List<String> QUARTERS =
      List.of("2024-01-01", "2024-04-01", "2024-07-01");

  private static List<PsaValue> values(String dates, String values) {
    return series(Arrays.asList(dates.split(" ")), values.split(" "));
  }

  /** The test vectors of clinical-rules.md 2.1 (natural-log OLS, month = 30.4375 days). */
  @ParameterizedTest(name = "{1} -> {2} months")
  @CsvSource({
    "2024-01-01 2024-04-01 2024-07-01, 0.2 0.4 0.8, 2.990",
    "2024-01-10 2024-04-10 2024-07-10 2024-10-10, 0.12 0.18 0.25 0.36, 5.737",
    "2012-01-01 2013-01-01 2014-01-01 2015-01-01, 1.0 1.3 1.7 2.1, 33.354",
    "2012-01-01 2013-01-01 2014-01-01 2015-01-01, 1.0 1.9 2.0 2.1, 36.517"
  })
  void researchVectors(String dates, String psa, double expectedMonths) {
    DoublingTime dt = DoublingTimes.fit(values(dates, psa));

    assertThat(dt.status()).isEqualTo(DoublingTimeStatus.OK);
    assertThat(dt.months()).isCloseTo(expectedMonths, within(5e-4));
    assertThat(dt.reason()).isNull();
    assertThat(dt.policy()).isNull();
    assertThat(dt.valuesUsed()).hasSize(psa.split(" ").length);
  }

  @Test
  void exactDoublingEveryQuarterIsItsInterval() {
    // 0.2, 0.4, 0.8 at 91-day steps: k = ln 2 / 91 exactly, so PSADT = 91 days.
    DoublingTime dt = DoublingTimes.fit(series(QUARTERS, "0.2", "0.4", "0.8"));

    assertThat(dt.months()).isCloseTo(91 / 30.4375, within(1e-12));
    assertThat(dt.slopePerDay()).isCloseTo(Math.log(2) / 91, within(1e-15));
    assertThat(dt.rSquared()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void slopeAndRSquaredOfTheFourValueVector() {
    DoublingTime dt = DoublingTimes.fit(values("2024-01-10 2024-04-10 2024-07-10 2024-10-10",
        "0.12 0.18 0.25 0.36"));

    assertThat(dt.slopePerDay()).isCloseTo(0.003969567539720567, within(1e-15));
    assertThat(dt.rSquared()).isCloseTo(0.9983323740387441, within(1e-12));
    assertThat(dt.months()).isCloseTo(5.736847255743224, within(1e-9));
  }

  @Test
  void flatPsaIsNotRising() {
    DoublingTime dt = DoublingTimes.fit(series(QUARTERS, "0.3", "0.3", "0.3"));

    assertThat(dt.status()).isEqualTo(DoublingTimeStatus.NOT_RISING);
    assertThat(dt.months()).isNull();
    assertThat(dt.slopePerDay()).isEqualTo(0.0);
    assertThat(dt.rSquared()).isEqualTo(1.0);
    assertThat(dt.reason()).isEqualTo("PSA is not rising over the 3 values from 2024-01-01 to"
        + " 2024-07-01 (log-linear slope ≤ 0): a doubling time is not calculable");
  }

  @Test
  void fallingPsaIsNotRisingWithItsNegativeSlope() {
    DoublingTime dt = DoublingTimes.fit(series(QUARTERS, "0.8", "0.4", "0.2"));

    assertThat(dt.status()).isEqualTo(DoublingTimeStatus.NOT_RISING);
    assertThat(dt.months()).isNull();
    assertThat(dt.slopePerDay()).isCloseTo(-Math.log(2) / 91, within(1e-15));
  }

  @Test
  void belowDetectionAndZeroValuesAreNeverLogged() {
    List<PsaValue> withUndetectable = new ArrayList<>(series(QUARTERS, "0.2", "0.4", "0.8"));
    withUndetectable.add(0, below("2023-10-01", 0.1));
    withUndetectable.add(1, psa("2023-11-01", 0.0));

    DoublingTime dt = DoublingTimes.fit(withUndetectable);

    assertThat(dt.months()).isCloseTo(91 / 30.4375, within(1e-12));
    assertThat(dt.valuesUsed()).containsExactlyElementsOf(withUndetectable.subList(2, 5));
  }

  @Test
  void fewerThanTwoDatesIsInsufficient() {
    assertThat(DoublingTimes.fit(List.of()).reason()).isEqualTo("no detectable PSA values to fit");
    DoublingTime one = DoublingTimes.fit(List.of(below("2024-01-01", 0.1),
        psa("2024-02-01", 0.3), psa("2024-02-01", 0.4)));
    assertThat(one.status()).isEqualTo(DoublingTimeStatus.INSUFFICIENT_DATA);
    assertThat(one.slopePerDay()).isNull();
    assertThat(one.rSquared()).isNull();
    assertThat(one.reason()).isEqualTo("2 detectable PSA values on one date (2024-02-01);"
        + " a log-linear fit needs values on at least 2 dates");
  }

  @Test
  void duplicateDatesMergeIntoTheirGeometricMean() {
    // 0.1 and 0.4 on one day have geometric mean 0.2: the series is 0.2, 0.4, 0.8.
    List<PsaValue> values = List.of(psa("2024-01-01", 0.1), psa("2024-01-01", 0.4),
        psa("2024-04-01", 0.4), psa("2024-07-01", 0.8));

    DoublingTime dt = DoublingTimes.fit(values);

    assertThat(dt.months()).isCloseTo(91 / 30.4375, within(1e-12));
    assertThat(dt.valuesUsed()).hasSize(4);
  }

  @Test
  void orderOfTheInputDoesNotMatter() {
    List<PsaValue> values =
        values("2012-01-01 2013-01-01 2014-01-01 2015-01-01", "1.0 1.3 1.7 2.1");
    List<PsaValue> reversed = new ArrayList<>(values);
    Collections.reverse(reversed);

    DoublingTime dt = DoublingTimes.fit(reversed, DoublingTimePolicy.RTOG);

    assertThat(dt.months()).isCloseTo(DoublingTimes.fit(values).months(), within(1e-12));
    assertThat(dt.valuesUsed()).containsExactlyElementsOf(values);
    assertThat(dt.policy()).isEqualTo(DoublingTimePolicy.RTOG);
  }

  @Test
  void allDetectableFitsFromTheNadirAfterTheLastLocalTreatment() {
    PatientRecord p = patient(rp("2023-01-15"), List.of(psa("2022-12-01", 8.0),
        psa("2023-02-01", 0.3), below("2023-03-01", 0.1), below("2023-06-01", 0.1),
        psa("2024-01-01", 0.2), psa("2024-04-01", 0.4), psa("2024-07-01", 0.8)));

    DoublingTime dt = DoublingTimes.select(p, PsaSettings.defaults());

    assertThat(dt.status()).isEqualTo(DoublingTimeStatus.OK);
    assertThat(dt.policy()).isEqualTo(DoublingTimePolicy.ALL_DETECTABLE);
    assertThat(dt.months()).isCloseTo(91 / 30.4375, within(1e-12));
    assertThat(dt.valuesUsed()).containsExactlyElementsOf(p.psa().subList(4, 7));
  }

  @Test
  void salvageRadiotherapyStartsANewWindow() {
    PatientRecord p = patient(rp("2018-01-15"), List.of(psa("2019-01-01", 0.2),
        psa("2019-04-01", 0.4), psa("2019-07-01", 0.5), psa("2019-12-01", 0.05),
        psa("2020-03-01", 0.08), psa("2020-06-01", 0.12)),
        rt("2019-08-01", "2019-09-10", RtIntent.SALVAGE));

    DoublingTime dt = DoublingTimes.select(p, PsaSettings.defaults());

    assertThat(dt.valuesUsed()).containsExactlyElementsOf(p.psa().subList(3, 6));
    assertThat(dt.status()).isEqualTo(DoublingTimeStatus.OK);
  }

  @Test
  void valuesOnAdtAreLeftOut() {
    PatientRecord p = patient(null, List.of(psa("2023-09-01", 1.0), psa("2023-12-01", 0.5),
        psa("2024-03-01", 0.7), psa("2024-06-01", 1.0), psa("2024-09-01", 2.0),
        psa("2024-12-01", 4.0)),
        rt("2023-05-01", "2023-06-30", RtIntent.PRIMARY), adt("2024-02-01", "2024-04-01"));

    DoublingTime without = DoublingTimes.select(p, PsaSettings.defaults());
    DoublingTime with =
        DoublingTimes.select(p, PsaSettings.defaults().withExcludeValuesOnAdt(false));

    List<PsaValue> offAdt = List.of(p.psa().get(1), p.psa().get(3), p.psa().get(4),
        p.psa().get(5));
    assertThat(without.valuesUsed()).containsExactlyElementsOf(offAdt);
    assertThat(without.months()).isCloseTo(DoublingTimes.fit(offAdt).months(), within(1e-12));
    assertThat(with.valuesUsed()).containsExactlyElementsOf(p.psa().subList(1, 6));
  }

  @Test
  void tooFewValuesFromTheNadirSayWhatWasLeftOut() {
    PatientRecord p = patient(rp("2023-01-15"), List.of(below("2023-03-01", 0.1),
        psa("2023-06-01", 0.15), psa("2023-09-01", 0.3)), adt("2023-08-15", null));

    DoublingTime dt = DoublingTimes.select(p, PsaSettings.defaults());

    assertThat(dt.status()).isEqualTo(DoublingTimeStatus.INSUFFICIENT_DATA);
    assertThat(dt.months()).isNull();
    // ADT continues to the latest value: the kinetics on ADT are reported, and they are too short
    assertThat(dt.valuesUsed()).containsExactly(p.psa().get(2));
    assertThat(dt.reason()).isEqualTo("1 date with a detectable PSA from the nadir (0.3 ng/mL"
        + " on 2023-09-01) after the start of adt (leuprorelin) on 2023-08-15; at least 3 are needed"
        + " (PSA Working Group, Arlen et al. J Urol 2008)");
  }

  @Test
  void risingOnContinuingAdtIsMeasuredOnAdtFromTheNadirOfTheCurrentLine() {
    PatientRecord p = patient(rp("2015-01-15"), List.of(psa("2017-12-01", 0.5),
        psa("2018-06-01", 0.05), psa("2018-12-01", 0.04), psa("2019-03-01", 0.08),
        psa("2019-06-01", 0.16), psa("2019-09-01", 0.32)), adt("2018-01-01", null));

    DoublingTime dt = DoublingTimes.select(p, PsaSettings.defaults());

    List<PsaValue> onAdt = p.psa().subList(2, 6);
    assertThat(dt.status()).isEqualTo(DoublingTimeStatus.OK);
    assertThat(dt.valuesUsed()).containsExactlyElementsOf(onAdt);
    assertThat(dt.months()).isCloseTo(DoublingTimes.fit(onAdt).months(), within(1e-12));
    // doubling every quarter: 3 months within the unevenness of calendar quarters
    assertThat(dt.months()).isCloseTo(2.99, within(0.05));

    DoublingTime afterAdtStopped = DoublingTimes.select(
        patient(rp("2015-01-15"), p.psa(), adt("2018-01-01", "2019-01-01")),
        PsaSettings.defaults());
    // ADT stopped: the values on it are left out and the rise off ADT is measured
    assertThat(afterAdtStopped.valuesUsed()).containsExactlyElementsOf(p.psa().subList(3, 6));
  }

  @Test
  void threeValuesAreNeededOnThreeDistinctDates() {
    PatientRecord two = patient(rp("2023-01-15"), List.of(below("2023-03-01", 0.1),
        psa("2023-06-01", 0.15), psa("2023-09-01", 0.3)));
    DoublingTime dt = DoublingTimes.select(two, PsaSettings.defaults());
    assertThat(dt.status()).isEqualTo(DoublingTimeStatus.INSUFFICIENT_DATA);
    assertThat(dt.valuesUsed()).containsExactlyElementsOf(two.psa().subList(1, 3));
    assertThat(dt.reason()).startsWith("2 dates with a detectable PSA from the nadir");

    PatientRecord repeatDraw = patient(rp("2023-01-15"), List.of(below("2023-03-01", 0.1),
        psa("2023-06-01", 0.15), psa("2023-09-01", 0.3), psa("2023-09-01", 0.32)));
    assertThat(DoublingTimes.select(repeatDraw, PsaSettings.defaults()).status())
        .isEqualTo(DoublingTimeStatus.INSUFFICIENT_DATA);
  }

  @Test
  void noPsaAtAllOrNoneAfterTreatment() {
    DoublingTime none = DoublingTimes.select(patient(null, List.of()), PsaSettings.defaults());
    assertThat(none.status()).isEqualTo(DoublingTimeStatus.INSUFFICIENT_DATA);
    assertThat(none.reason()).isEqualTo("no PSA values");
    assertThat(none.valuesUsed()).isEmpty();

    DoublingTime before = DoublingTimes.select(
        patient(rp("2023-01-15"), List.of(psa("2023-01-02", 9.0))), PsaSettings.defaults());
    assertThat(before.reason()).isEqualTo("no PSA values after the prostatectomy on 2023-01-15");
  }

  @Test
  void withoutLocalTreatmentTheWholeSeriesFromItsNadirCounts() {
    PatientRecord p = patient(null, List.of(psa("2023-01-01", 5.0), psa("2023-04-01", 0.2),
        psa("2023-07-01", 0.4), psa("2023-09-30", 0.8)));

    DoublingTime dt = DoublingTimes.select(p, PsaSettings.defaults());

    assertThat(dt.valuesUsed()).containsExactlyElementsOf(p.psa().subList(1, 4));
  }
}

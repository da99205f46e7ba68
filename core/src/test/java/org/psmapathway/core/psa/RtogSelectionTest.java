package org.psmapathway.core.psa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.psmapathway.core.psa.Patients.adt;
import static org.psmapathway.core.psa.Patients.every;
import static org.psmapathway.core.psa.Patients.patient;
import static org.psmapathway.core.psa.Patients.psa;
import static org.psmapathway.core.psa.Patients.rp;
import static org.psmapathway.core.psa.Patients.rt;
import static org.psmapathway.core.psa.Patients.series;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PsaValue;
import org.psmapathway.core.record.RtIntent;

/** The RTOG selection rules and the examples of the RTOG page (clinical-rules.md 2.1). */
class RtogSelectionTest {

  private static final PsaSettings RTOG = PsaSettings.of(DoublingTimePolicy.RTOG);

  /** Quarterly values from 3 months after a prostatectomy on 2020-01-15. */
  private static PatientRecord afterRp(String... values) {
    return patient(rp("2020-01-15"), series(every("2020-04-15", 91, values.length), values));
  }

  private static DoublingTime rtog(PatientRecord p) {
    return DoublingTimes.select(p, RTOG);
  }

  @Test
  void undetectableFirstValueLeavesTooFewDetectableValues() {
    DoublingTime dt = rtog(afterRp("<0.1", "0.2", "0.3"));

    assertThat(dt.status()).isEqualTo(DoublingTimeStatus.INSUFFICIENT_DATA);
    assertThat(dt.policy()).isEqualTo(DoublingTimePolicy.RTOG);
    assertThat(dt.valuesUsed()).extracting(PsaValue::valueNgMl).containsExactly(0.2, 0.3);
    assertThat(dt.reason()).isEqualTo("not enough detectable values: 2 consecutive detectable"
        + " PSA values ≥0.1 ng/mL spaced ≥2 months apart after the prostatectomy on 2020-01-15,"
        + " since <0.1 ng/mL on 2020-04-15; at least 3 are needed (RTOG PSA doubling time"
        + " calculation page)");
  }

  @Test
  void aFirstValueOfExactly0point1IsUsed() {
    PatientRecord p = afterRp("0.1", "0.2", "0.3");

    DoublingTime dt = rtog(p);

    assertThat(dt.status()).isEqualTo(DoublingTimeStatus.OK);
    assertThat(dt.valuesUsed()).containsExactlyElementsOf(p.psa());
    assertThat(dt.months()).isCloseTo(DoublingTimes.fit(p.psa()).months(), within(1e-12));
  }

  @Test
  void aFluctuationBackTo0point1RestartsTheSeries() {
    PatientRecord p = afterRp("0.2", "0.1", "0.2", "0.1", "0.3", "0.4");

    DoublingTime dt = rtog(p);

    assertThat(dt.status()).isEqualTo(DoublingTimeStatus.OK);
    assertThat(dt.valuesUsed()).containsExactlyElementsOf(p.psa().subList(3, 6));
    assertThat(dt.months()).isCloseTo(DoublingTimes.fit(p.psa().subList(3, 6)).months(),
        within(1e-12));
  }

  @Test
  void aValueBelow0point1RestartsAfterIt() {
    PatientRecord p = afterRp("0.3", "0.09", "0.2", "0.3", "0.5");

    assertThat(rtog(p).valuesUsed()).containsExactlyElementsOf(p.psa().subList(2, 5));
  }

  @Test
  void definedOnlyAfterProstatectomy() {
    PatientRecord p = patient(null, series(every("2020-04-15", 91, 3), "0.2", "0.4", "0.8"),
        rt("2019-01-01", "2019-02-15", RtIntent.PRIMARY));

    DoublingTime dt = rtog(p);

    assertThat(dt.status()).isEqualTo(DoublingTimeStatus.INSUFFICIENT_DATA);
    assertThat(dt.valuesUsed()).isEmpty();
    assertThat(dt.reason()).isEqualTo(
        "RTOG doubling time is defined after prostatectomy; no prostatectomy recorded");
  }

  @Test
  void onlyValuesAfterPostProstatectomyRadiotherapyCount() {
    List<PsaValue> values = series(every("2020-04-15", 91, 7),
        "0.2", "0.3", "0.45", "0.15", "0.2", "0.3", "0.5");
    PatientRecord p = patient(rp("2020-01-15"), values,
        rt("2020-11-01", "2020-12-15", RtIntent.SALVAGE));

    DoublingTime dt = rtog(p);

    assertThat(dt.valuesUsed()).containsExactlyElementsOf(values.subList(3, 7));
    assertThat(dt.status()).isEqualTo(DoublingTimeStatus.OK);

    PatientRecord early = patient(rp("2020-01-15"), values.subList(0, 4),
        rt("2020-11-01", "2020-12-15", RtIntent.SALVAGE));
    assertThat(rtog(early).reason()).startsWith("not enough detectable values: 1 consecutive"
        + " detectable PSA value ≥0.1 ng/mL spaced ≥2 months apart after the post-prostatectomy"
        + " radiotherapy ending 2020-12-15;");
  }

  @Test
  void valuesCloserThanTwoMonthsAreThinnedFromTheLatestBackwards() {
    // Days 0, 30, 61, 122: 0.25 lies 31 days before 0.3 and is dropped; 61 days is ≥ 60.875.
    List<PsaValue> values = List.of(psa("2021-01-01", 0.2), psa("2021-01-31", 0.25),
        psa("2021-03-03", 0.3), psa("2021-05-03", 0.4));
    PatientRecord p = patient(rp("2020-01-15"), values);

    assertThat(rtog(p).valuesUsed()).containsExactly(values.get(0), values.get(2), values.get(3));

    PatientRecord dense = patient(rp("2020-01-15"), series(every("2021-01-01", 60, 3),
        "0.2", "0.3", "0.4"));
    assertThat(rtog(dense).valuesUsed()).hasSize(2);
  }

  @Test
  void needsAValueOf0point2AtLeastSixWeeksAfterSurgery() {
    DoublingTime low = rtog(afterRp("0.12", "0.15", "0.18"));
    assertThat(low.status()).isEqualTo(DoublingTimeStatus.INSUFFICIENT_DATA);
    assertThat(low.valuesUsed()).hasSize(3);
    assertThat(low.reason()).isEqualTo("no PSA ≥0.2 ng/mL at least 6 weeks after the"
        + " prostatectomy among the values used; RTOG requires one (RTOG PSA doubling time"
        + " calculation page)");

    // 0.2 on day 41 is too early; 0.3 at day 41 + 61 = 102 qualifies.
    PatientRecord p = patient(rp("2020-01-15"), List.of(psa("2019-12-20", 0.15),
        psa("2020-02-25", 0.2), psa("2020-04-26", 0.3), psa("2020-06-26", 0.45)));
    assertThat(rtog(p).status()).isEqualTo(DoublingTimeStatus.OK);
    PatientRecord onlyEarly = patient(rp("2020-01-15"), List.of(psa("2019-12-20", 0.15),
        psa("2020-02-25", 0.2), psa("2020-04-26", 0.15), psa("2020-06-26", 0.18)));
    assertThat(rtog(onlyEarly).status()).isEqualTo(DoublingTimeStatus.INSUFFICIENT_DATA);
  }

  @Test
  void aValueOnAdtBreaksTheConsecutiveSeries() {
    List<PsaValue> values = series(every("2020-04-15", 91, 5), "0.2", "0.3", "0.4", "0.5", "0.7");
    PatientRecord p = patient(rp("2020-01-15"), values, adt("2020-10-01", "2020-11-01"));

    assertThat(rtog(p).valuesUsed()).containsExactlyElementsOf(values.subList(3, 5));
    assertThat(DoublingTimes.select(p, RTOG.withExcludeValuesOnAdt(false)).valuesUsed())
        .containsExactlyElementsOf(values);
  }
}

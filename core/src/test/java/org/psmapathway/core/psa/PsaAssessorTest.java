package org.psmapathway.core.psa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.psmapathway.core.psa.Patients.adt;
import static org.psmapathway.core.psa.Patients.arpi;
import static org.psmapathway.core.psa.Patients.below;
import static org.psmapathway.core.psa.Patients.d;
import static org.psmapathway.core.psa.Patients.patient;
import static org.psmapathway.core.psa.Patients.psa;
import static org.psmapathway.core.psa.Patients.rp;
import static org.psmapathway.core.psa.Patients.rt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.RtIntent;

class PsaAssessorTest {

  @Test
  void aPatientWithoutPsaStillGetsADoublingTimeThatSaysWhy() {
    PsaAssessment a = PsaAssessor.assess(patient(null, List.of()), PsaSettings.defaults());

    assertThat(a.latest()).isNull();
    assertThat(a.nadir()).isNull();
    assertThat(a.doublingTime()).isEqualTo(new DoublingTime(DoublingTimeStatus.INSUFFICIENT_DATA,
        DoublingTimePolicy.ALL_DETECTABLE, null, null, null, List.of(), "no PSA values"));
    assertThat(a.velocity()).isNull();
    assertThat(a.persistence()).isNull();
    assertThat(a.biochemicalRecurrence()).isEqualTo(new RecurrenceResult("none", false, false,
        null, null, "no prostatectomy or primary radiotherapy recorded: neither AUA nor Phoenix"
            + " applies"));
    assertThat(a.nccnRecurrence().applicable()).isFalse();
    assertThat(a.twoConsecutiveRises().applicable()).isTrue();
    assertThat(a.twoConsecutiveRises().met()).isFalse();
    assertThat(a.pcwg3()).isNull();
  }

  @Test
  void afterProstatectomyAuaPersistenceAndKinetics() {
    PatientRecord p = patient(rp("2020-01-15"), List.of(psa("2019-12-01", 9.5),
        below("2020-03-01", 0.1), below("2021-01-10", 0.1), psa("2024-01-10", 0.12),
        psa("2024-04-10", 0.18), psa("2024-07-10", 0.25), psa("2024-10-10", 0.36)));

    PsaAssessment a = PsaAssessor.assess(p, PsaSettings.defaults());

    assertThat(a.latest()).isEqualTo(psa("2024-10-10", 0.36));
    assertThat(a.nadir().value()).isEqualTo(below("2021-01-10", 0.1));
    assertThat(a.doublingTime().status()).isEqualTo(DoublingTimeStatus.OK);
    assertThat(a.doublingTime().months()).isCloseTo(5.737, within(5e-4));
    assertThat(a.velocity().regressionNgMlPerYear()).isCloseTo(0.316, within(5e-4));
    assertThat(a.velocity().firstLastNgMlPerYear()).isCloseTo(0.320, within(5e-4));
    assertThat(a.persistence().persistent()).isFalse();
    assertThat(a.biochemicalRecurrence().definition()).isEqualTo("AUA");
    assertThat(a.biochemicalRecurrence().met()).isTrue();
    assertThat(a.biochemicalRecurrence().date()).isEqualTo(d("2024-07-10"));
    assertThat(a.biochemicalRecurrence().confirmedOn()).isEqualTo(d("2024-10-10"));
    assertThat(a.nccnRecurrence().date()).isEqualTo(d("2024-01-10"));
    assertThat(a.twoConsecutiveRises().date()).isEqualTo(d("2024-07-10"));
    assertThat(a.pcwg3()).isNull();
  }

  @Test
  void rtogVelocityFallsBackToTheValuesFromTheNadir() {
    PatientRecord p = patient(rp("2020-01-15"), List.of(below("2020-03-01", 0.1),
        psa("2024-01-10", 0.12), psa("2024-04-10", 0.18)));

    PsaAssessment a = PsaAssessor.assess(p, PsaSettings.of(DoublingTimePolicy.RTOG));

    assertThat(a.doublingTime().status()).isEqualTo(DoublingTimeStatus.INSUFFICIENT_DATA);
    assertThat(a.doublingTime().policy()).isEqualTo(DoublingTimePolicy.RTOG);
    assertThat(a.velocity().valuesUsed()).isEqualTo(2);

    PsaAssessment noSurgery = PsaAssessor.assess(patient(null, p.psa()),
        PsaSettings.of(DoublingTimePolicy.RTOG));
    assertThat(noSurgery.doublingTime().valuesUsed()).isEmpty();
    assertThat(noSurgery.velocity().firstLastNgMlPerYear())
        .isCloseTo(0.06 / 91 * 365.25, within(1e-12));
  }

  @Test
  void afterPrimaryRadiotherapyPhoenixAndOnSystemicTherapyPcwg3() {
    PatientRecord p = patient(null, List.of(psa("2019-06-01", 1.5), psa("2020-06-01", 0.8),
        psa("2021-06-01", 2.9), psa("2022-06-01", 6.0), psa("2022-07-01", 3.0),
        psa("2022-08-15", 1.2), psa("2022-09-30", 1.0)),
        rt("2019-01-01", "2019-02-20", RtIntent.PRIMARY), adt("2022-06-15", null),
        arpi("2022-07-02"));

    PsaAssessment a = PsaAssessor.assess(p, PsaSettings.defaults());

    assertThat(a.biochemicalRecurrence().definition()).isEqualTo("Phoenix");
    assertThat(a.biochemicalRecurrence().date()).isEqualTo(d("2021-06-01"));
    assertThat(a.persistence()).isNull();
    assertThat(a.nccnRecurrence().applicable()).isFalse();
    assertThat(a.nadir().value()).isEqualTo(psa("2020-06-01", 0.8));
    assertThat(a.doublingTime().valuesUsed()).extracting(v -> v.valueNgMl())
        .containsExactly(0.8, 2.9, 6.0);
    assertThat(a.pcwg3().therapyStart()).isEqualTo(d("2022-07-02"));
    assertThat(a.pcwg3().baseline()).isEqualTo(psa("2022-07-01", 3.0));
    assertThat(a.pcwg3().psa50()).isTrue();
    assertThat(a.pcwg3().psa50Date()).isEqualTo(d("2022-08-15"));
  }

  @Test
  void assessingTwiceGivesEqualResults() {
    PatientRecord p = patient(rp("2020-01-15"), List.of(psa("2020-03-01", 0.2),
        psa("2020-06-01", 0.3), psa("2020-09-01", 0.5)));

    assertThat(PsaAssessor.assess(p, PsaSettings.defaults()))
        .isEqualTo(PsaAssessor.assess(p, PsaSettings.defaults()));
  }
}

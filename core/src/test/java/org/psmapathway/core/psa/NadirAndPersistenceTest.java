package org.psmapathway.core.psa;

import static org.assertj.core.api.Assertions.assertThat;
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

class NadirAndPersistenceTest {

  @Test
  void nadirIsTheLowestValueAfterTheMostRecentLocalTreatment() {
    PatientRecord p = patient(rp("2018-01-15"), List.of(psa("2018-03-01", 0.05),
        psa("2019-06-01", 0.4), psa("2019-12-01", 0.09), psa("2020-03-01", 0.07),
        psa("2020-06-01", 0.12)), rt("2019-08-01", "2019-09-10", RtIntent.SALVAGE));

    PsaNadir nadir = PsaNadir.of(p);

    assertThat(nadir.value()).isEqualTo(psa("2020-03-01", 0.07));
    assertThat(nadir.afterTreatment()).isEqualTo("salvage radiotherapy ending 2019-09-10");
    assertThat(nadir.afterDate()).isEqualTo(d("2019-09-10"));
  }

  @Test
  void belowDetectionWinsATieAndTheLatestEqualValueIsTheNadir() {
    PatientRecord p = patient(rp("2018-01-15"), List.of(psa("2018-03-01", 0.1),
        below("2018-06-01", 0.1), below("2018-09-01", 0.1), psa("2018-12-01", 0.1)));

    assertThat(PsaNadir.of(p).value()).isEqualTo(below("2018-09-01", 0.1));
  }

  @Test
  void withoutLocalTreatmentTheNadirIsOverallAndWithoutValuesAfterItThereIsNone() {
    PatientRecord untreated = patient(null, List.of(psa("2018-03-01", 4.0),
        psa("2018-06-01", 3.0), psa("2018-09-01", 5.0)));
    PsaNadir overall = PsaNadir.of(untreated);
    assertThat(overall.value()).isEqualTo(psa("2018-06-01", 3.0));
    assertThat(overall.afterTreatment()).isNull();
    assertThat(overall.afterDate()).isNull();

    assertThat(PsaNadir.of(patient(rp("2019-01-01"), untreated.psa()))).isNull();
  }

  @Test
  void persistentWhenTheFirstValueFourWeeksAfterSurgeryIsAtLeast0point1() {
    PatientRecord p = patient(rp("2020-01-15"), List.of(psa("2020-01-02", 9.0),
        psa("2020-02-11", 0.4), psa("2020-02-12", 0.1), psa("2020-05-01", 0.3)));

    Persistence persistence = Persistence.of(p);

    assertThat(persistence.persistent()).isTrue();
    assertThat(persistence.valueUsed()).isEqualTo(psa("2020-02-12", 0.1));
    assertThat(persistence.reason()).isEqualTo("first PSA ≥4 weeks after the prostatectomy on"
        + " 2020-01-15 is 0.1 ng/mL on 2020-02-12, ≥0.1 ng/mL: PSA persistence (EAU)");
  }

  @Test
  void notPersistentWhenUndetectableOrBelow0point1() {
    Persistence undetectable = Persistence.afterProstatectomy(d("2020-01-15"),
        List.of(below("2020-03-01", 0.1), psa("2020-06-01", 0.3)));
    assertThat(undetectable.persistent()).isFalse();
    assertThat(undetectable.valueUsed()).isEqualTo(below("2020-03-01", 0.1));
    assertThat(undetectable.reason()).isEqualTo("first PSA ≥4 weeks after the prostatectomy on"
        + " 2020-01-15 is <0.1 ng/mL on 2020-03-01, undetectable: no persistence (EAU)");

    Persistence low = Persistence.afterProstatectomy(d("2020-01-15"),
        List.of(psa("2020-03-01", 0.09)));
    assertThat(low.persistent()).isFalse();
    assertThat(low.reason()).endsWith("0.09 ng/mL on 2020-03-01, <0.1 ng/mL: no persistence"
        + " (EAU)");
  }

  @Test
  void unknownWithoutAValueFourWeeksAfterSurgeryAndAbsentWithoutSurgery() {
    Persistence none = Persistence.of(patient(rp("2020-01-15"),
        List.of(psa("2020-02-01", 0.5))));
    assertThat(none.persistent()).isNull();
    assertThat(none.valueUsed()).isNull();
    assertThat(none.reason())
        .isEqualTo("no PSA measured ≥4 weeks after the prostatectomy on 2020-01-15");

    assertThat(Persistence.of(patient(null, List.of(psa("2020-02-01", 0.5))))).isNull();
  }
}

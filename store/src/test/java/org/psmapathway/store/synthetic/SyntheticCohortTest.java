package org.psmapathway.store.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.psmapathway.core.record.InvalidPatientRecordException;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PatientRecordReader;
import org.psmapathway.core.staging.PromiseStage;
import org.psmapathway.core.staging.PromiseStager;

class SyntheticCohortTest {

  private static final CohortModel MODEL = CohortModel.seed000();

  private static String cohort(long seed, int n) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SyntheticCohort.writeJsonLines(MODEL, seed, n, out, null);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void sameSeedGivesIdenticalOutputAndAnotherSeedDoesNot() throws IOException {
    String a = cohort(42, 500);
    assertThat(cohort(42, 500)).isEqualTo(a);
    assertThat(cohort(43, 500)).isNotEqualTo(a);
    // Patient i depends on (seed, i) only: a shorter cohort is a prefix of a longer one.
    assertThat(a).startsWith(cohort(42, 200));
    assertThat(a.lines().count()).isEqualTo(500);
  }

  @Test
  void everyRecordIsAcceptedByThePatientRecordReaderAndStagesAsDrawn()
      throws IOException, InvalidPatientRecordException {
    // Read as of the data cut-off: no generated date may lie after it.
    PatientRecordReader reader = new PatientRecordReader(MODEL.dataCutoff());
    CohortGenerator generator = new CohortGenerator(MODEL, 2026);
    for (int i = 0; i < 3000; i++) {
      SyntheticPatient p = generator.patient(i);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (PatientJsonWriter writer = new PatientJsonWriter(out)) {
        writer.write(p);
      }
      String line = out.toString(StandardCharsets.UTF_8);
      assertThat(line).endsWith("}\n").doesNotContain("\n{");
      PatientRecord record = reader.read(line);
      assertThat(record.id()).isEqualTo(p.id());
      PromiseStage stage = PromiseStager.stage(record.petScans().get(0), true);
      assertThat(stage.warnings()).as(p.id()).isEmpty();
      String summary = stage.t() + (stage.n().equals("miN0") ? "N0" : "N1")
          + stage.m().substring(2);
      assertThat(summary).as(p.id() + " " + stage.compact()).isEqualTo(p.stage().label());
      assertThat(stage.group()).isEqualTo(p.stage().group());
      assertThat(record.petScans().get(0).lesions()).hasSize(p.lesions().size());
    }
  }

  @Test
  void psaIsUndetectableAfterSurgeryThenRisesToThePetValue() {
    CohortGenerator generator = new CohortGenerator(MODEL, 5);
    for (int i = 0; i < 2000; i++) {
      SyntheticPatient p = generator.patient(i);
      var psa = p.psa();
      assertThat(psa.get(0).belowDetection()).as(p.id()).isTrue();
      var last = psa.get(psa.size() - 1);
      assertThat(last.belowDetection()).isFalse();
      assertThat(last.date()).isBefore(p.petDate());
      LocalDate previous = p.prostatectomyDate();
      for (var value : psa) {
        assertThat(value.date()).isAfter(previous);
        previous = value.date();
      }
      assertThat(p.salvageRtStart()).isAfter(p.petDate());
      assertThat(p.lastFollowUp()).isAfterOrEqualTo(p.salvageRtStart())
          .isBeforeOrEqualTo(MODEL.dataCutoff());
    }
  }
}

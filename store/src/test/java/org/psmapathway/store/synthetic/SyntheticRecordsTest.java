package org.psmapathway.store.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PatientRecordReader;
import org.psmapathway.store.PatientRecordJson;

class SyntheticRecordsTest {

  private static final CohortModel MODEL = CohortModel.seed000();

  @Test
  void recordsAreTheJsonLinesOfSynthReadBackInOrder() throws Exception {
    int n = 250;
    PatientRecordReader reader = new PatientRecordReader(MODEL.dataCutoff());
    List<PatientRecord> records = new ArrayList<>();
    List<Long> indices = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    SyntheticRecords.forEach(MODEL, 9, n, reader, (i, r) -> {
      indices.add(i);
      records.add(r);
    }, (i, id, problems) -> bad.add(id));
    assertThat(bad).isEmpty();
    assertThat(indices).hasSize(n).isSorted().startsWith(0L).endsWith((long) n - 1);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SyntheticCohort.writeJsonLines(MODEL, 9, n, out, null);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    for (int i = 0; i < n; i++) {
      // the same record as reading psma synth's line i, compared in the registry's canonical form
      assertThat(PatientRecordJson.line(records.get(i)))
          .isEqualTo(PatientRecordJson.line(reader.read(lines.get(i))));
    }
  }

  @Test
  void aRecordTheReaderRejectsGoesToTheProblemsNotToTheRecords() {
    // read a year before the data cut-off: late follow-up dates lie in that day's future
    PatientRecordReader early = new PatientRecordReader(MODEL.dataCutoff().minusYears(1));
    List<String> ids = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    SyntheticRecords.forEach(MODEL, 9, 100, early, (i, r) -> ids.add(r.id()),
        (i, id, problems) -> {
          assertThat(problems).isNotEmpty();
          rejected.add(id);
        });
    assertThat(rejected).isNotEmpty();
    assertThat(ids).hasSize(100 - rejected.size()).doesNotContainAnyElementsOf(rejected);
  }

  @Test
  void aNegativeNumberOfPatientsIsRejectedByName() {
    assertThatThrownBy(() -> SyntheticRecords.forEach(MODEL, 1, -1,
        new PatientRecordReader(LocalDate.now()), (i, r) -> { }, (i, id, p) -> { }))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n: ");
  }
}

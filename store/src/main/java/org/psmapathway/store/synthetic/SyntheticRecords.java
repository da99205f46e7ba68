package org.psmapathway.store.synthetic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.psmapathway.core.record.InvalidPatientRecordException;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PatientRecordReader;
import org.psmapathway.core.record.RecordProblem;

/**
 * A synthetic cohort as validated patient records, one at a time: each patient is written as its
 * JSON line (the same bytes {@code psma synth --out} writes) and read back through {@link
 * PatientRecordReader}, so a record that reaches the registry passed the same checks as one given
 * to {@code psma import}. Memory does not grow with the number of patients.
 */
public final class SyntheticRecords {

  /** Receives patient {@code index} as a valid record. */
  public interface Sink {
    void accept(long index, PatientRecord record);
  }

  /** Receives the problems of patient {@code index} whose JSON line the reader rejected. */
  public interface ProblemSink {
    void accept(long index, String id, List<RecordProblem> problems);
  }

  private SyntheticRecords() {}

  /** Patients 0…n−1 of {@code seed}: valid ones to {@code records}, invalid ones to {@code bad}. */
  public static void forEach(CohortModel model, long seed, long n, PatientRecordReader reader,
      Sink records, ProblemSink bad) {
    if (n < 0) {
      throw new IllegalArgumentException("n: expected a number of patients ≥ 0, got " + n);
    }
    CohortGenerator generator = new CohortGenerator(model, seed);
    ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
    try (PatientJsonWriter writer = new PatientJsonWriter(line)) {
      for (long i = 0; i < n; i++) {
        SyntheticPatient patient = generator.patient(i);
        line.reset();
        writer.write(patient);
        writer.flush();
        PatientRecord record;
        try {
          record = reader.read(line.toString(StandardCharsets.UTF_8));
        } catch (InvalidPatientRecordException e) {
          bad.accept(i, patient.id(), e.problems());
          continue;
        }
        records.accept(i, record);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
  }
}

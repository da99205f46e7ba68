package org.psmapathway.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.psmapathway.core.assessment.AssessmentSettings;
import org.psmapathway.core.assessment.TumourBoardAssessment;
import org.psmapathway.core.assessment.TumourBoardAssessor;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PatientRecordReader;

/**
 * Cost of one tumour-board assessment (stage, PSA kinetics, EQD2, PET response, missing data) and,
 * for comparison, of reading one record, over 1,024 varied synthetic patients. Single thread.
 *
 * <p>Warm-up is 10 × 2 s: the assessment's many rules take the JIT compiler 15–20 s of iterations
 * to settle on this 2-core machine (throughput climbs from ~10,000 to ~100,000 per second over the
 * first eight); a shorter warm-up measures partly compiled code.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssessmentBenchmark {

  private static final int PATIENTS = 1024;
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

  private final TumourBoardAssessor assessor = new TumourBoardAssessor(AssessmentSettings.defaults());
  private final PatientRecordReader reader = new PatientRecordReader(AS_OF);
  private String[] json;
  private PatientRecord[] records;
  private int next;

  @Setup
  public void generate() throws Exception {
    SyntheticPatients generator = new SyntheticPatients(42);
    json = new String[PATIENTS];
    records = new PatientRecord[PATIENTS];
    for (int i = 0; i < PATIENTS; i++) {
      json[i] = generator.next(i);
      records[i] = reader.read(json[i]);
    }
  }

  @Benchmark
  public TumourBoardAssessment assessOnePatient() {
    next = (next + 1) & (PATIENTS - 1);
    return assessor.assess(records[next], AS_OF);
  }

  @Benchmark
  public PatientRecord readOnePatient() throws Exception {
    next = (next + 1) & (PATIENTS - 1);
    return reader.read(json[next]);
  }
}

package org.psmapathway.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.psmapathway.core.guidance.GuidanceAdvisor;
import org.psmapathway.core.guidance.GuidanceSettings;
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
import org.openjdk.jmh.infra.Blackhole;
import org.psmapathway.core.psa.PsaAssessor;
import org.psmapathway.core.psa.PsaSettings;
import org.psmapathway.core.radiobiology.AlphaBeta;
import org.psmapathway.core.radiobiology.TargetDose;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PatientRecordReader;
import org.psmapathway.core.record.PetScan;
import org.psmapathway.core.record.Radiotherapy;
import org.psmapathway.core.record.RtTarget;
import org.psmapathway.core.response.LesionTracker;
import org.psmapathway.core.response.Recip;
import org.psmapathway.core.response.TrackingSettings;
import org.psmapathway.core.staging.PromiseStager;
import org.psmapathway.core.staging.PsmaExpression;
import org.psmapathway.core.staging.StagingSettings;

/**
 * Where the time of one assessment goes: each part of {@link AssessmentBenchmark#assessOnePatient}
 * on its own, over the same synthetic patients. Run it when the whole gets slower, to see which
 * rule did.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class AssessmentPartsBenchmark {

  private static final int PATIENTS = 1024;
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

  private final StagingSettings staging = StagingSettings.defaults();
  private final PsaSettings psa = PsaSettings.defaults();
  private final TrackingSettings tracking = TrackingSettings.defaults();
  private final GuidanceAdvisor guidance =
      new GuidanceAdvisor(GuidanceSettings.defaults(), staging, psa);
  private PatientRecord[] records;
  private int next;

  @Setup
  public void generate() throws Exception {
    SyntheticPatients generator = new SyntheticPatients(42);
    PatientRecordReader reader = new PatientRecordReader(AS_OF);
    records = new PatientRecord[PATIENTS];
    for (int i = 0; i < PATIENTS; i++) {
      records[i] = reader.read(generator.next(i));
    }
  }

  private PatientRecord nextPatient() {
    next = (next + 1) & (PATIENTS - 1);
    return records[next];
  }

  @Benchmark
  public Object stage() {
    PatientRecord p = nextPatient();
    PetScan scan = p.petScans().get(p.petScans().size() - 1);
    return PromiseStager.stage(scan, p.hadProstatectomy(), staging);
  }

  @Benchmark
  public Object expression() {
    PatientRecord p = nextPatient();
    return PsmaExpression.assess(p.petScans().get(p.petScans().size() - 1), staging);
  }

  @Benchmark
  public Object psaKinetics() {
    return PsaAssessor.assess(nextPatient(), psa);
  }

  @Benchmark
  public void petResponse(Blackhole bh) {
    PatientRecord p = nextPatient();
    int n = p.petScans().size();
    if (n >= 2) {
      bh.consume(LesionTracker.compare(p.petScans().get(n - 2), p.petScans().get(n - 1),
          tracking));
      bh.consume(Recip.compare(p.petScans().get(n - 2), p.petScans().get(n - 1)));
    }
  }

  /**
   * Guidance on its own, so including its own PSA kinetics and stage (in an assessment they are
   * shared unless the decision is replayed on an earlier PET).
   */
  @Benchmark
  public Object guidance() {
    return guidance.advise(nextPatient(), AS_OF);
  }

  @Benchmark
  public void radiotherapy(Blackhole bh) {
    for (Radiotherapy course : nextPatient().radiotherapyCourses()) {
      for (RtTarget target : course.targets()) {
        bh.consume(TargetDose.of(target, AlphaBeta.PROSTATE));
        bh.consume(TargetDose.of(target, AlphaBeta.LATE_RECTUM_BLADDER));
      }
    }
  }
}

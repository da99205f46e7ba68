package org.psmapathway.store.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.psmapathway.core.record.InvalidPatientRecordException;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PatientRecordReader;
import org.psmapathway.stats.survival.GroupCoding;
import org.psmapathway.stats.survival.KaplanMeier;
import org.psmapathway.stats.survival.KaplanMeierCurve;
import org.psmapathway.stats.survival.KaplanMeierOptions;
import org.psmapathway.stats.survival.SurvivalAt;

/**
 * N = 20,000: Table 1 margins and the published Kaplan–Meier points of seed 000 (Nikitas et al.,
 * JNCCN 2026), the outcomes computed from the records as read back by PatientRecordReader with the
 * project's own Kaplan–Meier. Shares within ±1.5 percentage points (≥ 4 binomial standard errors
 * at n = 20,000); medians and quartiles within 4%; survival within ±2.5 points (the brief's
 * tolerance; KM standard error at 60 months is about 0.4 points here).
 */
class CohortCalibrationTest {

  private static final int N = 20_000;
  private static final CohortModel MODEL = CohortModel.seed000();
  private static SyntheticPatient[] patients;
  private static PatientRecord[] records;

  @BeforeAll
  static void generate() throws IOException, InvalidPatientRecordException {
    CohortGenerator generator = new CohortGenerator(MODEL, 113);
    PatientRecordReader reader = new PatientRecordReader(MODEL.dataCutoff());
    patients = new SyntheticPatient[N];
    records = new PatientRecord[N];
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SyntheticCohort.writeJsonLines(MODEL, 113, N, out, null);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(N);
    for (int i = 0; i < N; i++) {
      patients[i] = generator.patient(i);
      records[i] = reader.read(lines.get(i));
    }
  }

  @Test
  void isupGradesFollowTableOne() {
    double[] expected = {3.5, 24.8, 35.4, 12.4, 23.9};
    for (int g = 1; g <= 5; g++) {
      int grade = g;
      double share = Arrays.stream(records).filter(r -> r.diagnosis().isupGrade() == grade).count()
          * 100.0 / N;
      assertThat(share).as("ISUP " + g).isCloseTo(expected[g - 1], within(1.5));
    }
  }

  @Test
  void pathologyAndMarginsFollowTableOne() {
    assertThat(share(p -> p.pT().equals("pT2") && !p.pN().equals("pN1"))).isCloseTo(44.2,
        within(1.5));
    assertThat(share(p -> p.pT().equals("pT2") && p.pN().equals("pN1"))).isCloseTo(1.8,
        within(1.5));
    assertThat(share(p -> p.pT().startsWith("pT3") && !p.pN().equals("pN1"))).isCloseTo(35.4,
        within(1.5));
    assertThat(share(p -> p.pT().startsWith("pT3") && p.pN().equals("pN1"))).isCloseTo(18.6,
        within(1.5));
    assertThat(share(p -> "negative".equals(p.margins()))).isCloseTo(54.9, within(1.5));
    assertThat(share(p -> "positive".equals(p.margins()))).isCloseTo(29.2, within(1.5));
    assertThat(share(p -> p.margins() == null)).isCloseTo(15.9, within(1.5));
  }

  @Test
  void stagesAndVisibleLesionsFollowTableOne() {
    for (TableOneStage st : TableOneStage.values()) {
      assertThat(share(p -> p.stage() == st)).as(st.label())
          .isCloseTo(st.count() * 100.0 / 113, within(1.5));
    }
    int[][] bins = {{0, 0}, {1, 1}, {2, 3}, {4, 5}, {6, 8}};
    double[] expected = {40.7, 38.9, 16.8, 1.8, 1.8};
    for (int b = 0; b < bins.length; b++) {
      int lo = bins[b][0];
      int hi = bins[b][1];
      assertThat(share(p -> p.lesions().size() >= lo && p.lesions().size() <= hi))
          .as("lesions " + lo + "–" + hi).isCloseTo(expected[b], within(1.5));
    }
  }

  @Test
  void continuousCharacteristicsHaveThePublishedMediansAndQuartiles() {
    double[] initialPsa = new double[N];
    double[] surgeryToPet = new double[N];
    double[] petToRt = new double[N];
    double[] age = new double[N];
    double[] psaAtPet = new double[N];
    for (int i = 0; i < N; i++) {
      SyntheticPatient p = patients[i];
      initialPsa[i] = records[i].diagnosis().initialPsa();
      surgeryToPet[i] = months(p.prostatectomyDate(), p.petDate());
      petToRt[i] = months(p.petDate(), p.salvageRtStart());
      age[i] = ChronoUnit.DAYS.between(p.birthDate(), p.petDate()) / 365.2425;
      psaAtPet[i] = p.psa().get(p.psa().size() - 1).value();
    }
    assertQuartiles("initial PSA", initialPsa, 5.4, 8.0, 14.0);
    assertQuartiles("surgery to PET", surgeryToPet, 5.6, 19.9, 51.8);
    assertQuartiles("PET to salvage RT", petToRt, 1.1, 1.9, 2.6);
    assertQuartiles("age at PET", age, 62, 67, 72);
    assertQuartiles("PSA at PET", psaAtPet, 0.3, 0.4, 1.1);
  }

  @Test
  void kaplanMeierFromSalvageRtApproachesThePublishedCurves() {
    double[][] expected = {{0.726, 0.487}, {0.858, 0.724}, {0.929, 0.827}, {1.0, 0.971}};
    String[] names = {"PFS", "DMFS", "next-therapy-free", "OS"};
    SalvageEndpoints[] endpoints = Arrays.stream(records).map(SalvageEndpoints::of)
        .toArray(SalvageEndpoints[]::new);
    for (int k = 0; k < 4; k++) {
      double[] time = new double[N];
      int[] event = new int[N];
      for (int i = 0; i < N; i++) {
        time[i] = endpoints[i].months()[k];
        event[i] = endpoints[i].events()[k];
      }
      KaplanMeierCurve curve = KaplanMeier.fit(time, event, KaplanMeierOptions.R_DEFAULT);
      List<SurvivalAt> at = curve.at(new double[] {24, 60}, false);
      assertThat(at.get(0).survival()).as(names[k] + " at 2 years")
          .isCloseTo(expected[k][0], within(0.025));
      assertThat(at.get(1).survival()).as(names[k] + " at 5 years")
          .isCloseTo(expected[k][1], within(0.025));
      if (k == 0) {
        assertThat(curve.median().median()).as("median PFS").isCloseTo(49.2, within(3.0));
      }
      if (k == 1) {
        assertThat(curve.median().median()).as("median DMFS").isCloseTo(76.4, within(4.0));
      }
    }
    // Median follow-up by reverse Kaplan–Meier on overall survival (published 59.4 months).
    double[] time = new double[N];
    int[] event = new int[N];
    for (int i = 0; i < N; i++) {
      time[i] = endpoints[i].months()[SalvageEndpoints.OS];
      event[i] = endpoints[i].events()[SalvageEndpoints.OS];
    }
    double followUp = KaplanMeier.reverse(time, event, GroupCoding.single(N),
        KaplanMeierOptions.R_DEFAULT).curves().get(0).median().median();
    assertThat(followUp).isCloseTo(59.4, within(1.5));
  }

  private static double share(java.util.function.Predicate<SyntheticPatient> p) {
    return Arrays.stream(patients).filter(p).count() * 100.0 / N;
  }

  private static double months(java.time.LocalDate from, java.time.LocalDate to) {
    return ChronoUnit.DAYS.between(from, to) / CohortGenerator.DAYS_PER_MONTH;
  }

  private static void assertQuartiles(String what, double[] x, double q1, double median,
      double q3) {
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    assertThat(sorted[N / 4]).as(what + " Q1").isCloseTo(q1, within(0.04 * q1 + 0.01));
    assertThat(sorted[N / 2]).as(what + " median").isCloseTo(median, within(0.04 * median));
    assertThat(sorted[3 * N / 4]).as(what + " Q3").isCloseTo(q3, within(0.04 * q3));
  }
}

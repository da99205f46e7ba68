package org.psmapathway.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PatientRecordReader;
import org.psmapathway.core.record.PsaValue;
import org.psmapathway.core.record.Radiotherapy;
import org.psmapathway.core.record.RtIntent;
import org.psmapathway.core.record.RtPhase;
import org.psmapathway.core.record.RtTarget;
import org.psmapathway.core.record.RtVolume;
import org.psmapathway.core.record.Treatment;
import org.psmapathway.store.csv.CsvImport;
import org.psmapathway.store.csv.RegistryCsvReader;
import org.psmapathway.store.csv.RegistryCsvWriter;
import org.psmapathway.store.csv.RegistryTable;
import org.psmapathway.store.synthetic.CohortModel;
import org.psmapathway.store.synthetic.SyntheticRecords;

/**
 * What every registry database must do, run once on H2 and once on a real PostgreSQL server by the
 * subclasses. Each test gets a fresh, empty, migrated registry.
 */
abstract class RegistryContract {

  private Registry registry;

  /** A fresh, empty database (JDBC URL or H2 path) and the environment with its credentials. */
  protected abstract Registry openEmpty() throws Exception;

  @BeforeEach
  void open() throws Exception {
    registry = openEmpty();
  }

  @AfterEach
  void close() {
    registry.close();
  }

  @Test
  void everyExamplePatientComesBackEqualToTheRecordReadFromJson() throws Exception {
    List<PatientRecord> examples = ExamplePatients.all();
    assertThat(examples).hasSizeGreaterThanOrEqualTo(6);
    for (PatientRecord r : examples) {
      assertThat(registry.patients().save(r)).isEqualTo(SaveOutcome.INSERTED);
    }
    for (PatientRecord r : examples) {
      assertThat(registry.patients().load(r.id())).contains(r);
    }
    List<PatientRecord> sorted = new ArrayList<>(examples);
    sorted.sort(Comparator.comparing(PatientRecord::id));
    assertThat(registry.patients().list()).containsExactlyElementsOf(sorted);
    assertThat(registry.patients().ids()).containsExactlyElementsOf(
        sorted.stream().map(PatientRecord::id).toList());
    assertThat(registry.patients().count()).isEqualTo(examples.size());
  }

  @Test
  void theCanonicalJsonReadsBackToTheSameRecord() throws Exception {
    PatientRecordReader reader = new PatientRecordReader(null);
    for (PatientRecord r : ExamplePatients.all()) {
      assertThat(reader.read(PatientRecordJson.line(r))).isEqualTo(r);
    }
  }

  @Test
  void savingIdenticalDataChangesNothing() throws Exception {
    PatientRecord r = ExamplePatients.all().get(2);
    registry.patients().save(r);
    StoredPatient before = registry.patients().find(r.id()).orElseThrow();
    assertThat(registry.patients().save(r)).isEqualTo(SaveOutcome.UNCHANGED);
    StoredPatient after = registry.patients().find(r.id()).orElseThrow();
    assertThat(after).isEqualTo(before);
    assertThat(after.version()).isZero();
  }

  @Test
  void aChangedRecordReplacesTheWholeStoredOneAndMovesTheVersionOn() throws Exception {
    PatientRecord r = ExamplePatients.all().get(2);
    registry.patients().save(r);
    PatientRecord fewerPsa = withPsa(r, r.psa().subList(0, 1));
    assertThat(registry.patients().save(fewerPsa)).isEqualTo(SaveOutcome.REPLACED);
    StoredPatient stored = registry.patients().find(r.id()).orElseThrow();
    assertThat(stored.record()).isEqualTo(fewerPsa);
    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.updatedAt()).isAfterOrEqualTo(stored.createdAt());
  }

  @Test
  void aStaleUpdateFailsInsteadOfOverwriting() throws Exception {
    PatientRecord r = ExamplePatients.all().get(2);
    registry.patients().save(r);
    long readVersion = registry.patients().find(r.id()).orElseThrow().version();
    PatientRecord first = withPsa(r, r.psa().subList(0, 1));
    PatientRecord second = withPsa(r, r.psa().subList(0, 2));
    assertThat(registry.patients().save(first, readVersion)).isEqualTo(SaveOutcome.REPLACED);
    assertThatThrownBy(() -> registry.patients().save(second, readVersion))
        .isInstanceOf(StaleRecordException.class)
        .hasMessageContaining(r.id()).hasMessageContaining("expected stored version 0")
        .hasMessageContaining("holds version 1");
    assertThat(registry.patients().load(r.id())).contains(first);
  }

  @Test
  void theSchemaRejectsImpossibleDataThatBypassesTheReader() throws Exception {
    PatientRecord r = ExamplePatients.all().get(2);
    LocalDate day = r.psa().get(0).date();
    PatientRecord negativePsa = withPsa(r, List.of(new PsaValue(day, -0.1, false)));
    assertThatThrownBy(() -> registry.patients().save(negativePsa)).hasMessageContaining("psa");
    PatientRecord endBeforeStart = withTreatments(r, List.of(new Radiotherapy(day,
        day.minusDays(1), RtIntent.SALVAGE,
        List.of(new RtTarget(RtVolume.PROSTATE_BED, null, null, List.of(new RtPhase(66, 33)))))));
    assertThatThrownBy(() -> registry.patients().save(endBeforeStart))
        .hasMessageContainingAll("treatment");
    PatientRecord zeroFractions = withTreatments(r, List.of(new Radiotherapy(day, day,
        RtIntent.SALVAGE,
        List.of(new RtTarget(RtVolume.PROSTATE_BED, null, null, List.of(new RtPhase(8, 0)))))));
    assertThatThrownBy(() -> registry.patients().save(zeroFractions))
        .hasMessageContaining("rt_phase");
    // each failed save was its own transaction: nothing of the patient was left behind
    assertThat(registry.patients().count()).isZero();
  }

  @Test
  void aTransactionThatFailsLeavesTheRegistryAsBefore() throws Exception {
    List<PatientRecord> examples = ExamplePatients.all();
    registry.patients().save(examples.get(0));
    assertThatThrownBy(() -> registry.inTransaction(patients -> {
      patients.saveAll(examples.subList(1, 4));
      patients.save(withPsa(examples.get(0), List.of()));
      throw new IllegalStateException("interrupted import");
    })).hasMessage("interrupted import");
    assertThat(registry.patients().list()).containsExactly(examples.get(0));
  }

  /** 1,200 synthetic patients: several save batches, each table's rows in many COPY chunks. */
  private static List<PatientRecord> cohort() {
    List<PatientRecord> records = new ArrayList<>();
    SyntheticRecords.forEach(CohortModel.seed000(), 7, 1200, new PatientRecordReader(null),
        (i, r) -> records.add(r), (i, id, problems) -> {
          throw new AssertionError(id + ": " + problems);
        });
    return records;
  }

  @Test
  void aCohortSavedInSeveralBatchesComesBackEqualWithOutcomesInInputOrder() throws Exception {
    List<PatientRecord> records = cohort();
    PatientRecord changed = withPsa(records.get(1100), records.get(1100).psa().subList(0, 1));
    registry.patients().save(records.get(1100));
    List<PatientRecord> input = new ArrayList<>(records);
    input.set(1100, changed);
    List<SaveOutcome> outcomes = registry.inTransaction(p -> p.saveAll(input));
    assertThat(outcomes).hasSize(1200);
    assertThat(outcomes.get(1100)).isEqualTo(SaveOutcome.REPLACED);
    assertThat(outcomes.stream().filter(o -> o == SaveOutcome.INSERTED)).hasSize(1199);
    for (int i : new int[] {0, 249, 250, 749, 750, 1100, 1199}) {
      assertThat(registry.patients().load(input.get(i).id())).as("patient %d", i)
          .contains(input.get(i));
    }
    assertThat(registry.patients().count()).isEqualTo(1200);
  }

  @Test
  void aRowTheSchemaRejectsLateInALargeSaveLeavesNothingAndTheRegistryUsable() throws Exception {
    List<PatientRecord> records = cohort();
    PatientRecord bad = records.get(1150);
    records.set(1150, withPsa(bad, List.of(new PsaValue(bad.psa().get(0).date(), -1.0, false))));
    assertThatThrownBy(() -> registry.inTransaction(p -> p.saveAll(records)))
        .hasMessageContaining("psa");
    assertThat(registry.patients().count()).isZero();
    registry.patients().save(bad);
    assertThat(registry.patients().load(bad.id())).contains(bad);
  }

  @Test
  void csvTablesExportedImportedIntoThisEmptyRegistryAndExportedAgainAreByteIdentical(
      @TempDir Path dir) throws Exception {
    List<PatientRecord> examples = new ArrayList<>(ExamplePatients.all());
    examples.sort(Comparator.comparing(PatientRecord::id));
    Map<RegistryTable, byte[]> first = csv(examples::forEach);
    Map<RegistryTable, Path> files = new EnumMap<>(RegistryTable.class);
    for (Map.Entry<RegistryTable, byte[]> e : first.entrySet()) {
      files.put(e.getKey(), Files.write(dir.resolve(e.getKey().fileName()), e.getValue()));
    }
    CsvImport read = RegistryCsvReader.read(files, new PatientRecordReader(null));
    assertThat(read.problems()).isEmpty();
    assertThat(registry.<List<SaveOutcome>>inTransaction(p -> p.saveAll(read.records())))
        .containsOnly(SaveOutcome.INSERTED);
    Map<RegistryTable, byte[]> again = csv(registry.patients()::forEach);
    for (RegistryTable t : RegistryTable.values()) {
      assertThat(again.get(t)).as(t.fileName()).isEqualTo(first.get(t));
    }
    assertThat(registry.<List<SaveOutcome>>inTransaction(p -> p.saveAll(read.records())))
        .containsOnly(SaveOutcome.UNCHANGED);
  }

  /** The CSV tables of the records a source hands out in id order. */
  private static Map<RegistryTable, byte[]> csv(Consumer<Consumer<PatientRecord>> source)
      throws Exception {
    Map<RegistryTable, ByteArrayOutputStream> streams = new EnumMap<>(RegistryTable.class);
    try (RegistryCsvWriter writer = new RegistryCsvWriter(
        t -> streams.computeIfAbsent(t, k -> new ByteArrayOutputStream()))) {
      source.accept(writer::write);
    }
    Map<RegistryTable, byte[]> bytes = new EnumMap<>(RegistryTable.class);
    streams.forEach((t, s) -> bytes.put(t, s.toByteArray()));
    return bytes;
  }

  @Test
  void freeTextWithTabsNewlinesAndBackslashesComesBackUnchanged() throws Exception {
    // the bulk path writes rows as text (COPY on PostgreSQL): its escaping must be exact
    PatientRecord r = ExamplePatients.all().get(1);
    String awkward = "a\tb\\N \\. \u00e9\t(tab)\r\n\\N\nline\\";
    PatientRecord text = new PatientRecord(r.id(), r.birthDate(),
        new org.psmapathway.core.record.Diagnosis(r.diagnosis().date(), r.diagnosis().isupGrade(),
            1.0e-4 + 0.1 + 0.2, awkward),
        r.pathology(), r.prostatectomy(), r.psa(), r.testosterone(), r.performanceStatus(),
        r.petScans(), r.treatments(), List.of(new org.psmapathway.core.record.ClinicalEvent(
            org.psmapathway.core.record.EventType.BIOCHEMICAL_PROGRESSION, r.psa().get(0).date(),
            "\\N")), r.lastFollowUp(), r.haemoglobin(), r.otherMalignancies());
    registry.patients().save(text);
    PatientRecord back = registry.patients().load(r.id()).orElseThrow();
    assertThat(back).isEqualTo(text);
    assertThat(back.diagnosis().histology()).isEqualTo(awkward);
    assertThat(back.events().get(0).detail()).isEqualTo("\\N");
  }

  private static PatientRecord withPsa(PatientRecord r, List<PsaValue> psa) {
    return new PatientRecord(r.id(), r.birthDate(), r.diagnosis(), r.pathology(),
        r.prostatectomy(), psa, r.testosterone(), r.performanceStatus(), r.petScans(),
        r.treatments(), r.events(), r.lastFollowUp(), r.haemoglobin(), r.otherMalignancies());
  }

  private static PatientRecord withTreatments(PatientRecord r, List<Treatment> treatments) {
    return new PatientRecord(r.id(), r.birthDate(), r.diagnosis(), r.pathology(),
        r.prostatectomy(), r.psa(), r.testosterone(), r.performanceStatus(), r.petScans(),
        treatments, r.events(), r.lastFollowUp(), r.haemoglobin(), r.otherMalignancies());
  }
}

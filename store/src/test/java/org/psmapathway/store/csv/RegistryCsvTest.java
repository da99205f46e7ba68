package org.psmapathway.store.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PatientRecordReader;
import org.psmapathway.store.ExamplePatientsAccess;
import org.psmapathway.store.synthetic.CohortModel;
import org.psmapathway.store.synthetic.SyntheticRecords;

/** CSV tables: lossless round trip of the example patients, and every kind of problem located. */
class RegistryCsvTest {

  @TempDir
  Path dir;

  private static final PatientRecordReader READER = new PatientRecordReader(
      LocalDate.of(2026, 11, 1));

  /** The tables of some records, as bytes per table. */
  static Map<RegistryTable, byte[]> tables(List<PatientRecord> records) throws IOException {
    Map<RegistryTable, ByteArrayOutputStream> streams = new EnumMap<>(RegistryTable.class);
    try (RegistryCsvWriter writer = new RegistryCsvWriter(t -> {
      ByteArrayOutputStream s = new ByteArrayOutputStream();
      streams.put(t, s);
      return s;
    })) {
      records.stream().sorted(Comparator.comparing(PatientRecord::id)).forEach(writer::write);
    }
    Map<RegistryTable, byte[]> bytes = new EnumMap<>(RegistryTable.class);
    streams.forEach((t, s) -> bytes.put(t, s.toByteArray()));
    return bytes;
  }

  static Map<RegistryTable, Path> save(Path dir, Map<RegistryTable, byte[]> tables)
      throws IOException {
    Map<RegistryTable, Path> files = new EnumMap<>(RegistryTable.class);
    for (Map.Entry<RegistryTable, byte[]> e : tables.entrySet()) {
      Path f = dir.resolve(e.getKey().fileName());
      Files.write(f, e.getValue());
      files.put(e.getKey(), f);
    }
    return files;
  }

  @Test
  void theExamplePatientsComeBackEqualAndWriteTheSameBytesAgain() throws Exception {
    List<PatientRecord> examples = new ArrayList<>(ExamplePatientsAccess.all());
    examples.add(READER.read(EDGE_CASES));
    examples.sort(Comparator.comparing(PatientRecord::id));
    Map<RegistryTable, byte[]> first = tables(examples);
    CsvImport back = RegistryCsvReader.read(save(dir, first), READER);
    assertThat(back.problems()).isEmpty();
    assertThat(back.records()).containsExactlyElementsOf(examples);
    Map<RegistryTable, byte[]> second = tables(back.records());
    for (RegistryTable t : RegistryTable.values()) {
      assertThat(new String(second.get(t), StandardCharsets.UTF_8)).as(t.fileName())
          .isEqualTo(new String(first.get(t), StandardCharsets.UTF_8));
    }
    // every table is used by the examples, so the round trip covers every column kind
    for (RegistryTable t : RegistryTable.values()) {
      assertThat(new String(first.get(t), StandardCharsets.UTF_8).lines().count())
          .as(t.fileName()).isGreaterThan(1);
    }
  }

  /**
   * What the examples lack: sequential RT phases, two PSA results on one date, haemoglobin in
   * g/dL, free text with a comma, a quote and a line break, a scan with psmaNegativeDisease false,
   * an empty other-malignancy list (assessed, none known), a death.
   */
  private static final String EDGE_CASES = """
      {"id": "Z-EDGE", "birthDate": "1948-02-29",
       "diagnosis": {"isupGrade": 4, "histology": "acinar, \\"cribriform\\"\\nsecond line"},
       "psa": [{"date": "2019-05-01", "value": 1.25}, {"date": "2019-05-01", "value": 1.0E-4,
                "belowDetection": true}, {"date": "2019-04-01", "value": 0.7}],
       "haemoglobin": [{"date": "2019-05-02", "value": 13.1, "unit": "g/dL"}],
       "petScans": [{"date": "2019-05-10", "tracer": "18F-DCFPyL", "psmaNegativeDisease": false,
                     "lesions": []}],
       "treatments": [{"type": "radiotherapy", "start": "2019-06-01", "intent": "primary",
         "targets": [{"volume": "prostate", "phases": [{"doseGy": 46, "fractions": 23},
                                                       {"doseGy": 32.4, "fractions": 18}]},
                     {"volume": "other", "label": "lymph, node; \\"A\\"", "doseGy": 45,
                      "fractions": 25}]}],
       "events": [{"type": "death", "date": "2024-01-03", "detail": "other cause"}],
       "otherMalignancies": []}
      """;

  /**
   * Seeded property check on synthetic cohorts: the tables read back to the same records, also
   * after the columns of every table are permuted and the rows of every table whose order is
   * fully given by its key are shuffled (column and row order are free).
   */
  @Test
  void syntheticCohortsSurviveTheTablesWithColumnsPermutedAndRowsShuffled() throws Exception {
    CohortModel model = CohortModel.seed000();
    PatientRecordReader reader = new PatientRecordReader(model.dataCutoff());
    for (long seed : new long[] {3, 2026}) {
      List<PatientRecord> cohort = new ArrayList<>();
      SyntheticRecords.forEach(model, seed, 400, reader, (i, r) -> cohort.add(r),
          (i, id, problems) -> { throw new AssertionError(id + ": " + problems); });
      cohort.sort(Comparator.comparing(PatientRecord::id));
      Map<RegistryTable, byte[]> tables = tables(cohort);
      Random random = new Random(seed);
      Map<RegistryTable, byte[]> scrambled = new EnumMap<>(RegistryTable.class);
      tables.forEach((t, bytes) -> scrambled.put(t, scramble(bytes, random,
          !EnumSet.of(RegistryTable.PET_SCANS, RegistryTable.LESIONS, RegistryTable.TREATMENTS)
              .contains(t))));
      Path set = Files.createDirectories(dir.resolve("seed-" + seed));
      CsvImport back = RegistryCsvReader.read(save(set, scrambled), reader);
      assertThat(back.problems()).isEmpty();
      assertThat(back.records()).containsExactlyElementsOf(cohort);
      assertThat(tables(back.records()).get(RegistryTable.PSA))
          .isEqualTo(tables.get(RegistryTable.PSA));
    }
  }

  /** The table with its columns in a random order and, if allowed, its rows shuffled. */
  private static byte[] scramble(byte[] csv, Random random, boolean shuffleRows) {
    List<List<String>> rows = new ArrayList<>();
    CsvReader.builder().ofCsvRecord(new String(csv, StandardCharsets.UTF_8))
        .forEach(r -> rows.add(r.getFields()));
    List<Integer> order = new ArrayList<>();
    for (int c = 0; c < rows.get(0).size(); c++) {
      order.add(c);
    }
    Collections.shuffle(order, random);
    List<List<String>> body = new ArrayList<>(rows.subList(1, rows.size()));
    if (shuffleRows) {
      Collections.shuffle(body, random);
    }
    body.add(0, rows.get(0));
    StringWriter out = new StringWriter();
    try (CsvWriter w = CsvWriter.builder().build(out)) { // CRLF, FastCSV's default
      for (List<String> row : body) {
        w.writeRecord(order.stream().map(row::get).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private List<String> problems(String... nameAndText) throws IOException {
    Map<RegistryTable, Path> files = new EnumMap<>(RegistryTable.class);
    for (int i = 0; i < nameAndText.length; i += 2) {
      Path f = dir.resolve(nameAndText[i]);
      Files.writeString(f, nameAndText[i + 1], StandardCharsets.UTF_8);
      files.put(RegistryTable.ofFileName(nameAndText[i]).orElseThrow(), f);
    }
    CsvImport result = RegistryCsvReader.read(files, READER);
    return result.problems().stream()
        .map(p -> p.toString().replace(dir.toString() + "/", "")).toList();
  }

  private static final String PATIENTS =
      "patient_id,birth_date,prostatectomy_date\nP1,1950-01-01,2015-03-01\nP2,1955-06-01,\n";

  @Test
  void anUnknownColumnAndAMissingRequiredColumnAreNamedInTheHeader() throws Exception {
    assertThat(problems("patients.csv", "patient_id,birth_dat\nP1,1950-01-01\n",
        "psa.csv", "patient_id,value_ng_ml\nP1,0.2\n")).containsExactly(
        "patients.csv:1:2: unknown column \"birth_dat\"; expected one of "
            + String.join(", ", RegistryTable.PATIENTS.header()),
        "psa.csv:1: missing required column(s): date");
  }

  @Test
  void aBadNumberABadDateAndAnUnknownCodeAreLocatedAtTheirCell() throws Exception {
    assertThat(problems("patients.csv", PATIENTS,
        "psa.csv", "value_ng_ml,date,patient_id\n0.2,2016-01-01,P1\n\"1,5\",2016-02-30,P1\n"
            + "-0.1,2016-04-01,P1\n",
        "pet_scans.csv", "patient_id,scan_id,date,tracer\nP1,S1,2017-01-01,68Ga-PSMA-12\n"))
        .containsExactly(
            "pet_scans.csv:2:4: tracer: unknown value \"68Ga-PSMA-12\"; expected one of "
                + "68Ga-PSMA-11, 68Ga-PSMA-I&T, 18F-DCFPyL, 18F-PSMA-1007, 18F-rhPSMA-7.3, "
                + "64Cu-PSMA-I&T",
            "psa.csv:3:1: value_ng_ml: expected a number, got \"1,5\"",
            "psa.csv:3:2: date: expected a real calendar date as YYYY-MM-DD (e.g. 2024-05-01), "
                + "got \"2016-02-30\"",
            "psa.csv:4:1: value_ng_ml: expected a number ≥ 0 and ≤ 100000, got -0.1");
  }

  @Test
  void orphanRowsAreReportedAndLeftOut() throws Exception {
    assertThat(problems("patients.csv", PATIENTS,
        "psa.csv", "patient_id,date,value_ng_ml\nP9,2016-01-01,0.2\n",
        "pet_scans.csv", "patient_id,scan_id,date,tracer\nP1,A,2017-01-01,68Ga-PSMA-11\n",
        "lesions.csv", "patient_id,scan_id,lesion_id,site\nP1,A,L1,prostate-bed\n"
            + "P1,B,L2,bone\n",
        "treatments.csv", "patient_id,treatment_id,type,start_date,intent\n"
            + "P1,T1,radiotherapy,2017-02-01,salvage\nP1,T2,adt,2017-02-01,\n",
        "rt_targets.csv", "patient_id,treatment_id,target_no,volume,dose_gy,fractions\n"
            + "P1,T1,1,prostate-bed,66.0,33\nP1,T3,1,prostate-bed,66.0,33\n"
            + "P1,T2,1,prostate-bed,66.0,33\n",
        "rt_phases.csv", "patient_id,treatment_id,target_no,phase_no,dose_gy,fractions\n"
            + "P1,T1,2,1,50.0,25\n")).containsExactly(
        "lesions.csv:3:2: scan_id: orphan row: patient P1 has no scan B in pet_scans.csv",
        "psa.csv:2:1: patient_id: orphan row: patient P9 is not in patients.csv",
        "rt_phases.csv:2:3: target_no: orphan row: patient P1 has no target 2 of treatment T1 "
            + "in rt_targets.csv",
        "rt_targets.csv:3:2: treatment_id: orphan row: patient P1 has no treatment T3 in "
            + "treatments.csv",
        "rt_targets.csv:4:2: treatment_id: treatment T2 is adt (treatments.csv line 3); only "
            + "radiotherapy has target volumes");
  }

  @Test
  void duplicateKeysAreReportedWithTheLineOfTheFirstRow() throws Exception {
    assertThat(problems("patients.csv", PATIENTS + "P1,1950-01-01,\n",
        "psa.csv", "patient_id,date,seq,value_ng_ml\nP1,2016-01-01,,0.2\nP1,2016-01-01,,0.3\n"
            + "P1,2016-01-01,2,0.3\nP1,2016-01-02,0,0.3\n",
        "pet_scans.csv", "patient_id,scan_id,date,tracer\nP1,A,2017-01-01,68Ga-PSMA-11\n"
            + "P1,A,2017-02-01,68Ga-PSMA-11\n",
        "lesions.csv", "patient_id,scan_id,lesion_id,site\nP1,A,L1,prostate-bed\n"
            + "P1,A,L1,prostate-bed\n")).containsExactly(
        "lesions.csv:3:3: lesion_id: duplicate key (P1, A, L1): also on line 2; lesion ids are "
            + "unique within a scan",
        "patients.csv:4:1: patient_id: duplicate key: patient P1 is also on line 2; expected "
            + "each patient once",
        "pet_scans.csv:3:2: scan_id: duplicate key (P1, A): also on line 2; scan ids are unique "
            + "within a patient",
        "psa.csv:3:2: date: duplicate key (P1, 2016-01-01, seq 1): also on line 2; give seq 1, "
            + "2, ... to keep two rows of one date",
        "psa.csv:5:3: seq: expected a whole number ≥ 1, got \"0\"");
  }

  @Test
  void recordRulesApplyWithTheirMessagesAtTheCellTheyConcern() throws Exception {
    assertThat(problems("patients.csv", PATIENTS,
        "psa.csv", "patient_id,date,value_ng_ml\nP2,1954-01-01,0.2\nP2,2030-01-01,0.1\n",
        "treatments.csv", "patient_id,treatment_id,type,start_date,end_date,intent,agent\n"
            + "P1,T1,radiotherapy,2017-02-01,2017-01-01,salvage,\n"
            + "P1,T2,adt,2017-02-01,,salvage,leuprolide\n",
        "lesions.csv", "patient_id,scan_id,lesion_id,site,region\n",
        "pet_scans.csv", "patient_id,scan_id,date,tracer\n",
        "rt_targets.csv", "patient_id,treatment_id,target_no,volume,lesion_id,dose_gy,fractions\n"
            + "P1,T1,1,node,L7,60.0,0\n")).containsExactly(
        "psa.csv:2:2: date: is 1954-01-01, before the birth date 1955-06-01; expected a date on "
            + "or after birth",
        "psa.csv:3:2: date: is 2030-01-01, in the future (today is 2026-11-01); expected a date "
            + "that has happened",
        "rt_targets.csv:2:7: fractions: expected a whole number from 1 to 100, got 0",
        // the target is unusable, so the course has none left: the reader says so too
        "treatments.csv:2:2: targets (rows of rt_targets.csv): expected at least one target "
            + "volume with doseGy and fractions",
        "treatments.csv:2:5: end_date: is 2017-01-01, before start 2017-02-01; expected end ≥ start",
        "treatments.csv:3:6: intent: does not apply to this row; expected an empty cell");
  }

  @Test
  void aRadiotherapyCourseWithoutTargetsAndATargetNamingAnUnknownLesion() throws Exception {
    assertThat(problems("patients.csv", PATIENTS,
        "treatments.csv", "patient_id,treatment_id,type,start_date,intent\n"
            + "P1,T1,radiotherapy,2017-02-01,salvage\nP2,X,radiotherapy,2017-02-01,salvage\n",
        "rt_targets.csv", "patient_id,treatment_id,target_no,volume,lesion_id,dose_gy,fractions\n"
            + "P1,T1,1,node,L7,60.0,30\n")).containsExactly(
        "rt_targets.csv:2:5: lesion_id: \"L7\" matches no lesion id in petScans",
        "treatments.csv:3:2: targets (rows of rt_targets.csv): is required");
  }

  @Test
  void otherMalignanciesNeedTheAssessmentFlagToAgreeWithTheRows() throws Exception {
    assertThat(problems("patients.csv", "patient_id,other_malignancies_assessed\nP1,false\n"
            + "P2,maybe\n",
        "other_malignancies.csv", "patient_id,kind,active\nP1,other,true\n")).containsExactly(
        "patients.csv:2:2: other_malignancies_assessed: is false but other_malignancies.csv has "
            + "1 row(s) for patient P1; expected true",
        "patients.csv:3:2: other_malignancies_assessed: expected true or false, got \"maybe\"");
  }

  @Test
  void withoutPatientsCsvNothingIsImported() throws Exception {
    Path f = dir.resolve("psa.csv");
    Files.writeString(f, "patient_id,date,value_ng_ml\nP1,2016-01-01,0.2\n");
    CsvImport r = RegistryCsvReader.read(Map.of(RegistryTable.PSA, f), READER);
    assertThat(r.records()).isEmpty();
    assertThat(r.problems()).extracting(CsvProblem::toString).containsExactly(
        "patients.csv: is missing; every import of CSV tables needs the patients table, the "
            + "parent of all others");
  }

  @Test
  void aLineNumberIsThePhysicalLineEvenAfterAQuotedLineBreak() throws Exception {
    assertThat(problems("patients.csv", PATIENTS,
        "events.csv", "patient_id,date,type,detail\nP1,2018-01-01,death,\"two\nlines\"\n"
            + "P1,2019-01-01,relapse,\n")).containsExactly(
        "events.csv:4:3: type: unknown value \"relapse\"; expected one of death, "
            + "biochemical-progression, radiographic-progression, clinical-progression, "
            + "skeletal-event");
  }
}

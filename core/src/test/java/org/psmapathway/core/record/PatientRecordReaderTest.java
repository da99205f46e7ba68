package org.psmapathway.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatientRecordReaderTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private final PatientRecordReader reader = new PatientRecordReader(TODAY);

  /** The shape given in the issue that introduced the format, verbatim. */
  static final String ISSUE_EXAMPLE = """
      {
        "id": "P001",
        "birthDate": "1958-03-02",
        "diagnosis": {"date": "2015-04-01", "isupGrade": 3, "initialPsa": 8.0, "histology": "adenocarcinoma"},
        "pathology": {"pT": "pT3a", "pN": "pN0", "margins": "negative"},
        "prostatectomy": {"date": "2016-01-15"},
        "psa": [{"date": "2016-03-01", "value": 0.03, "belowDetection": true},
                {"date": "2018-01-10", "value": 0.12}],
        "testosterone": [{"date": "2024-05-01", "value": 25, "unit": "ng/dL"}],
        "performanceStatus": [{"date": "2024-05-01", "scale": "WHO", "value": 1}],
        "petScans": [{"date": "2018-02-01", "tracer": "68Ga-PSMA-11", "modality": "PET/CT",
                      "reference": {"bloodPoolSuvMean": 1.6, "liverSuvMean": 5.1, "parotidSuvMean": 11.0},
                      "totalTumourVolumeMl": 4.2,
                      "lesions": [
                        {"id": "L1", "site": "prostate-bed", "suvMax": 6.2},
                        {"id": "L2", "site": "node", "region": "external-iliac", "side": "right", "suvMax": 8.1, "shortAxisMm": 7},
                        {"id": "L3", "site": "bone", "bone": "rib", "suvMax": 5.0},
                        {"id": "L4", "site": "visceral", "organ": "lung", "suvMax": 4.0}]}],
        "treatments": [
          {"type": "radiotherapy", "start": "2018-03-01", "end": "2018-04-20", "intent": "salvage",
           "targets": [{"volume": "prostate-bed", "doseGy": 70, "fractions": 35},
                       {"volume": "pelvic-nodes", "doseGy": 50.4, "fractions": 28}]},
          {"type": "adt", "agent": "leuprolide", "start": "2018-02-20", "end": "2018-08-20"},
          {"type": "arpi", "agent": "enzalutamide", "start": "2022-01-01"},
          {"type": "chemotherapy", "agent": "docetaxel", "start": "2021-01-01", "end": "2021-06-01"},
          {"type": "radioligand", "agent": "177Lu-PSMA-617", "date": "2024-06-01", "activityGBq": 7.4}],
        "events": [{"type": "death", "date": "2025-02-01"}],
        "lastFollowUp": "2025-01-01"
      }
      """;

  @Test
  void readsTheDocumentedShape() throws Exception {
    PatientRecord p = reader.read(ISSUE_EXAMPLE);
    assertThat(p.id()).isEqualTo("P001");
    assertThat(p.diagnosis().isupGrade()).isEqualTo(3);
    assertThat(p.psa()).hasSize(2);
    assertThat(p.psa().get(0).belowDetection()).isTrue();
    assertThat(p.testosterone().get(0).castrate()).isTrue();
    PetScan scan = p.latestPetScan().orElseThrow();
    assertThat(scan.tracer()).isEqualTo(PsmaTracer.GA68_PSMA_11);
    assertThat(scan.lesions()).extracting(Lesion::site).containsExactly(
        LesionSite.PROSTATE_BED, LesionSite.NODE, LesionSite.BONE, LesionSite.VISCERAL);
    assertThat(scan.lesions().get(1).region()).isEqualTo(NodeRegion.EXTERNAL_ILIAC);
    assertThat(scan.lesions().get(1).side()).isEqualTo(Side.RIGHT);
    // treatments come out in chronological order of their start
    assertThat(p.treatments()).extracting(Treatment::start).isSorted();
    assertThat(p.treatments().get(0)).isInstanceOf(SystemicTherapy.class);
    Radiotherapy rt = p.radiotherapyCourses().get(0);
    assertThat(rt.targets()).extracting(RtTarget::totalDoseGy).containsExactly(70.0, 50.4);
    assertThat(rt.local()).isTrue();
  }

  @Test
  void malformedJsonNamesLineAndColumn() {
    var e = catchThrowableOfType(InvalidPatientRecordException.class,
        () -> reader.read("{\n  \"id\": \"P1\",\n  \"psa\": [\n}"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).startsWith("line 4, column");
      assertThat(p.message()).startsWith("malformed JSON");
    });
  }

  @Test
  void reportsEveryProblemWithItsFieldPath() {
    String json = """
        {"id": "P9", "birthDate": "1950-01-01",
         "psa": [{"date": "2023-02-30", "value": 1.0},
                 {"date": "2023-03-01", "value": -0.2}],
         "testosterone": [{"date": "2023-03-01", "value": 20, "unit": "mg/L"}],
         "petScans": [{"date": "1949-12-31", "tracer": "68Ga-PSMA-11",
                       "lesions": [{"id": "L1", "site": "liver"},
                                   {"id": "L2", "site": "node", "region": "mesenteric"}]}]}
        """;
    var e = catchThrowableOfType(InvalidPatientRecordException.class, () -> reader.read(json));
    List<String> lines = e.problems().stream().map(RecordProblem::toString).toList();
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("psa[0].date: expected a real calendar date as YYYY-MM-DD").contains("\"2023-02-30\""));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("psa[1].value: expected a number ≥ 0"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("testosterone[0].unit: unknown value \"mg/L\"").contains("ng/dL, nmol/L"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("petScans[0].lesions[0].site: unknown value \"liver\"").contains("prostate-bed"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("petScans[0].lesions[1].region: unknown value \"mesenteric\"").contains("common-iliac"));
    assertThat(lines).hasSize(5);
  }

  @Test
  void rejectsAScanBeforeBirthAndDataAfterDeathOrInTheFuture() {
    String json = """
        {"id": "P9", "birthDate": "1950-01-01",
         "psa": [{"date": "2027-01-01", "value": 1.0}],
         "petScans": [{"date": "1949-12-31", "tracer": "68Ga-PSMA-11"}],
         "treatments": [{"type": "adt", "start": "2024-01-01"}],
         "events": [{"type": "death", "date": "2023-06-01"}]}
        """;
    var e = catchThrowableOfType(InvalidPatientRecordException.class, () -> reader.read(json));
    List<String> lines = e.problems().stream().map(RecordProblem::toString).toList();
    assertThat(lines).contains(
        "petScans[0].date: is 1949-12-31, before the birth date 1950-01-01; expected a date on or after birth",
        "psa[0].date: is 2027-01-01, in the future (today is 2026-11-22); expected a date that has happened",
        "psa[0].date: is 2027-01-01, after the recorded death on 2023-06-01",
        "treatments[0].start: is 2024-01-01, after the recorded death on 2023-06-01");
  }

  @Test
  void rejectsMisspeltFieldsInsteadOfIgnoringThem() {
    var e = catchThrowableOfType(InvalidPatientRecordException.class, () -> reader.read(
        "{\"id\": \"P1\", \"psa\": [{\"date\": \"2024-01-01\", \"value\": 0.1, \"belowDetecton\": true}]}"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("psa[0].belowDetecton");
      assertThat(p.message()).contains("unknown field").contains("belowDetection");
    });
  }

  @Test
  void rejectsImpossibleTreatments() {
    String json = """
        {"id": "P1",
         "treatments": [
           {"type": "radiotherapy", "start": "2020-01-10", "end": "2020-01-01", "intent": "salvage",
            "targets": [{"volume": "prostate-bed", "doseGy": 66, "fractions": 0},
                        {"volume": "node", "lesionId": "L7", "doseGy": 30, "fractions": 5}]},
           {"type": "immunotherapy", "start": "2021-01-01"}]}
        """;
    var e = catchThrowableOfType(InvalidPatientRecordException.class, () -> reader.read(json));
    List<String> lines = e.problems().stream().map(RecordProblem::toString).toList();
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("treatments[0].targets[0].fractions: expected a whole number from 1"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("treatments[0].end: is 2020-01-01, before start 2020-01-10"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("treatments[1].type: unknown treatment type \"immunotherapy\""));
  }

  @Test
  void aBoostMustNameALesionThePetShows() {
    String json = """
        {"id": "P1",
         "petScans": [{"date": "2020-01-01", "tracer": "18F-DCFPyL",
                       "lesions": [{"id": "L1", "site": "bone", "bone": "rib"}]}],
         "treatments": [{"type": "radiotherapy", "start": "2020-02-01", "intent": "metastasis-directed",
                         "targets": [{"volume": "bone", "lesionId": "L2", "doseGy": 30, "fractions": 3}]}]}
        """;
    var e = catchThrowableOfType(InvalidPatientRecordException.class, () -> reader.read(json));
    assertThat(e.problems()).singleElement().hasToString(
        "treatments[0].targets[0].lesionId: \"L2\" matches no lesion id in petScans");
  }

  @Test
  void aZeroTumourVolumeWithLesionsIsContradictory() {
    String json = """
        {"id": "P1", "petScans": [{"date": "2020-01-01", "tracer": "68Ga-PSMA-11", "totalTumourVolumeMl": 0,
                       "lesions": [{"id": "L1", "site": "bone"}]}]}
        """;
    var e = catchThrowableOfType(InvalidPatientRecordException.class, () -> reader.read(json));
    assertThat(e.problems()).singleElement().satisfies(
        p -> assertThat(p.path()).isEqualTo("petScans[0].totalTumourVolumeMl"));
  }

  @Test
  void siteSpecificFieldsOnlyWhereTheyApply() {
    var e = catchThrowableOfType(InvalidPatientRecordException.class, () -> reader.read("""
        {"id": "P1", "petScans": [{"date": "2020-01-01", "tracer": "68Ga-PSMA-11",
           "lesions": [{"id": "L1", "site": "bone", "region": "obturator"}]}]}"""));
    assertThat(e.problems()).singleElement().hasToString(
        "petScans[0].lesions[0].region: applies to node lesions only, but this lesion's site is bone");
  }

  @Test
  void sequentialPhasesAndOptionalPartsAreRead() throws Exception {
    PatientRecord p = reader.read("""
        {"id": "P2",
         "treatments": [{"type": "radiotherapy", "start": "2020-01-01", "end": "2020-02-20", "intent": "primary",
                         "targets": [{"volume": "prostate", "phases": [{"doseGy": 50, "fractions": 25},
                                                                     {"doseGy": 28, "fractions": 14}]}]}]}
        """);
    RtTarget target = p.radiotherapyCourses().get(0).targets().get(0);
    assertThat(target.totalDoseGy()).isEqualTo(78);
    assertThat(target.totalFractions()).isEqualTo(39);
    assertThat(p.birthDate()).isNull();
    assertThat(p.diagnosis()).isNull();
    assertThat(p.psa()).isEmpty();
  }
}

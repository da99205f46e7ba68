package org.psmapathway.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The optional fields trial eligibility reads: haemoglobin, other malignancies, PSMA-negative. */
class EligibilityFieldsReaderTest {

  private static final PatientRecordReader READER =
      new PatientRecordReader(LocalDate.parse("2026-11-01"));

  @Test
  void haemoglobinIsKeptInGramsPerLitre() throws Exception {
    PatientRecord p = READER.read("""
        {"id": "H", "haemoglobin": [{"date": "2024-02-01", "value": 12.5, "unit": "g/dL"},
                                    {"date": "2024-01-01", "value": 131, "unit": "g/L"}]}""");
    assertThat(p.haemoglobin()).extracting(HaemoglobinValue::gPerL).containsExactly(131.0, 125.0);
  }

  @Test
  void otherMalignanciesAbsentMeansNotAssessedAndEmptyMeansNone() throws Exception {
    assertThat(READER.read("{\"id\": \"A\"}").otherMalignancies()).isNull();
    assertThat(READER.read("{\"id\": \"A\", \"otherMalignancies\": []}").otherMalignancies())
        .isEmpty();
    PatientRecord p = READER.read("""
        {"id": "A", "otherMalignancies": [{"kind": "non-melanoma-skin", "active": true,
          "detail": "basal cell, nose"}]}""");
    assertThat(p.otherMalignancies()).containsExactly(new OtherMalignancy(
        OtherMalignancy.Kind.NON_MELANOMA_SKIN, true, "basal cell, nose"));
  }

  @Test
  void psmaNegativeDiseaseIsTheReadersStatementOrNull() throws Exception {
    PatientRecord p = READER.read("""
        {"id": "N", "petScans": [
          {"date": "2024-01-01", "tracer": "68Ga-PSMA-11", "lesions": []},
          {"date": "2024-06-01", "tracer": "68Ga-PSMA-11", "lesions": [],
           "psmaNegativeDisease": true}]}""");
    assertThat(p.petScans()).extracting(PetScan::psmaNegativeDisease).containsExactly(null, true);
  }

  @Test
  void badValuesAreNamedWithTheirPath() {
    assertThatThrownBy(() -> READER.read("""
        {"id": "B", "haemoglobin": [{"date": "2024-01-01", "value": 12, "unit": "mmol/L"},
                                    {"date": "2030-01-01", "value": 40, "unit": "g/dL"}],
         "otherMalignancies": [{"kind": "melanoma"}],
         "petScans": [{"date": "2024-01-01", "tracer": "68Ga-PSMA-11", "lesions": [],
                       "psmaNegativeDisease": "yes"}]}"""))
        .isInstanceOfSatisfying(InvalidPatientRecordException.class, e ->
            assertThat(e.problems()).extracting(RecordProblem::toString).containsExactly(
                "petScans[0].psmaNegativeDisease: expected true or false, got \"yes\"",
                "haemoglobin[0].unit: unknown haemoglobin unit \"mmol/L\"; expected g/L or g/dL",
                "haemoglobin[1].value: expected a number > 0 and ≤ 30, got 40",
                "otherMalignancies[0].kind: unknown value \"melanoma\"; expected one of "
                    + "non-melanoma-skin, non-invasive-urothelial, other",
                "otherMalignancies[0].active: is required: true when the malignancy is active "
                    + "now, else false"));
  }
}

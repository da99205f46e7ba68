package org.psmapathway.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.psmapathway.core.psa.DoublingTimeStatus;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PatientRecordReader;
import org.psmapathway.core.response.LesionStatus;
import org.psmapathway.core.response.RecipCategory;

/** The assessment ties the rules together and names what the record lacks. */
class TumourBoardAssessorTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
  private static final TumourBoardAssessor ASSESSOR =
      new TumourBoardAssessor(AssessmentSettings.defaults());

  private static PatientRecord read(String json) throws Exception {
    return new PatientRecordReader(AS_OF).read(json);
  }

  @Test
  void aBareRecordGivesNoStageAndSaysWhatIsMissing() throws Exception {
    TumourBoardAssessment a = ASSESSOR.assess(read("{\"id\": \"M1\"}"), AS_OF);
    assertThat(a.stage()).isNull();
    assertThat(a.stagingScan()).isNull();
    assertThat(a.petResponse()).isNull();
    assertThat(a.radiotherapy()).isEmpty();
    assertThat(a.psa().latest()).isNull();
    assertThat(a.psa().doublingTime().status()).isEqualTo(DoublingTimeStatus.INSUFFICIENT_DATA);
    assertThat(a.missing()).containsExactly(
        "birth date (age)",
        "ISUP grade (EAU biochemical-recurrence risk group)",
        "PSA values (kinetics and recurrence status)",
        "PSMA PET scan (miTNM stage)",
        "performance status",
        "date of last follow-up");
  }

  @Test
  void stagesTheMostRecentScanAndComparesTheLastTwo() throws Exception {
    PatientRecord p = read("""
        {"id": "M2", "birthDate": "1955-01-01", "prostatectomy": {"date": "2015-01-01"},
         "petScans": [
           {"date": "2020-01-01", "tracer": "68Ga-PSMA-11", "totalTumourVolumeMl": 10,
            "lesions": [{"id": "L1", "site": "node", "region": "obturator", "side": "left",
                         "suvMax": 6}]},
           {"date": "2021-01-01", "tracer": "68Ga-PSMA-11",
            "lesions": [{"id": "L1", "site": "node", "region": "obturator", "side": "left",
                         "suvMax": 6.1},
                        {"id": "L2", "site": "bone", "bone": "rib", "suvMax": 5}]}]}
        """);
    TumourBoardAssessment a = ASSESSOR.assess(p, AS_OF);
    assertThat(a.stagingScan().date()).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(a.stage().compact()).isEqualTo("miT0N1aM1b");
    assertThat(a.petResponse().lesions().changes())
        .extracting(c -> c.lesionId() + " " + c.status())
        .containsExactly("L1 " + LesionStatus.STABLE, "L2 " + LesionStatus.NEW);
    // no volume on the follow-up scan: RECIP is not evaluable, and the gap is named
    assertThat(a.petResponse().recip().category()).isNull();
    assertThat(a.missing()).contains("total tumour volume on the PET of 2021-01-01 (RECIP 1.0)");
    assertThat(a.missing()).contains("reference.liverSuvMean (PSMA expression score)");
  }

  @Test
  void recipUsesTheTotalTumourVolumes() throws Exception {
    PatientRecord p = read("""
        {"id": "M3", "petScans": [
           {"date": "2020-01-01", "tracer": "68Ga-PSMA-11", "totalTumourVolumeMl": 100,
            "lesions": [{"id": "L1", "site": "bone", "bone": "rib", "suvMax": 9}]},
           {"date": "2020-04-01", "tracer": "68Ga-PSMA-11", "totalTumourVolumeMl": 70,
            "lesions": [{"id": "L1", "site": "bone", "bone": "rib", "suvMax": 6}]}]}
        """);
    TumourBoardAssessment a = ASSESSOR.assess(p, AS_OF);
    assertThat(a.petResponse().recip().category()).isEqualTo(RecipCategory.PR);
    assertThat(a.petResponse().recip().percentChange()).isCloseTo(-30.0, within(1e-12));
  }

  @Test
  void everyTargetIsReportedAtAlphaBeta15And3WithPhasesSummed() throws Exception {
    PatientRecord p = read("""
        {"id": "M4", "treatments": [
          {"type": "radiotherapy", "start": "2020-01-06", "end": "2020-02-28", "intent": "salvage",
           "targets": [{"volume": "prostate-bed",
                        "phases": [{"doseGy": 50, "fractions": 25}, {"doseGy": 20, "fractions": 5}]}]}]}
        """);
    TargetEqd2 target = ASSESSOR.assess(p, AS_OF).radiotherapy().get(0).targets().get(0);
    assertThat(target.doses()).hasSize(2);
    // 50 Gy/25 fx is 50 Gy EQD2; 20 Gy/5 fx (4 Gy) is 20·5.5/3.5 at α/β 1.5 and 20·7/5 at 3
    assertThat(target.doses().get(0).eqd2Gy()).isCloseTo(50 + 20 * 5.5 / 3.5, within(1e-9));
    assertThat(target.doses().get(1).eqd2Gy()).isCloseTo(50 + 20 * 7.0 / 5, within(1e-9));
  }
}

package org.psmapathway.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psmapathway.core.eligibility.TestPatients.LUTETIUM;
import static org.psmapathway.core.eligibility.TestPatients.edited;
import static org.psmapathway.core.eligibility.TestPatients.latestScan;
import static org.psmapathway.core.eligibility.TestPatients.result;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The landmark trials after their check against the registry records (documentVersion 2):
 * ORIOLE NCT02680587, TheraP NCT03392428, PSMAfore NCT04689828 and VISION NCT03511664. Each has
 * an eligible patient and a patient failing a threshold the check corrected or confirmed.
 */
class LandmarkTrialsTest {

  private static final Trial ORIOLE = TestPatients.trial("NCT02680587");
  private static final Trial THERAP = TestPatients.trial("NCT03392428");
  private static final Trial PSMAFORE = TestPatients.trial("NCT04689828");
  private static final Trial VISION = TestPatients.trial("NCT03511664");
  private static final LocalDate MCRPC_DAY = LocalDate.parse("2024-05-27");
  private static final LocalDate ORIOLE_DAY = LocalDate.parse("2019-03-01");

  /**
   * Hormone-sensitive oligorecurrence after prostatectomy, never on ADT: PSA 1.2 → 2.0 → 3.1
   * ng/mL over 6 months (PSADT ≈ 4.4 months), testosterone 420 ng/dL.
   */
  static final String OLIGORECURRENT = """
      {"id": "ORI", "birthDate": "1954-02-11",
       "diagnosis": {"date": "2012-05-02", "isupGrade": 3, "histology": "adenocarcinoma"},
       "pathology": {"pT": "pT2", "pN": "pN0", "margins": "negative"},
       "prostatectomy": {"date": "2012-07-16"},
       "psa": [{"date": "2018-08-06", "value": 1.2}, {"date": "2018-11-05", "value": 2.0},
               {"date": "2019-02-04", "value": 3.1}],
       "testosterone": [{"date": "2019-02-04", "value": 420, "unit": "ng/dL"}],
       "performanceStatus": [{"date": "2019-02-04", "scale": "ECOG", "value": 0}],
       "petScans": [
         {"date": "2019-02-18", "tracer": "18F-DCFPyL", "reference": {"liverSuvMean": 5.5},
          "psmaNegativeDisease": false,
          "lesions": [{"id": "B1", "site": "bone", "bone": "rib", "suvMax": 14.2}]}]}
      """;

  private static TrialMatch oriole(Consumer<ObjectNode> edit) {
    return TrialMatcher.match(ORIOLE, edited(OLIGORECURRENT, ORIOLE_DAY, edit));
  }

  private static TrialMatch mcrpc(Trial trial, Consumer<ObjectNode> edit) {
    return TrialMatcher.match(trial, edited(LUTETIUM, MCRPC_DAY, edit));
  }

  /** LUTETIUM made complete for TheraP: a haemoglobin result and every lesion above SUVmax 10. */
  private static void therapWorkUp(ObjectNode p) {
    p.putArray("haemoglobin").addObject().put("date", "2024-05-20").put("value", 118)
        .put("unit", "g/L");
    ((ObjectNode) latestScan(p).get("lesions").get(1)).put("suvMax", 12.5);
  }

  /** LUTETIUM without docetaxel: taxane-naive after abiraterone, as PSMAfore enrolled. */
  private static void taxaneNaive(ObjectNode p) {
    ArrayNode treatments = (ArrayNode) p.get("treatments");
    treatments.remove(1);
  }

  @Test
  void oligorecurrenceIsEligibleForOrioleWithItsManualCriteria() {
    TrialMatch m = oriole(p -> { });
    assertThat(m.verdict()).isEqualTo(TrialVerdict.ELIGIBLE);
    assertThat(m.explanation()).isEqualTo(
        "Eligible for ORIOLE on the record; confirm by hand: I1, I3, I9, I10, I11, E3.");
    assertThat(result(m, "I4").explanation()).isEqualTo("PSA doubling time 4.4 months "
        + "(3 values, 2018-08-06 to 2019-02-04) is below 15 months");
    assertThat(result(m, "I8").explanation()).isEqualTo("PSA 3.1 ng/mL on 2019-02-04 is above "
        + "1 ng/mL; PSA 3.1 ng/mL on 2019-02-04 is below 50 ng/mL");
  }

  @Test
  void orioleNeedsTestosteroneAbove125NotJustAboveCastrate() {
    // 100 ng/dL is non-castrate (the first curation's > 50 ng/dL let it pass); the record says > 125
    TrialMatch m = oriole(p -> ((ObjectNode) p.get("testosterone").get(0)).put("value", 100));
    assertThat(m.verdict()).isEqualTo(TrialVerdict.INELIGIBLE);
    assertThat(m.explanation()).isEqualTo("Not eligible for ORIOLE: I5 (testosterone 100 ng/dL "
        + "on 2019-02-04 is not above ORIOLE's testosterone minimum of 125 ng/dL).");
  }

  @Test
  void orioleNeedsPsaBetween1And50AndPsadtUnder15Months() {
    TrialMatch low = oriole(p -> ((ObjectNode) p.get("psa").get(2)).put("value", 0.9));
    assertThat(result(low, "I8").verdict()).isEqualTo(CriterionVerdict.FAIL);
    assertThat(result(low, "I8").explanation())
        .startsWith("PSA 0.9 ng/mL on 2019-02-04 is not above 1 ng/mL");
    TrialMatch high = oriole(p -> ((ObjectNode) p.get("psa").get(2)).put("value", 55));
    assertThat(result(high, "I8").verdict()).isEqualTo(CriterionVerdict.FAIL);
    assertThat(result(high, "I8").explanation())
        .endsWith("PSA 55.0 ng/mL on 2019-02-04 is not below 50 ng/mL");
    // 1.2 → 1.3 → 1.4 ng/mL over 6 months: PSADT about 27 months
    TrialMatch slow = oriole(p -> {
      ((ObjectNode) p.get("psa").get(1)).put("value", 1.3);
      ((ObjectNode) p.get("psa").get(2)).put("value", 1.4);
    });
    assertThat(result(slow, "I4").verdict()).isEqualTo(CriterionVerdict.FAIL);
    assertThat(result(slow, "I4").explanation()).endsWith("is not below 15 months");
    assertThat(slow.verdict()).isEqualTo(TrialVerdict.INELIGIBLE);
  }

  @Test
  void docetaxelTreatedMcrpcWithHighUptakeIsEligibleForTherap() {
    TrialMatch m = mcrpc(THERAP, LandmarkTrialsTest::therapWorkUp);
    assertThat(m.verdict()).isEqualTo(TrialVerdict.ELIGIBLE);
    assertThat(m.explanation())
        .isEqualTo("Eligible for TheraP on the record; confirm by hand: I1, I8, I9, I10.");
    assertThat(result(m, "I4").explanation()).isEqualTo("PSA 41.0 < 58.3 < 77.6 ng/mL "
        + "(2024-01-15 to 2024-05-20); PSA 77.6 ng/mL on 2024-05-20 is at least 20 ng/mL");
    assertThat(result(m, "I5").explanation()).startsWith("ADT ongoing: goserelin from 2016-04-11");
    assertThat(result(m, "I11").explanation())
        .isEqualTo("haemoglobin 118 g/L on 2024-05-20 is at least 90 g/L");
  }

  @Test
  void therapNeedsPsaOfAtLeast20AndHaemoglobinOfAtLeast90() {
    TrialMatch lowPsa = mcrpc(THERAP, p -> {
      therapWorkUp(p);
      ((ObjectNode) p.get("psa").get(0)).put("value", 11.0);
      ((ObjectNode) p.get("psa").get(1)).put("value", 15.0);
      ((ObjectNode) p.get("psa").get(2)).put("value", 19.5);
    });
    assertThat(lowPsa.verdict()).isEqualTo(TrialVerdict.INELIGIBLE);
    assertThat(lowPsa.explanation()).isEqualTo("Not eligible for TheraP: I4 (PSA 19.5 ng/mL on "
        + "2024-05-20 is not at least 20 ng/mL).");
    TrialMatch anaemia = mcrpc(THERAP, p -> {
      therapWorkUp(p);
      ((ObjectNode) p.get("haemoglobin").get(0)).put("value", 86);
    });
    assertThat(anaemia.explanation()).isEqualTo("Not eligible for TheraP: I11 (haemoglobin "
        + "86 g/L on 2024-05-20 is not at least 90 g/L).");
  }

  @Test
  void therapTakesTypicalMetastasesWhenHistologyIsMissing() {
    TrialMatch m = mcrpc(THERAP, p -> {
      therapWorkUp(p);
      ((ObjectNode) p.get("diagnosis")).remove("histology");
    });
    assertThat(result(m, "I2").verdict()).isEqualTo(CriterionVerdict.PASS);
    assertThat(result(m, "I2").explanation())
        .contains("bone PSMA-PET lesions 1 bone lesion on the PSMA PET of 2024-05-13 is at least 1");
  }

  @Test
  void taxaneNaiveMcrpcAfterAbirateroneIsEligibleForPsmafore() {
    TrialMatch m = mcrpc(PSMAFORE, LandmarkTrialsTest::taxaneNaive);
    assertThat(m.verdict()).isEqualTo(TrialVerdict.ELIGIBLE);
    assertThat(m.explanation()).isEqualTo(
        "Eligible for PSMAfore on the record; confirm by hand: I1, I7, I8, E3, E4, E5.");
    assertThat(result(m, "I5").explanation()).isEqualTo("testosterone 0.3 nmol/L (8.7 ng/dL) on "
        + "2024-05-20 is below the castrate level of 1.7 nmol/L");
    assertThat(result(m, "E1").explanation()).isEqualTo("no chemotherapy recorded");
  }

  @Test
  void psmaforeExcludesAnyPriorCytotoxicChemotherapyNotOnlyTaxanes() {
    TrialMatch docetaxel = mcrpc(PSMAFORE, p -> { });
    assertThat(docetaxel.explanation()).isEqualTo("Not eligible for PSMAfore: E1 (chemotherapy "
        + "docetaxel from 2016-05-09 to 2016-08-22).");
    // the first curation excluded taxanes only; the record names platinum among others
    TrialMatch platinum = mcrpc(PSMAFORE,
        p -> ((ObjectNode) p.get("treatments").get(1)).put("agent", "carboplatin"));
    assertThat(platinum.verdict()).isEqualTo(TrialVerdict.INELIGIBLE);
    assertThat(platinum.explanation()).isEqualTo("Not eligible for PSMAfore: E1 (chemotherapy "
        + "carboplatin from 2016-05-09 to 2016-08-22).");
  }

  @Test
  void postDocetaxelMcrpcIsEligibleForVision() {
    TrialMatch m = mcrpc(VISION, p -> { });
    assertThat(m.verdict()).isEqualTo(TrialVerdict.ELIGIBLE);
    assertThat(m.explanation()).isEqualTo("Eligible for VISION on the record; confirm by hand: "
        + "I1, I4, I10, I11, I12, E2, E4, E5, E6, E7, E8.");
    assertThat(result(m, "I8").explanation()).isEqualTo("taxane regimens 1 taxane regimen(s) is "
        + "at least 1; taxane regimens 1 taxane regimen(s) is at most 2");
  }

  @Test
  void visionAllowsAtMostTwoTaxaneRegimens() {
    TrialMatch m = mcrpc(VISION, p -> {
      ArrayNode t = (ArrayNode) p.get("treatments");
      t.addObject().put("type", "chemotherapy").put("agent", "cabazitaxel")
          .put("start", "2021-06-07").put("end", "2021-10-04");
      t.addObject().put("type", "chemotherapy").put("agent", "docetaxel")
          .put("start", "2022-03-07").put("end", "2022-06-20");
    });
    assertThat(m.verdict()).isEqualTo(TrialVerdict.INELIGIBLE);
    assertThat(m.explanation()).isEqualTo("Not eligible for VISION: I8 (taxane regimens 3 taxane "
        + "regimen(s) is not at most 2).");
  }
}

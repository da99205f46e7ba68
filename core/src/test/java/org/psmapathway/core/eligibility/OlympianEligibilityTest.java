package org.psmapathway.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psmapathway.core.eligibility.TestPatients.AS_OF;
import static org.psmapathway.core.eligibility.TestPatients.OLIGOPROGRESSIVE;
import static org.psmapathway.core.eligibility.TestPatients.edited;
import static org.psmapathway.core.eligibility.TestPatients.latestScan;
import static org.psmapathway.core.eligibility.TestPatients.result;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** OLYMPIAN NCT07038304 (seed 003): eligible, ineligible for each exclusion, undetermined. */
class OlympianEligibilityTest {

  private static final Trial OLYMPIAN = TestPatients.trial("NCT07038304");

  private static TrialMatch match(Consumer<ObjectNode> edit) {
    return TrialMatcher.match(OLYMPIAN, edited(OLIGOPROGRESSIVE, AS_OF, edit));
  }

  @Test
  void oligoprogressionOnAdtIsEligibleWithTheManualCriteriaToConfirm() {
    TrialMatch m = match(p -> { });
    assertThat(m.verdict()).isEqualTo(TrialVerdict.ELIGIBLE);
    assertThat(m.explanation())
        .isEqualTo("Eligible for OLYMPIAN on the record; confirm by hand: I8, I9, E5, E6.");
    assertThat(result(m, "I2").explanation()).isEqualTo("testosterone 12 ng/dL on 2024-08-26 is "
        + "below the castrate level of 50 ng/dL; metastatic PSMA-PET lesions 3 metastatic lesions "
        + "on the PSMA PET of 2024-09-02 is at least 1");
    assertThat(result(m, "I3").explanation()).contains("2 new or progressing lesions (L1 "
        + "progressing, L4 new) between the PSMA PETs of 2024-01-22 and 2024-09-02");
    assertThat(result(m, "I5").verdict()).isEqualTo(CriterionVerdict.PASS);
    assertThat(result(m, "I5").explanation()).contains("PSA fell on enzalutamide from 2022-02-07 "
        + "to a nadir of 0.6 ng/mL on 2023-01-16 (11.3 months)");
  }

  @Test
  void testosteroneAboveTheCastrateLevelFailsI2AndE1() {
    TrialMatch m = match(p -> ((ObjectNode) p.get("testosterone").get(0)).put("value", 80));
    assertThat(m.verdict()).isEqualTo(TrialVerdict.INELIGIBLE);
    assertThat(result(m, "E1").verdict()).isEqualTo(CriterionVerdict.FAIL);
    assertThat(result(m, "E1").explanation()).isEqualTo(
        "testosterone 80 ng/dL on 2024-08-26 is above the castrate level of 50 ng/dL");
    assertThat(result(m, "I2").explanation()).startsWith(
        "testosterone 80 ng/dL on 2024-08-26 is not below the castrate level of 50 ng/dL");
  }

  @Test
  void testosteroneInNanomolesIsConverted() {
    TrialMatch m = match(p -> {
      ObjectNode t = (ObjectNode) p.get("testosterone").get(0);
      t.put("value", 2.0);
      t.put("unit", "nmol/L");
    });
    assertThat(result(m, "E1").verdict()).isEqualTo(CriterionVerdict.FAIL);
    assertThat(result(m, "E1").explanation()).isEqualTo("testosterone 2 nmol/L (57.7 ng/dL) on "
        + "2024-08-26 is above the castrate level of 50 ng/dL");
  }

  @Test
  void moreThanThreeProgressingLesionsFailsE2() {
    TrialMatch m = match(p -> {
      ArrayNode lesions = (ArrayNode) latestScan(p).get("lesions");
      for (int i = 5; i <= 7; i++) {
        lesions.addObject().put("id", "L" + i).put("site", "bone").put("bone", "rib")
            .put("suvMax", 6.0);
      }
    });
    assertThat(m.verdict()).isEqualTo(TrialVerdict.INELIGIBLE);
    assertThat(result(m, "E2").verdict()).isEqualTo(CriterionVerdict.FAIL);
    assertThat(result(m, "E2").explanation()).startsWith("progressing PSMA-PET lesions 5 new or "
        + "progressing lesions (L1 progressing, L4 new, L5 new, L6 new, L7 new)");
    assertThat(result(m, "E2").explanation()).endsWith("is above 3");
    assertThat(result(m, "I3").verdict()).isEqualTo(CriterionVerdict.FAIL);
  }

  @Test
  void anotherActiveMalignancyFailsE3UnlessItIsAnExceptedKind() {
    TrialMatch other = match(p -> ((ArrayNode) p.get("otherMalignancies")).addObject()
        .put("kind", "other").put("active", true).put("detail", "colon"));
    assertThat(result(other, "E3").verdict()).isEqualTo(CriterionVerdict.FAIL);
    assertThat(result(other, "E3").explanation())
        .isEqualTo("active other malignancy: other (colon)");
    TrialMatch skin = match(p -> ((ArrayNode) p.get("otherMalignancies")).addObject()
        .put("kind", "non-melanoma-skin").put("active", true));
    assertThat(result(skin, "E3").verdict()).isEqualTo(CriterionVerdict.PASS);
    assertThat(result(skin, "E3").explanation())
        .isEqualTo("only non-melanoma-skin active, which is excepted");
  }

  @Test
  void prostateRecurrenceAfterPrimaryRadiotherapyFailsE4() {
    TrialMatch m = match(p -> ((ArrayNode) latestScan(p).get("lesions")).addObject()
        .put("id", "T1").put("site", "prostate").put("suvMax", 9.0));
    assertThat(result(m, "E4").verdict()).isEqualTo(CriterionVerdict.FAIL);
    assertThat(result(m, "E4").explanation()).isEqualTo("primary radiotherapy to the prostate "
        + "from 2012-01-09; PSMA-PET lesions in the prostate 1 prostate lesion on the PSMA PET of "
        + "2024-09-02 is at least 1");
  }

  @Test
  void psmaNegativeDiseaseFailsE7() {
    TrialMatch m = match(p -> latestScan(p).put("psmaNegativeDisease", true));
    assertThat(m.verdict()).isEqualTo(TrialVerdict.INELIGIBLE);
    assertThat(m.explanation()).isEqualTo("Not eligible for OLYMPIAN: E7 (PSMA-negative disease "
        + "reported on the PSMA PET of 2024-09-02).");
  }

  @Test
  void chemotherapyStillRunningFailsI5() {
    TrialMatch m = match(p -> ((ArrayNode) p.get("treatments")).addObject()
        .put("type", "chemotherapy").put("agent", "docetaxel").put("start", "2024-08-01"));
    assertThat(result(m, "I5").verdict()).isEqualTo(CriterionVerdict.FAIL);
    assertThat(result(m, "I5").explanation())
        .isEqualTo("chemotherapy ongoing: docetaxel from 2024-08-01");
  }

  @Test
  void missingTestosteroneIsUndeterminedAndNamesTheData() {
    TrialMatch m = match(p -> p.remove("testosterone"));
    assertThat(m.verdict()).isEqualTo(TrialVerdict.UNDETERMINED);
    assertThat(result(m, "E1").explanation()).isEqualTo("testosterone unknown (no testosterone "
        + "result recorded): needs a serum testosterone result (testosterone)");
    assertThat(m.explanation()).startsWith("Undetermined for OLYMPIAN, data missing: I2 (");
  }

  @Test
  void eachMissingFactLeavesOlympianUndetermined() {
    assertUndetermined(p -> ((ObjectNode) p.get("diagnosis")).remove("histology"), "I1",
        "histology unknown");
    assertUndetermined(p -> ((ArrayNode) p.get("petScans")).remove(0), "I3",
        "only one PSMA PET recorded");
    assertUndetermined(p -> p.remove("performanceStatus"), "I6",
        "no performance status recorded");
    assertUndetermined(p -> p.remove("birthDate"), "I7", "birth date not recorded");
    assertUndetermined(p -> p.remove("otherMalignancies"), "E3",
        "other malignancies not assessed");
    assertUndetermined(p -> latestScan(p).remove("psmaNegativeDisease"), "E7",
        "PSMA-negative disease not reported");
    // ARPI response: no PSA during the enzalutamide line
    assertUndetermined(p -> {
      ArrayNode psa = (ArrayNode) p.get("psa");
      for (int i = psa.size() - 1; i >= 0; i--) {
        if (psa.get(i).get("date").asText().compareTo("2022-02-07") > 0) {
          psa.remove(i);
        }
      }
    }, "I5", "no PSA recorded during enzalutamide");
  }

  private static void assertUndetermined(Consumer<ObjectNode> edit, String criterion,
      String why) {
    TrialMatch m = match(edit);
    assertThat(m.verdict()).as(criterion).isEqualTo(TrialVerdict.UNDETERMINED);
    assertThat(result(m, criterion).verdict()).as(criterion).isEqualTo(CriterionVerdict.UNKNOWN);
    assertThat(result(m, criterion).explanation()).as(criterion).contains(why)
        .contains(": needs ");
  }
}

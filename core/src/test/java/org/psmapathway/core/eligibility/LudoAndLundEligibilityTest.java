package org.psmapathway.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psmapathway.core.eligibility.TestPatients.LUTETIUM;
import static org.psmapathway.core.eligibility.TestPatients.SALVAGE;
import static org.psmapathway.core.eligibility.TestPatients.edited;
import static org.psmapathway.core.eligibility.TestPatients.latestScan;
import static org.psmapathway.core.eligibility.TestPatients.result;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** LUDO NCT07370597 (seed 002) and Lund NCT02699424 (seed 004). */
class LudoAndLundEligibilityTest {

  private static final Trial LUDO = TestPatients.trial("LUDO");
  private static final Trial LUND = TestPatients.trial("NCT02699424");
  private static final LocalDate LUDO_DAY = LocalDate.parse("2024-05-27");
  private static final LocalDate LUND_DAY = LocalDate.parse("2018-10-01");

  private static TrialMatch ludo(Consumer<ObjectNode> edit) {
    return TrialMatcher.match(LUDO, edited(LUTETIUM, LUDO_DAY, edit));
  }

  private static TrialMatch lund(Consumer<ObjectNode> edit) {
    return TrialMatcher.match(LUND, edited(SALVAGE, LUND_DAY, edit));
  }

  @Test
  void risingPsaWithPsmaAvidBoneDiseaseIsEligibleForLudo() {
    TrialMatch m = ludo(p -> { });
    assertThat(m.verdict()).isEqualTo(TrialVerdict.ELIGIBLE);
    assertThat(m.explanation()).isEqualTo("Eligible for LUDO on the record; confirm by hand: I3b, I5.");
    assertThat(result(m, "I2").explanation()).isEqualTo("PSMA-PET miM miM1b on the PSMA PET of "
        + "2024-05-13 is one of miM1a, miM1b, miM1c; PSA 41.0 < "
        + "58.3 < 77.6 ng/mL (2024-01-15 to 2024-05-20)");
    assertThat(result(m, "I3a").explanation()).isEqualTo("PSMA-PET lesions with uptake above "
        + "liver 1 of 2 lesions above liver SUVmean 5.2 on the PSMA PET of 2024-05-13 is at least 1");
    assertThat(result(m, "I4").explanation()).isEqualTo("time since the latest PSMA PET 14 days "
        + "(PSMA PET of 2024-05-13) is at most 4 weeks");
  }

  @Test
  void ludoExcludesWhatItsInclusionCriteriaDoNotCover() {
    TrialMatch falling = ludo(p -> ((ArrayNode) p.get("psa")).addObject()
        .put("date", "2024-05-25").put("value", 60.0));
    assertThat(result(falling, "I2").verdict()).isEqualTo(CriterionVerdict.FAIL);
    assertThat(result(falling, "I2").explanation()).isEqualTo("PSA 77.6 ≥ 60.0 ng/mL "
        + "(2024-05-20 to 2024-05-25), and no radiographic progression recorded since the "
        + "systemic therapy started 2019-01-21");
    TrialMatch radiographic = ludo(p -> {
      ((ArrayNode) p.get("psa")).addObject().put("date", "2024-05-25").put("value", 60.0);
      p.putArray("events").addObject().put("type", "radiographic-progression")
          .put("date", "2024-05-13");
    });
    assertThat(result(radiographic, "I2").verdict()).isEqualTo(CriterionVerdict.PASS);
    assertThat(result(radiographic, "I2").explanation())
        .endsWith("radiographic progression on 2024-05-13");
    TrialMatch belowLiver = ludo(p -> ((ObjectNode) latestScan(p).get("lesions").get(0))
        .put("suvMax", 5.0));
    assertThat(result(belowLiver, "I3a").verdict()).isEqualTo(CriterionVerdict.FAIL);
    TrialMatch oldScan = TrialMatcher.match(LUDO, TestPatients.facts(LUTETIUM,
        LocalDate.parse("2024-07-01")));
    assertThat(oldScan.verdict()).isEqualTo(TrialVerdict.INELIGIBLE);
    assertThat(result(oldScan, "I4").explanation()).isEqualTo("time since the latest PSMA PET "
        + "49 days (PSMA PET of 2024-05-13) is not at most 4 weeks");
    TrialMatch nodalOnly = ludo(p -> ((ArrayNode) latestScan(p).get("lesions")).remove(0));
    assertThat(result(nodalOnly, "I2").verdict()).isEqualTo(CriterionVerdict.PASS); // RP node M1a
  }

  @Test
  void eachMissingFactLeavesLudoUndetermined() {
    assertUnknown(ludo(p -> p.remove("birthDate")), "I1", "birth date not recorded");
    assertUnknown(ludo(p -> ((ObjectNode) p.get("diagnosis")).remove("histology")), "I1",
        "histology not recorded");
    assertUnknown(ludo(p -> p.remove("petScans")), "I2", "no PSMA PET recorded");
    assertUnknown(ludo(p -> ((ObjectNode) latestScan(p).get("reference")).remove("liverSuvMean")),
        "I3a", "liver SUVmean not recorded");
    assertUnknown(ludo(p -> p.remove("petScans")), "I4", "no PSMA PET recorded");
  }

  @Test
  void riseAfterProstatectomyIsEligibleForLund() {
    TrialMatch m = lund(p -> { });
    assertThat(m.verdict()).isEqualTo(TrialVerdict.ELIGIBLE);
    assertThat(m.explanation())
        .isEqualTo("Eligible for Lund PSMA-PET SRT on the record; confirm by hand: I4, I7.");
    assertThat(result(m, "I2").explanation()).isEqualTo("PSA <0.03 < 0.09 < 0.14 < 0.21 ng/mL "
        + "(2016-01-12 to 2018-09-25); PSA 0.21 ng/mL on 2018-09-25 is at least 0.15 ng/mL");
    assertThat(result(m, "I8").explanation())
        .isEqualTo("haemoglobin 141 g/L on 2018-09-25 is above 90 g/L");
  }

  @Test
  void lundExcludesEachUnmetInclusion() {
    TrialMatch low = lund(p -> ((ObjectNode) p.get("psa").get(3)).put("value", 0.12));
    assertThat(result(low, "I2").verdict()).isEqualTo(CriterionVerdict.FAIL);
    assertThat(result(low, "I2").explanation()).isEqualTo("PSA 0.14 ≥ 0.12 ng/mL (2018-05-22 to "
        + "2018-09-25); PSA 0.12 ng/mL on 2018-09-25 is not at least 0.15 ng/mL");
    TrialMatch pn1 = lund(p -> ((ObjectNode) p.get("pathology")).put("pN", "pN1"));
    assertThat(result(pn1, "I3").explanation())
        .isEqualTo("pathological N pN1 is not one of pN0, pNx");
    TrialMatch ps2 = lund(p -> ((ObjectNode) p.get("performanceStatus").get(0)).put("value", 2));
    assertThat(result(ps2, "I6").explanation())
        .isEqualTo("WHO/ECOG performance status ECOG 2 on 2018-09-25 is not at most 1");
    TrialMatch anaemia = lund(p -> {
      ObjectNode hb = (ObjectNode) p.get("haemoglobin").get(0);
      hb.put("value", 8.5);
      hb.put("unit", "g/dL");
    });
    assertThat(result(anaemia, "I8").explanation())
        .isEqualTo("haemoglobin 85 g/L on 2018-09-25 is not above 90 g/L");
    TrialMatch noRp = lund(p -> p.remove("prostatectomy"));
    assertThat(result(noRp, "I1").explanation()).isEqualTo("no radical prostatectomy recorded");
    assertThat(noRp.verdict()).isEqualTo(TrialVerdict.INELIGIBLE);
  }

  @Test
  void eachMissingFactLeavesLundUndetermined() {
    assertUnknown(lund(p -> p.remove("haemoglobin")), "I8", "no haemoglobin result recorded");
    assertUnknown(lund(p -> p.remove("pathology")), "I3", "pN not recorded");
    assertUnknown(lund(p -> p.remove("performanceStatus")), "I6", "no performance status");
    assertUnknown(lund(p -> p.remove("birthDate")), "I5", "birth date not recorded");
    // a single rise with no earlier value cannot show two rises
    assertUnknown(lund(p -> {
      ArrayNode psa = (ArrayNode) p.get("psa");
      psa.remove(0);
      psa.remove(0);
    }), "I2", "one rise recorded, earlier values not");
  }

  private static void assertUnknown(TrialMatch m, String criterion, String why) {
    assertThat(m.verdict()).as(criterion).isEqualTo(TrialVerdict.UNDETERMINED);
    assertThat(result(m, criterion).verdict()).as(criterion).isEqualTo(CriterionVerdict.UNKNOWN);
    assertThat(result(m, criterion).explanation()).as(criterion).contains(why);
  }
}

package org.psmapathway.core.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psmapathway.core.psa.PsaSettings;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PatientRecordReader;
import org.psmapathway.core.staging.StagingSettings;

/** Routing by PSA state and PSMA PET stage, with the facts and sources behind every item. */
class GuidanceAdvisorTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

  /** Rising PSA after prostatectomy: doubling every 426 days (PSADT 14.0 months), 0.4 ng/mL. */
  private static final String PSA_RISING = """
      "psa": [{"date": "2019-03-01", "value": 0.02, "belowDetection": true},
              {"date": "2021-11-10", "value": 0.1}, {"date": "2023-01-10", "value": 0.2},
              {"date": "2024-03-10", "value": 0.4}]""";

  private static Guidance advise(String json) throws Exception {
    return advise(json, GuidanceSettings.defaults());
  }

  private static Guidance advise(String json, GuidanceSettings settings) throws Exception {
    PatientRecord p = new PatientRecordReader(AS_OF).read(json);
    return new GuidanceAdvisor(settings, StagingSettings.defaults(), PsaSettings.defaults())
        .advise(p, AS_OF);
  }

  private static String patient(int isup, String pT, String psa, String scans,
      String treatments) {
    return "{\"id\": \"G\", \"birthDate\": \"1955-01-01\", \"diagnosis\": {\"date\":"
        + " \"2018-11-01\", \"isupGrade\": " + isup + "}, \"pathology\": {\"pT\": \"" + pT
        + "\", \"pN\": \"pN0\"}, \"prostatectomy\": {\"date\": \"2019-01-15\"}, " + psa
        + ", \"petScans\": [" + scans + "], \"treatments\": [" + treatments + "]}";
  }

  private static String scan(String date, String lesions) {
    return "{\"date\": \"" + date + "\", \"tracer\": \"68Ga-PSMA-11\", \"lesions\": [" + lesions
        + "]}";
  }

  private static List<String> ids(Guidance g) {
    return g.items().stream().map(GuidanceItem::id).toList();
  }

  private static GuidanceItem item(Guidance g, String id) {
    return g.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void negativePetLowRiskWithoutHighRiskFeaturesOffersObservationOrRtAlone() throws Exception {
    Guidance g = advise(patient(2, "pT2c", PSA_RISING, scan("2024-08-01", ""), ""));
    assertThat(g.applicable()).isTrue();
    assertThat(g.decisionDate()).isEqualTo(AS_OF);
    assertThat(ids(g)).containsExactly("psa-persistence", "aua-biochemical-recurrence",
        "eau-bcr-risk", "psma-pet-indication", "psma-pet-stage", "observation",
        "salvage-rt-prostate-bed", "salvage-rt-alone", "no-docetaxel-with-salvage-rt",
        "evidence-whole-pelvis-t0n0m0");
    assertThat(item(g, "eau-bcr-risk").option()).isEqualTo("EAU low-risk BCR");
    assertThat(item(g, "eau-bcr-risk").rationale())
        .containsExactly("PSADT 14.0 months (>12)", "ISUP grade 2 (≤3)");
    assertThat(item(g, "salvage-rt-alone").sources().get(0).strength())
        .isEqualTo("conditional recommendation; evidence level C");
    assertThat(item(g, "observation").kind()).isEqualTo(GuidanceKind.OPTION);
  }

  @Test
  void gradeGroupFourMakesHighRiskAndAddsAdtButNotTheExtendedCourseAlone() throws Exception {
    Guidance g = advise(patient(4, "pT2c", PSA_RISING, scan("2024-08-01", ""), ""));
    assertThat(item(g, "eau-bcr-risk").option()).isEqualTo("EAU high-risk BCR");
    assertThat(ids(g)).doesNotContain("observation", "salvage-rt-alone", "adt-18-24-months")
        .contains("adt-with-salvage-rt", "pelvic-nodal-rt");
    assertThat(item(g, "adt-with-salvage-rt").rationale())
        .containsExactly("ISUP grade group 4 (4–5)");
  }

  @Test
  void twoHighRiskFeaturesListTheExtendedCourse() throws Exception {
    Guidance g = advise(patient(5, "pT3b", PSA_RISING, scan("2024-08-01", ""), ""));
    assertThat(item(g, "adt-with-salvage-rt").rationale())
        .containsExactly("ISUP grade group 5 (4–5)", "seminal-vesicle invasion (pT3b)");
    assertThat(item(g, "adt-18-24-months").sources())
        .extracting(Source::strength).first().isEqualTo("expert opinion");
  }

  @Test
  void localRecurrenceGetsABoostAndWholePelvisWithTheUclaAssociation() throws Exception {
    Guidance g = advise(patient(3, "pT3a", PSA_RISING,
        scan("2024-08-01", "{\"id\": \"L1\", \"site\": \"prostate-bed\"}"), ""));
    assertThat(item(g, "psma-pet-stage").option())
        .isEqualTo("PSMA PET stage miTrN0M0, stage group TrN0M0");
    assertThat(item(g, "salvage-rt-local-boost").rationale())
        .containsExactly("local recurrence on PSMA PET of 2024-08-01: L1");
    assertThat(item(g, "whole-pelvis-rt").sources()).extracting(Source::citation)
        .anyMatch(c -> c.contains("adjusted HR 0.12, P=.035"));
  }

  @Test
  void pelvicNodesGetNodalRtWithAdtAndTheN1M1Evidence() throws Exception {
    Guidance g = advise(patient(3, "pT3a", PSA_RISING, scan("2024-08-01",
        "{\"id\": \"N1\", \"site\": \"node\", \"region\": \"external-iliac\", \"side\": \"left\"}"),
        ""));
    assertThat(ids(g)).contains("pelvic-nodal-rt-node-boost", "adt-with-salvage-rt",
        "evidence-adt-n1m1", "evidence-bed-rt-n1m1").doesNotContain("systemic-therapy");
    assertThat(item(g, "adt-with-salvage-rt").rationale())
        .contains("PET-positive regional nodes (ADT as for pN1)");
  }

  @Test
  void oligometastaticBoneIsMetastasisDirectedUnlessTheLimitIsLower() throws Exception {
    String bones = "{\"id\": \"B1\", \"site\": \"bone\", \"bone\": \"rib\"},"
        + "{\"id\": \"B2\", \"site\": \"bone\", \"bone\": \"ilium\"},"
        + "{\"id\": \"B3\", \"site\": \"bone\", \"bone\": \"sacrum\"},"
        + "{\"id\": \"B4\", \"site\": \"bone\", \"bone\": \"femur\"}";
    String json = patient(3, "pT3a", PSA_RISING, scan("2024-08-01", bones), "");
    Guidance five = advise(json);
    assertThat(ids(five)).contains("metastasis-directed-sbrt").doesNotContain("systemic-therapy");
    assertThat(item(five, "metastasis-directed-sbrt").rationale()).contains(
        "oligometastatic: 4 lesion(s) outside the prostate bed ≤ 5 (oligometastatic limit)");
    Guidance three = advise(json, GuidanceSettings.defaults().withOligometastaticMaxLesions(3));
    assertThat(ids(three)).contains("systemic-therapy")
        .doesNotContain("metastasis-directed-sbrt", "no-docetaxel-with-salvage-rt");
  }

  @Test
  void visceralDiseaseRoutesToSystemicTherapy() throws Exception {
    Guidance g = advise(patient(3, "pT3a", PSA_RISING, scan("2024-08-01",
        "{\"id\": \"V1\", \"site\": \"visceral\", \"organ\": \"lung\"}"), ""));
    assertThat(item(g, "systemic-therapy").rationale().get(1)).contains("visceral disease");
  }

  @Test
  void aTreatmentAfterThePetReplaysTheDecisionOnTheScanDate() throws Exception {
    String rt = "{\"type\": \"radiotherapy\", \"start\": \"2024-09-02\", \"end\":"
        + " \"2024-10-18\", \"intent\": \"salvage\", \"targets\": [{\"volume\": \"prostate-bed\","
        + " \"doseGy\": 70, \"fractions\": 35}]}";
    Guidance g = advise(patient(2, "pT2c", PSA_RISING, scan("2024-08-01", ""), rt));
    assertThat(g.decisionDate()).isEqualTo(LocalDate.of(2024, 8, 1));
    assertThat(g.decisionNote()).isEqualTo("options as they stood on the PSMA PET of 2024-08-01;"
        + " recorded since: salvage radiotherapy 2024-09-02 – 2024-10-18");
    assertThat(ids(g)).contains("salvage-rt-prostate-bed").doesNotContain("prior-salvage-rt");

    Guidance now = advise(patient(2, "pT2c", PSA_RISING, scan("2024-08-01", ""), rt),
        GuidanceSettings.defaults().withDecisionDate(AS_OF));
    assertThat(ids(now)).contains("prior-salvage-rt", "psma-pet-restaging")
        .doesNotContain("salvage-rt-prostate-bed");
  }

  @Test
  void aDecisionDateBeforeTheRecurrenceOnlyMonitors() throws Exception {
    Guidance g = advise(patient(2, "pT2c", PSA_RISING, "", ""),
        GuidanceSettings.defaults().withDecisionDate(LocalDate.of(2022, 12, 1)));
    assertThat(ids(g)).containsExactly("psa-persistence", "aua-biochemical-recurrence",
        "psa-monitoring");
  }

  @Test
  void persistentPsaIsARecurrenceAndAHighRiskFeature() throws Exception {
    String psa = """
        "psa": [{"date": "2019-03-01", "value": 0.15}, {"date": "2019-06-01", "value": 0.16}]""";
    Guidance g = advise(patient(3, "pT3a", psa, "", ""));
    assertThat(item(g, "psa-persistence").option())
        .isEqualTo("PSA persistence after prostatectomy");
    assertThat(item(g, "psma-pet-indication").option())
        .isEqualTo("PSMA PET of limited yield at this PSA");
    assertThat(item(g, "adt-with-salvage-rt").rationale())
        .contains("persistent PSA after prostatectomy (0.15 ng/mL on 2019-03-01)");
  }

  @Test
  void missingDataIsNamedNotAssumedAbsent() throws Exception {
    String json = "{\"id\": \"G\", \"prostatectomy\": {\"date\": \"2019-01-15\"}, " + PSA_RISING
        + "}";
    Guidance g = advise(json);
    assertThat(item(g, "eau-bcr-risk").option()).isEqualTo("EAU BCR risk group undetermined");
    assertThat(item(g, "psma-pet-indication").option()).isEqualTo("PSMA PET indicated");
    GuidanceItem rtAlone = item(g, "salvage-rt-alone");
    assertThat(rtAlone.option())
        .isEqualTo("Salvage RT without ADT may be offered if the features not assessable are absent");
    assertThat(rtAlone.rationale()).contains("not assessable: grade group (ISUP grade not recorded)",
        "not assessable: seminal-vesicle invasion (pT not recorded)");
  }

  @Test
  void withoutProstatectomyThePathwayDoesNotApply() throws Exception {
    Guidance g = advise("{\"id\": \"G\"}");
    assertThat(g.applicable()).isFalse();
    assertThat(g.items()).isEmpty();
    assertThat(g.decisionNote()).contains("no prostatectomy is recorded");
  }
}

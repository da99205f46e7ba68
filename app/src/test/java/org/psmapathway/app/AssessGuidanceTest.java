package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Guidance in {@code psma assess}: the JSON contract and the tumour-board text. */
class AssessGuidanceTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode json(String id, String... options) throws Exception {
    List<String> args = new ArrayList<>(List.of("assess", "--as-of", Examples.AS_OF,
        "--format", "json"));
    args.addAll(List.of(options));
    args.add(Examples.file(id).toString());
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).isZero();
    return MAPPER.readTree(run.out());
  }

  private static List<String> ids(JsonNode p) {
    List<String> ids = new ArrayList<>();
    p.get("guidance").forEach(item -> ids.add(item.get("id").asText()));
    return ids;
  }

  @Test
  void localRecurrenceIsReplayedOnThePetThatInformedTheSalvageRt() throws Exception {
    JsonNode p = json("P002");
    assertThat(p.at("/guidanceContext/decisionDate").asText()).isEqualTo("2017-07-03");
    assertThat(p.at("/guidanceContext/note").asText())
        .endsWith("recorded since: salvage radiotherapy 2017-08-07 – 2017-09-21");
    assertThat(ids(p)).containsExactly("psa-persistence", "aua-biochemical-recurrence",
        "eau-bcr-risk", "psma-pet-indication", "psma-pet-stage", "salvage-rt-local-boost",
        "whole-pelvis-rt", "salvage-rt-alone", "no-docetaxel-with-salvage-rt");
    JsonNode boost = p.get("guidance").get(5);
    assertThat(boost.get("kind").asText()).isEqualTo("option");
    assertThat(boost.get("rationale").get(0).asText())
        .isEqualTo("local recurrence on PSMA PET of 2017-07-03: L1");
    assertThat(boost.at("/sources/0/year").asInt()).isEqualTo(2024);
    assertThat(boost.at("/sources/0/strength").isNull()).isTrue();
  }

  @Test
  void pelvicNodesListAdtWithItsFeaturesAndTheExtendedCourse() throws Exception {
    JsonNode p = json("P003");
    assertThat(ids(p)).contains("pelvic-nodal-rt-node-boost", "adt-with-salvage-rt",
        "adt-18-24-months", "evidence-adt-n1m1");
    JsonNode adt = p.get("guidance").get(ids(p).indexOf("adt-with-salvage-rt"));
    assertThat(adt.get("rationale").toString()).contains("PSADT 3.3 months (≤6)",
        "seminal-vesicle invasion (pT3b)");
    assertThat(adt.at("/sources/0/strength").asText())
        .isEqualTo("moderate recommendation; evidence level B");
  }

  @Test
  void theOligometastaticLimitIsAnOption() throws Exception {
    assertThat(ids(json("P004"))).contains("metastasis-directed-sbrt");
    assertThat(ids(json("P004", "--oligometastatic-max", "1"))).contains("systemic-therapy")
        .doesNotContain("metastasis-directed-sbrt");
  }

  @Test
  void withoutProstatectomyTheTextSaysThePathwayDoesNotApply() throws Exception {
    CliRun run = CliRun.of("assess", "--as-of", Examples.AS_OF, Examples.file("P005").toString());
    assertThat(run.out()).contains("Guidance: not applicable (the guidance pathway covers"
        + " recurrence after radical prostatectomy; no prostatectomy is recorded)");
  }

  @Test
  void theTextMarksOptionsAndNamesTheirSources() throws Exception {
    CliRun run = CliRun.of("assess", "--as-of", Examples.AS_OF, Examples.file("P001").toString());
    assertThat(run.out()).contains("  Option: Salvage RT to the prostate bed (64–70 Gy)\n"
        + "    because negative PSMA PET (miT0N0M0)\n");
  }
}

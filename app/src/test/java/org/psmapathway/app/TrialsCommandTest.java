package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code psma trials list/show/match/check}. */
class TrialsCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void listShowsTheWholeCatalogue() {
    CliRun run = CliRun.of("trials", "list");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize(8);
    assertThat(run.out()).contains("NCT07038304  OLYMPIAN", "NCT07370597  LUDO",
        "NCT02699424  Lund PSMA-PET SRT", "NCT03511664  VISION");
  }

  @Test
  void showPrintsSourceAndEveryCriterion() {
    CliRun run = CliRun.of("trials", "show", "olympian");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("source: ClinicalTrials.gov, last updated 2025-06-26",
        "E7 [exclusion] Evidence of PSMA-negative disease.",
        "I9 [inclusion, manual] Before patiënt registration");
  }

  @Test
  void matchJsonHasTheDocumentedShape() throws Exception {
    CliRun run = CliRun.of("trials", "match", "--as-of", "2024-09-10", "--format", "json",
        "--trial", "NCT07038304", Examples.file("P005").toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    JsonNode root = MAPPER.readTree(run.out());
    assertThat(root.get("patient").asText()).isEqualTo("P005");
    JsonNode trial = root.get("trials").get(0);
    assertThat(trial.get("id").asText()).isEqualTo("NCT07038304");
    // P005's record does not say whether other malignancies or PSMA-negative disease exist
    assertThat(trial.get("verdict").asText()).isEqualTo("UNDETERMINED");
    JsonNode e7 = trial.get("criteria").get(15);
    assertThat(e7.get("id").asText()).isEqualTo("E7");
    assertThat(e7.get("kind").asText()).isEqualTo("exclusion");
    assertThat(e7.get("text").asText()).isEqualTo("Evidence of PSMA-negative disease.");
    assertThat(e7.get("verdict").asText()).isEqualTo("UNKNOWN");
    assertThat(e7.get("explanation").asText()).endsWith(
        "needs the reader's statement on PSMA-negative disease (petScans[].psmaNegativeDisease)");
  }

  /** Each seed trial has an example patient that is eligible on the record. */
  @Test
  void theSeedTrialExamplesAreEligible() throws Exception {
    for (String[] pair : new String[][] {{"P007", "NCT07038304", "I8, I9, E5, E6"},
        {"P008", "NCT07370597", "I3b, I5"}, {"P009", "NCT02699424", "I4, I7"}}) {
      CliRun run = CliRun.of("trials", "match", "--as-of", Examples.AS_OF, "--format", "json",
          "--trial", pair[1], Examples.file(pair[0]).toString());
      assertThat(run.exitCode()).isZero();
      JsonNode trial = MAPPER.readTree(run.out()).get("trials").get(0);
      assertThat(trial.get("verdict").asText()).as(pair[0]).isEqualTo("ELIGIBLE");
      assertThat(trial.get("explanation").asText()).as(pair[0])
          .endsWith("on the record; confirm by hand: " + pair[2] + ".");
    }
  }

  @Test
  void matchTextOverTheCatalogue() {
    CliRun run = CliRun.of("trials", "match", "--as-of", Examples.AS_OF,
        Examples.file("P006").toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("NCT03392428 TheraP: INELIGIBLE",
        "FAIL     E2    cabazitaxel from 2021-06-07");
  }

  @Test
  void unknownTrialAndBadPatientAreBadInput(@TempDir Path dir) throws Exception {
    CliRun unknown = CliRun.of("trials", "match", "--trial", "NOPE", "--as-of", Examples.AS_OF,
        Examples.file("P001").toString());
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).startsWith("unknown trial \"NOPE\"; the catalogue holds NCT02699424");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"id\": \"X\", \"psa\": [{\"date\": \"2020-01-01\", \"value\": -1}]}");
    CliRun record = CliRun.of("trials", "match", "--as-of", Examples.AS_OF, bad.toString());
    assertThat(record.exitCode()).isEqualTo(1);
    assertThat(record.out()).isEmpty();
    assertThat(record.err()).contains(bad + ": psa[0].value: expected a number");
  }

  @Test
  void checkNamesFileAndCriterionAndExitsOne(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("t.json");
    Files.writeString(file, """
        {"id": "NCT00000002", "documentVersion": 1, "title": "T", "phase": "PHASE2",
         "status": "RECRUITING", "sites": [],
         "registry": {"name": "ClinicalTrials.gov", "version": "v1", "date": "2025-01-01",
                      "via": "test", "verbatim": true},
         "criteria": [{"id": "I1", "kind": "inclusion", "text": "castrate",
           "expression": {"fact": "testosterone", "op": "<", "value": 50, "unit": "ng/dL"}}]}
        """);
    CliRun run = CliRun.of("trials", "check", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().strip()).isEqualTo(file + ": criterion I1: expression.fact: unknown "
        + "fact \"testosterone\" (the facts are listed in docs/eligibility.md)");
    Files.writeString(file, Files.readString(file).replace("\"testosterone\"",
        "\"testosterone.latest\""));
    CliRun ok = CliRun.of("trials", "check", file.toString());
    assertThat(ok.exitCode()).isZero();
    assertThat(ok.out()).isEqualTo("1 trial document(s) OK\n");
    CliRun withFolder = CliRun.of("trials", "--help");
    assertThat(withFolder.exitCode()).isZero();
    CliRun list = CliRun.of("trials", "list", "--trials", dir.toString());
    assertThat(list.out().lines()).hasSize(9);
  }
}

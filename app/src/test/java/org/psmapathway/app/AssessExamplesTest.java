package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * {@code psma assess --format json} over the six example patients: each is a clinical scenario of
 * the issue, and the stage, recurrence status and doses are what a tumour board would conclude by
 * hand from the record.
 */
class AssessExamplesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode assess(String id, String... options) throws Exception {
    List<String> args = new ArrayList<>(List.of("assess", "--as-of", Examples.AS_OF,
        "--format", "json"));
    args.addAll(List.of(options));
    args.add(Examples.file(id).toString());
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    return MAPPER.readTree(run.out());
  }

  @Test
  void negativePetAfterProstatectomyIsT0N0M0() throws Exception {
    JsonNode p = assess("P001");
    assertThat(p.at("/id").asText()).isEqualTo("P001");
    assertThat(p.at("/stage/compact").asText()).isEqualTo("miT0N0M0");
    assertThat(p.at("/stage/group").asText()).isEqualTo("T0N0M0");
    assertThat(p.at("/stage/promiseVersion").asInt()).isEqualTo(1);
  }

  @Test
  void localRecurrenceIsTrN0M0() throws Exception {
    JsonNode p = assess("P002");
    assertThat(p.at("/stage/t").asText()).isEqualTo("miTr");
    assertThat(p.at("/stage/n").asText()).isEqualTo("miN0");
    assertThat(p.at("/stage/m").asText()).isEqualTo("miM0");
    assertThat(p.at("/stage/group").asText()).isEqualTo("TrN0M0");
  }

  @Test
  void pelvicNodesInTwoRegionsAreN1bAndN2UnderPromise2() throws Exception {
    JsonNode v1 = assess("P003");
    assertThat(v1.at("/stage/compact").asText()).isEqualTo("miT0N1bM0");
    assertThat(v1.at("/stage/group").asText()).isEqualTo("N1-M1a");
    JsonNode v2 = assess("P003", "--promise", "2");
    assertThat(v2.at("/stage/n").asText()).isEqualTo("miN2");
    assertThat(v2.at("/stage/promiseVersion").asInt()).isEqualTo(2);
  }

  @Test
  void oligometastaticBoneDiseaseIsM1bOligoScoredAgainstSpleenFor1007() throws Exception {
    JsonNode p = assess("P004");
    assertThat(p.at("/stage/m").asText()).isEqualTo("miM1b");
    assertThat(p.at("/stage/bonePattern").asText()).isEqualTo("oligo");
    assertThat(p.at("/stage/group").asText()).isEqualTo("M1b-M1c");
    assertThat(p.at("/stage/tracer").asText()).isEqualTo("18F-PSMA-1007");
    assertThat(p.at("/expression/referenceOrgan").asText()).isEqualTo("spleen");
  }

  @Test
  void oligoprogressionOnAdtAfterPrimaryRadiotherapyUsesPhoenix() throws Exception {
    JsonNode p = assess("P005");
    JsonNode bcr = p.at("/psa/biochemicalRecurrence");
    assertThat(bcr.at("/definition").asText()).isEqualTo("Phoenix");
    assertThat(bcr.at("/met").asBoolean()).isTrue();
    // post-RT nadir 0.6 ng/mL (2014-06-16); first value ≥ 2.6 is 2.9 on 2017-12-11, at call
    assertThat(bcr.at("/date").asText()).isEqualTo("2017-12-11");
    JsonNode response = p.at("/petResponse");
    assertThat(statusOf(response, "L4")).isEqualTo("NEW");
    assertThat(statusOf(response, "L1")).isEqualTo("PROGRESSING");
    assertThat(response.at("/progressingCount").asInt()).isEqualTo(2);
    assertThat(response.at("/oligoprogression").asBoolean()).isTrue();
    assertThat(p.at("/psa/pcwg3/therapyStart").asText()).isEqualTo("2022-02-07");
  }

  @Test
  void lutetiumCandidateRespondsByRecip() throws Exception {
    JsonNode p = assess("P006");
    assertThat(p.at("/stage/t").asText()).isEqualTo("miT3a");
    assertThat(p.at("/stage/bonePattern").asText()).isEqualTo("diss");
    JsonNode recip = p.at("/petResponse/recip");
    assertThat(recip.at("/category").asText()).isEqualTo("PR");
    // PSMA-VOL 238 → 131 mL
    assertThat(recip.at("/percentChange").asDouble())
        .isCloseTo((131.0 - 238.0) / 238.0 * 100, Offset.offset(1e-9));
  }

  @Test
  void everyRadiotherapyTargetHasEqd2AtBothAlphaBetaValues() throws Exception {
    for (Path file : Examples.all()) {
      String id = file.getFileName().toString().substring(0, 4);
      JsonNode p = assess(id);
      for (JsonNode course : p.at("/radiotherapy")) {
        for (JsonNode target : course.at("/targets")) {
          JsonNode doses = target.at("/doses");
          assertThat(doses).hasSize(2);
          assertThat(doses.get(0).at("/alphaBetaGy").asDouble()).isEqualTo(1.5);
          assertThat(doses.get(1).at("/alphaBetaGy").asDouble()).isEqualTo(3.0);
          // the examples prescribe one phase per target: EQD2 = D (d + α/β) / (2 + α/β)
          double dose = target.at("/doseGy").asDouble();
          double perFraction = dose / target.at("/fractions").asInt();
          assertThat(doses.get(0).at("/eqd2Gy").asDouble())
              .isCloseTo(dose * (perFraction + 1.5) / 3.5, Offset.offset(1e-9));
          assertThat(doses.get(1).at("/eqd2Gy").asDouble())
              .isCloseTo(dose * (perFraction + 3) / 5, Offset.offset(1e-9));
          assertThat(target.at("/warnings").isEmpty()).isEqualTo(perFraction <= 8);
        }
      }
    }
  }

  @Test
  void doublingTimeFieldsFollowTheContract() throws Exception {
    for (Path file : Examples.all()) {
      JsonNode p = assess(file.getFileName().toString().substring(0, 4));
      JsonNode dt = p.at("/psa/doublingTime");
      String status = dt.at("/status").asText();
      assertThat(status).isIn("OK", "NOT_RISING", "INSUFFICIENT_DATA");
      if (status.equals("OK")) {
        assertThat(dt.at("/months").asDouble()).isPositive().isFinite();
      } else {
        assertThat(dt.at("/months").isNull()).isTrue();
        assertThat(dt.at("/reason").asText()).isNotBlank();
      }
    }
  }

  @Test
  void severalFilesGiveAnArrayInArgumentOrder() throws Exception {
    List<String> args = new ArrayList<>(List.of("assess", "--as-of", Examples.AS_OF,
        "--format", "json"));
    Examples.all().forEach(p -> args.add(p.toString()));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).isZero();
    JsonNode array = MAPPER.readTree(run.out());
    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(Examples.all().size());
    assertThat(array.get(0).at("/id").asText()).isEqualTo("P001");
  }

  private static String statusOf(JsonNode response, String lesionId) {
    for (JsonNode lesion : response.at("/lesions")) {
      if (lesion.at("/lesionId").asText().equals(lesionId)) {
        return lesion.at("/status").asText();
      }
    }
    throw new AssertionError("lesion " + lesionId + " not in " + response);
  }
}

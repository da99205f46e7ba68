package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a newcomer meets it: help with examples, eqd2, the text summary. */
class CommandLineTest {

  @Test
  void topLevelHelpListsTheCommands() {
    CliRun run = CliRun.of("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("assess").contains("eqd2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"assess", "eqd2"})
  void everyCommandHelpHasARunnableExample(String command) {
    CliRun run = CliRun.of(command, "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("./psma " + command + " ");
  }

  @Test
  void eqd2JsonFollowsTheLinearQuadraticModel() throws Exception {
    CliRun run = CliRun.of("eqd2", "--dose", "70", "--fractions", "35", "--alpha-beta", "1.5",
        "--format", "json");
    assertThat(run.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.at("/eqd2Gy").asDouble()).isCloseTo(70.0, Offset.offset(1e-12));
    assertThat(json.at("/bedGy").asDouble()).isCloseTo(70 * (1 + 2 / 1.5), Offset.offset(1e-12));
  }

  @Test
  void eqd2WarnsAboveEightGyPerFraction() {
    CliRun run = CliRun.of("eqd2", "--dose", "30", "--fractions", "3", "--alpha-beta", "3");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("78").contains("8 Gy");
  }

  @Test
  void eqd2RejectsZeroFractionsAsUsage() {
    CliRun run = CliRun.of("eqd2", "--dose", "30", "--fractions", "0");
    assertThat(run.exitCode()).isEqualTo(PsmaCli.EXIT_USAGE);
    assertThat(run.err()).contains("--fractions must be ≥ 1");
  }

  @Test
  void textSummaryShowsStagePsaDosesResponseAndMissing() {
    CliRun run = CliRun.of("assess", "--as-of", Examples.AS_OF,
        Examples.file("P005").toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Patient P005")
        .contains("Stage miT")
        .contains("Biochemical recurrence (Phoenix): yes, 2017-12-11")
        .contains("prostate: 78 Gy in 39 fx; EQD2")
        .contains("(α/β 1.5)")
        .contains("(α/β 3)")
        .contains("PET response 2024-01-22 to 2024-09-02")
        .contains("L4 NEW")
        .contains("oligoprogression")
        .contains("Missing:");
  }
}

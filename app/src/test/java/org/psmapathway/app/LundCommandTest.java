package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code psma protocol lund} on the two protocol examples and on records it cannot plan for. */
class LundCommandTest {

  private static final Path DIR = Examples.dir().resolveSibling("protocol");

  @Test
  void theNonResponderPlanAsJsonNamesEveryTargetWithItsEqd2() throws Exception {
    CliRun run = CliRun.of("protocol", "lund", "--as-of", Examples.AS_OF, "--format", "json",
        DIR.resolve("lund-non-responder.json").toString());
    assertThat(run.exitCode()).isZero();
    JsonNode p = new ObjectMapper().readTree(run.out());
    assertThat(p.at("/psaResponse/classification").asText()).isEqualTo("non-responder");
    assertThat(p.at("/psaResponse/thresholdSource").asText())
        .isEqualTo("setting: the NCT02699424 registry states no threshold");
    assertThat(p.get("targets")).hasSize(5);
    assertThat(p.at("/targets/1/volume").asText()).isEqualTo("local-recurrence");
    assertThat(p.at("/targets/1/eqd2Gy/1.5").asDouble()).isEqualTo(75.6, within());
    assertThat(p.get("schedule")).hasSize(14);
    assertThat(p.at("/schedule/10/label").asText()).isEqualTo("PSA, 6 months after RT");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  @Test
  void theResponderTextSaysItCompletesBedRt() {
    CliRun run = CliRun.of("protocol", "lund", "--as-of", Examples.AS_OF,
        DIR.resolve("lund-responder.json").toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("  Plan: PSA responder: complete prostate-bed RT to 70 Gy in"
        + " 35 fractions; no further therapy\n");
  }

  @Test
  void aPatientWithoutProstatectomyIsBadInputNamingTheFile() {
    String file = Examples.file("P005").toString();
    CliRun run = CliRun.of("protocol", "lund", "--as-of", Examples.AS_OF, file);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith(file + ": no prostatectomy recorded: the protocol is for PSA"
        + " recurrence after radical prostatectomy");
  }

  @Test
  void theDecayRateRuleNeedsAThreshold() {
    CliRun run = CliRun.of("protocol", "lund", "--responder-rule", "decay-rate",
        DIR.resolve("lund-responder.json").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--responder-rule decay-rate needs --threshold");
  }
}
